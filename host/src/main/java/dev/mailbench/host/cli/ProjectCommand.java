package dev.mailbench.host.cli;

import dev.mailbench.host.project.CheckedProject;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailbench project ...}: work on project files without the window. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "プロジェクトファイルの操作 / project file commands",
        subcommands = ProjectCommand.Validate.class)
final class ProjectCommand {

    /**
     * {@code mailbench project validate FILE}: 0 and "OK" when the file reads and has no errors (warnings are
     * listed); 1 when the validator finds errors; 2 when the file cannot be read, printed as
     * {@code file:line:column: message}.
     */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "プロジェクトファイルを検査します / checks a project file")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "*.mailbench.json")
        Path file;

        @Option(names = "--lang", paramLabel = "ja|en", description = "メッセージの言語 / message language")
        String language = "ja";

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
            CheckedProject checked;
            try {
                checked = CheckedProject.load(new ProjectStore(), file);
            } catch (ProjectFileException e) {
                err.println(ProjectReport.unreadable(e));
                return ExitCodes.UNREADABLE_FILE;
            }
            ProjectReport.problems(file, checked.problems(), locale, out, err);
            if (checked.hasErrors()) {
                err.println(ProjectReport.errorCount(checked.errorCount()));
                return ExitCodes.VALIDATION_ERRORS;
            }
            out.println("OK" + (checked.loaded().migrated() ? "（古い形式から変換して読みました / migrated from an older format）" : ""));
            return ExitCodes.OK;
        }
    }
}
