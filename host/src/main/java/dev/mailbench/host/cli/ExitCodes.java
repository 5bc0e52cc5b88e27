package dev.mailbench.host.cli;

import dev.mailbench.api.InvalidProjectException;
import dev.mailbench.host.project.ProjectFileException;
import java.io.IOException;

/** The exit codes of {@code mailbench}; see {@link MailbenchCommand}. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int VALIDATION_ERRORS = 1;
    public static final int UNREADABLE_FILE = 2;
    public static final int USAGE = 64;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int forException(Throwable e) {
        if (e instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        if (e instanceof InvalidProjectException) {
            return VALIDATION_ERRORS;
        }
        if (e instanceof ProjectFileException || e instanceof IOException) {
            return UNREADABLE_FILE;
        }
        return INTERNAL;
    }
}
