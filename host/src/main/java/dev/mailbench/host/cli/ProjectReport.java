package dev.mailbench.host.cli;

import dev.mailbench.api.InvalidProjectException;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.host.project.CheckedProject;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * How every command reports the project file it was given: a file that cannot be read as
 * {@code FILE:LINE:COLUMN: message} (exit {@link ExitCodes#UNREADABLE_FILE}), a project with errors as the list
 * {@code project validate} prints (exit {@link ExitCodes#VALIDATION_ERRORS}). The host's commands and the
 * plugins' (through {@code CliApi.loadProject}) print the same words.
 */
public final class ProjectReport {
    private ProjectReport() {
    }

    /** {@code FILE:LINE:COLUMN: message}; line and column are 0 when the problem has no place (a missing file). */
    public static String unreadable(ProjectFileException e) {
        return e.file() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
    }

    /** One problem as a line, in both languages: {@code FILE: エラー/error: mailbox m-info quotaMb: ...}. */
    public static LocalizedText line(Path file, ValidationProblem p) {
        String prefix = file + ": " + (p.isError() ? "エラー/error" : "警告/warning") + ": " + p.entity()
                + (p.entityId().isEmpty() ? "" : " " + p.entityId()) + " " + p.field() + ": ";
        return LocalizedText.of(prefix + p.message().ja(), prefix + p.message().en());
    }

    /** What {@code project validate} prints for the problems: warnings to {@code out}, errors to {@code err}. */
    public static void problems(Path file, List<ValidationProblem> problems, Locale locale, PrintWriter out,
                                PrintWriter err) {
        for (ValidationProblem p : problems) {
            (p.isError() ? err : out).println(line(file, p).get(locale));
        }
    }

    /** The line after the list: {@code 2 件のエラー / 2 error(s)}. */
    public static String errorCount(long errors) {
        return errors + " 件のエラー / " + errors + " error(s)";
    }

    /**
     * A command refusing a project with errors: the problems as {@code project validate} lists them (warnings
     * too), all to {@code err}; returns {@link ExitCodes#VALIDATION_ERRORS}, the exit code of validate.
     */
    public static int refuse(InvalidProjectException e, Locale locale, PrintWriter err) {
        e.problems().forEach(line -> err.println(line.get(locale)));
        err.println(errorCount(e.errorCount()));
        err.println("エラーを直してから実行してください（ウィンドウか mailbench project validate で確認できます）。"
                + " / Fix the errors first (the window or mailbench project validate shows them).");
        return ExitCodes.VALIDATION_ERRORS;
    }

    /** True when the command was asked for {@code --json}: its refusal must be JSON too, for the script reading it. */
    public static boolean wantsJson(CommandLine command) {
        CommandLine.ParseResult parsed = command.getParseResult();
        return parsed != null && parsed.hasMatchedOption("--json");
    }

    /** The refusal of an invalid project as {@code --json} output: the shared failure shape plus every problem. */
    public static String refusalJson(InvalidProjectException e, Locale locale) {
        java.util.Map<String, Object> document = dev.mailbench.kit.json.Json.failure("INVALID_PROJECT",
                errorCount(e.errorCount()));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> error = (java.util.Map<String, Object>) document.get("error");
        error.put("file", String.valueOf(e.file()));
        error.put("problems", e.problems().stream().map(line -> line.get(locale)).toList());
        return dev.mailbench.kit.json.Json.pretty(document);
    }

    /** The refusal of {@code checked}: thrown by {@code CliApi.loadProject}, printed by {@link #refuse}. */
    public static InvalidProjectException invalid(Path file, CheckedProject checked) {
        return new InvalidProjectException(file, checked.project(),
                checked.problems().stream().map(p -> line(file, p)).toList(), checked.errorCount());
    }

    /** The language a command was asked to speak ({@code --lang en}); Japanese when it has no such option. */
    public static Locale languageOf(CommandLine command) {
        CommandLine.ParseResult parsed = command.getParseResult();
        Object lang = parsed == null || !parsed.hasMatchedOption("--lang") ? null : parsed.matchedOptionValue("--lang", null);
        return lang != null && String.valueOf(lang).strip().equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
