package dev.mailbench.host.handover.cli;

import dev.mailbench.host.cli.ExitCodes;
import dev.mailbench.host.project.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the handover commands share: the PROJECT argument, the environment they run in (the workbench of the
 * {@code mailbench} root command, or one a test hands in) and loading the project, which prints
 * file:line:column and exits with {@link ExitCodes#UNREADABLE_FILE} when the file cannot be read.
 */
abstract class HandoverProjectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "案件ファイル / project file (*.mailbench.json)")
    Path project;

    @Spec
    CommandSpec spec;

    private final Supplier<HandoverEnvironment> environment;

    /** As a sub-command of {@code mailbench}: the workbench of the root command. */
    HandoverProjectCommand() {
        this.environment = () -> WorkbenchHandoverEnvironment.ofRoot(spec);
    }

    /** With a given environment (tests, embedding). */
    HandoverProjectCommand(Supplier<HandoverEnvironment> environment) {
        this.environment = environment;
    }

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        HandoverEnvironment env = environment.get();
        Optional<ProjectStore.Loaded> loaded = env.loadOrReport(project, err);
        if (loaded.isEmpty()) {
            return ExitCodes.UNREADABLE_FILE;
        }
        return run(env, loaded.get(), spec.commandLine().getOut(), err);
    }

    /** The command's work on the project it was given, loaded; returns the exit code. */
    abstract int run(HandoverEnvironment env, ProjectStore.Loaded loaded, PrintWriter out, PrintWriter err);
}
