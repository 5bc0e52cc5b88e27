package dev.mailbench.host.cli;

import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.project.ProjectValidator;
import dev.mailbench.host.project.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
            ProjectStore.Loaded loaded;
            try {
                loaded = new ProjectStore().load(file);
            } catch (ProjectFileException e) {
                err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
                return ExitCodes.UNREADABLE_FILE;
            }
            List<ValidationProblem> problems = new ProjectValidator().validate(loaded.project());
            for (ValidationProblem p : problems) {
                String label = p.isError() ? "エラー/error" : "警告/warning";
                (p.isError() ? err : out).println(file + ": " + label + ": " + p.entity()
                        + (p.entityId().isEmpty() ? "" : " " + p.entityId()) + " " + p.field() + ": "
                        + p.message().get(locale));
            }
            long errors = problems.stream().filter(ValidationProblem::isError).count();
            if (errors > 0) {
                err.println(errors + " 件のエラー / " + errors + " error(s)");
                return ExitCodes.VALIDATION_ERRORS;
            }
            out.println("OK" + (loaded.migrated() ? "（古い形式から変換して読みました / migrated from an older format）" : ""));
            return ExitCodes.OK;
        }
    }
}
