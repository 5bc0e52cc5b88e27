package dev.mailbench.imap;

import java.time.Instant;
import java.util.List;

/**
 * A message's header block exactly as the server sent it, with its summary data: enough to recognise the same
 * message on another server without fetching its body.
 *
 * @param header the bytes of {@code BODY[HEADER]} (up to and including the empty line)
 */
public record FetchedHeader(long uid, long size, Instant internalDate, List<String> flags, byte[] header) {
    /** The Message-ID header value, or empty when the message has none. */
    public String messageId() {
        return HeaderScan.messageId(header, 0, header.length);
    }

    public String headerSha256() {
        return Hashes.sha256Hex(header);
    }
}
