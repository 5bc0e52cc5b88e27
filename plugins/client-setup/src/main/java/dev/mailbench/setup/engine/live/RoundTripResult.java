package dev.mailbench.setup.engine.live;

/**
 * The SMTP → IMAP round trip: a message to the mailbox itself with a unique token in the subject, found
 * again by IMAP search.
 *
 * @param sendMillis  time from connecting to the end of DATA
 * @param foundMillis time from the end of DATA until IMAP search found it; -1 when not found
 */
public record RoundTripResult(String token, ProbeTarget via, ProbeTarget searchedWith, boolean found, long sendMillis,
                              long foundMillis, Diagnosis diagnosis) {
}
