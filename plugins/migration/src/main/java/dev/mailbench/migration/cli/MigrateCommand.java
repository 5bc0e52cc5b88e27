package dev.mailbench.migration.cli;

import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mailbench migrate plan|copy|verify}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        subcommands = {PlanCommand.class, SurveyCommand.class, CopyCommand.class, MigrateVerifyCommand.class},
        description = {"旧サーバーから Xserver へのメール移行を計画し、コピーし、検証します。",
                "Plans, copies and verifies a mail migration to Xserver."})
public final class MigrateCommand implements Runnable, CliCommand {
    @Spec
    CommandSpec spec;

    /** The workbench, for the subcommands that load a project ({@code @ParentCommand}); null in bare tests. */
    final WorkbenchApi api;

    public MigrateCommand() {
        this(null);
    }

    public MigrateCommand(WorkbenchApi api) {
        this.api = api;
    }

    /** For subcommands: the workbench this command was registered with. */
    public WorkbenchApi api() {
        return api;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
