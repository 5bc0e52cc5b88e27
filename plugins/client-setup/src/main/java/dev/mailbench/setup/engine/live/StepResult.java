package dev.mailbench.setup.engine.live;

/** One cell of the matrix. {@code detail}: the server's reply or the error, never anything the client sent. */
public record StepResult(Step step, Status status, long millis, String detail) {
    public enum Status { OK, FAILED, SKIPPED }
}
