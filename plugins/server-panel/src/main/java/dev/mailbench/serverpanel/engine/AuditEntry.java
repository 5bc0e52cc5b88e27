package dev.mailbench.serverpanel.engine;

import java.time.Instant;

/**
 * One request made through the panel API, kept in the project: when, on which server, what, before and after, and how
 * it ended. Never a secret: records and results only.
 *
 * @param result {@code OK}, or the failure kind and the server's message
 */
public record AuditEntry(Instant when, String servername, String change, String before, String after, String result) {
}
