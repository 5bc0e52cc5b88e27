package dev.mailbench.serverpanel.engine;

/** Every way a panel request can fail, one explanation each ({@link PanelErrorText}). */
public enum PanelFailure {
    /** 400: the request was malformed (a MailBench bug or an API change). */
    BAD_REQUEST,
    /** 401 UNAUTHORIZED: key missing, invalid or expired. */
    UNAUTHORIZED,
    /** 403 FORBIDDEN: the key's permission does not cover the operation. */
    FORBIDDEN_PERMISSION,
    /** 403 FORBIDDEN: the key is restricted to other IP addresses than the consultant's. */
    FORBIDDEN_IP,
    /** 404 NOT_FOUND. */
    NOT_FOUND,
    /** 409 OPERATION_ERROR: a valid request the server could not carry out; the reason is the server's message. */
    OPERATION,
    /** 422 VALIDATION_ERROR: the errors entries say what was wrong. */
    VALIDATION,
    /** 429 RATE_LIMIT_EXCEEDED, still after waiting as told. */
    RATE_LIMITED,
    /** 500 INTERNAL_ERROR. */
    INTERNAL,
    /** 502 BACKEND_ERROR, still after the retries. */
    BACKEND,
    /** No answer in time (after retries for reads). */
    TIMEOUT,
    /** The server's certificate was not accepted. */
    TLS,
    /** No connection (refused, no route, name not found). */
    UNREACHABLE,
    /** An answer the client does not understand (other status, not JSON). */
    UNEXPECTED,
    /** The consultant cancelled. */
    CANCELLED
}
