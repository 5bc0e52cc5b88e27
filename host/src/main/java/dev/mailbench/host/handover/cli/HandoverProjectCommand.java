package dev.mailbench.host.handover.cli;

import dev.mailbench.host.cli.ExitCodes;
import dev.mailbench.host.cli.ProjectReport;
import dev.mailbench.host.project.CheckedProject;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the handover commands share: the PROJECT argument, the environment they run in (the workbench of the
 * {@code mailbench} root command, or one a test hands in) and loading the project as every command does
 * ({@link CheckedProject}): a file that cannot be read is reported as file:line:column (exit
 * {@link ExitCodes#UNREADABLE_FILE}); a project with errors is refused with the list {@code project validate}
 * prints (exit {@link ExitCodes#VALIDATION_ERRORS}): a handover document or a checklist merged into a project
 * with errors would carry them to the customer. Warnings are listed and the command goes on.
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
        CheckedProject checked;
        try {
            checked = CheckedProject.of(env.load(project));
        } catch (ProjectFileException e) {
            err.println(ProjectReport.unreadable(e));
            return ExitCodes.UNREADABLE_FILE;
        }
        Locale locale = ProjectReport.languageOf(spec.commandLine());
        if (checked.hasErrors()) {
            return ProjectReport.refuse(ProjectReport.invalid(project, checked), locale, err);
        }
        ProjectReport.problems(project, checked.problems(), locale, err, err);
        return run(env, checked.loaded(), spec.commandLine().getOut(), err);
    }

    /** The command's work on the project it was given, loaded; returns the exit code. */
    abstract int run(HandoverEnvironment env, ProjectStore.Loaded loaded, PrintWriter out, PrintWriter err);
}
