package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * A request to the panel API that did not succeed, with everything needed to explain it: what kind of failure,
 * the HTTP status when there was one, and the server's own message and validation errors (never the key).
 */
public final class PanelException extends Exception {
    private final PanelFailure failure;
    private final int status;
    private final String serverMessage;
    private final List<String> errors;

    public PanelException(PanelFailure failure, int status, String serverMessage, List<String> errors, Throwable cause) {
        super(failure + (status > 0 ? " (HTTP " + status + ")" : "") + (serverMessage == null || serverMessage.isEmpty()
                ? "" : ": " + serverMessage), cause);
        this.failure = failure;
        this.status = status;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public PanelException(PanelFailure failure, String detail, Throwable cause) {
        this(failure, 0, detail, List.of(), cause);
    }

    public PanelFailure failure() { return failure; }

    /** The HTTP status, 0 when no answer came (timeout, TLS, refused). */
    public int status() { return status; }

    /** The server's {@code message} (Japanese), or a technical detail when there was no answer. */
    public String serverMessage() { return serverMessage; }

    /** The server's {@code errors} entries (422). */
    public List<String> errors() { return errors; }

    /** The explanation for the consultant, Japanese first. */
    public LocalizedText explanation() {
        return PanelErrorText.explain(this);
    }

    /** Whether asking again (after the server's wait) may succeed. */
    public boolean retryable() {
        return failure == PanelFailure.RATE_LIMITED || failure == PanelFailure.BACKEND;
    }
}
