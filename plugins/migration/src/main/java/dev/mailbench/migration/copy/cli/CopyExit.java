package dev.mailbench.migration.copy.cli;

/** Exit codes of the copy commands, the same as the archive commands' (bad input and connection: {@code ServerCommandRun}). */
public final class CopyExit {
    public static final int COMPLETE = 0;
    /** Something was not copied, or verify found differences. */
    public static final int INCOMPLETE = 1;

    private CopyExit() {
    }
}
