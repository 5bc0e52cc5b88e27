package dev.mailbench.api;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * From {@link CliApi#loadProject}: the file reads, but the project has errors (the ones {@code mailbench project
 * validate} lists). Unchecked on purpose: a command does not handle it, and the host then ends the command the way
 * it ends every command given an invalid project, printing the same list as {@code project validate} and exiting
 * with 1. A command that can do its work on a partial project may catch it, say so, and go on with
 * {@link #project()}.
 */
public class InvalidProjectException extends RuntimeException {
    private final transient Path file;
    private final transient Project project;
    private final transient List<LocalizedText> problems;
    private final long errors;

    /**
     * @param problems one line per problem, as {@code project validate} prints them (errors and warnings)
     * @param errors   how many of them are errors
     */
    public InvalidProjectException(Path file, Project project, List<LocalizedText> problems, long errors) {
        super(file + ": " + errors + " 件のエラー / " + errors + " error(s)");
        this.file = file;
        this.project = project;
        this.problems = List.copyOf(problems);
        this.errors = errors;
    }

    public Path file() {
        return file;
    }

    /** The project as read, errors and all. */
    public Project project() {
        return project;
    }

    public List<LocalizedText> problems() {
        return problems;
    }

    /** How many of the problems are errors (the others are warnings). */
    public long errorCount() {
        return errors;
    }
}
