package dev.mailbench.host.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read: not JSON, not a project, or from a newer MailBench. Carries the
 * line and column (1-based, 0 when unknown) so the consultant can find the spot.
 */
public class ProjectFileException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public ProjectFileException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
