package dev.mailbench.serverpanel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mailbench panel mailbox create ...}: mail accounts on the panel. */
@Command(name = "mailbox", mixinStandardHelpOptions = true,
        description = {"サーバーパネルのメールアカウントを操作します。", "Mail accounts on the server panel."},
        subcommands = {PanelMailboxCreateCommand.class})
final class PanelMailboxCommand implements Runnable {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
