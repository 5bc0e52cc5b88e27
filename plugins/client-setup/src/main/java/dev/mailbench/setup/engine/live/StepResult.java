package dev.mailbench.setup.engine.live;

/** One cell of the matrix. {@code detail}: the server's reply or the error, never anything the client sent. */
public record StepResult(Step step, Status status, long millis, String detail) {
    public enum Status { OK, FAILED, SKIPPED }

    /** A step that succeeded, timed from {@code startNanos} ({@link System#nanoTime}). */
    static StepResult okSince(Step step, long startNanos, String detail) {
        return new StepResult(step, Status.OK, millisSince(startNanos), detail);
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
