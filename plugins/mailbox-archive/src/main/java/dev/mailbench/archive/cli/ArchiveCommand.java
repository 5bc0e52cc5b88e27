package dev.mailbench.archive.cli;

import dev.mailbench.api.CliCommand;
import picocli.CommandLine.Command;

/** {@code mailbench archive inventory|export|verify|repair}. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        subcommands = {InventoryCommand.class, ArchiveExportCommand.class, ArchiveVerifyCommand.class,
                ArchiveRepairCommand.class},
        description = {"メールボックスの棚卸し・アーカイブ（mbox / EML / Maildir）・検証・修復を行います。",
                "Inventories, archives (mbox / EML / Maildir), verifies and repairs mailboxes."})
public final class ArchiveCommand implements Runnable, CliCommand {
    static final int EXIT_INCOMPLETE = 1;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_CANNOT_CONNECT = 3;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
