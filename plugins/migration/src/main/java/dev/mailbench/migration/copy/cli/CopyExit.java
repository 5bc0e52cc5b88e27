package dev.mailbench.migration.copy.cli;

/** Exit codes of the copy commands, the same as the archive commands'. */
public final class CopyExit {
    public static final int COMPLETE = 0;
    /** Something was not copied, or verify found differences. */
    public static final int INCOMPLETE = 1;
    public static final int BAD_INPUT = 2;
    public static final int CANNOT_CONNECT = 3;

    private CopyExit() {
    }
}
