package dev.mailbench.migration.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mailbench migrate plan|copy|verify}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        subcommands = {PlanCommand.class, SurveyCommand.class, CopyCommand.class, VerifyCommand.class},
        description = {"旧サーバーから Xserver へのメール移行を計画し、コピーし、検証します。",
                "Plans, copies and verifies a mail migration to Xserver."})
public final class MigrateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
