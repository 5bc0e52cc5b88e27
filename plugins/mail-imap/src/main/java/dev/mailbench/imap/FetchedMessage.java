package dev.mailbench.imap;

import java.time.Instant;
import java.util.List;

/**
 * One message exactly as the server sent it.
 *
 * @param raw     the literal of {@code BODY[]}; only {@code raw[offset, offset+length)} belongs to the message
 * @param flags   system flags as IMAP spells them ({@code \Seen}) and keywords
 */
public record FetchedMessage(long uid, List<String> flags, Instant internalDate, long size, byte[] raw, int offset,
                             int length) {
    public String sha256() {
        return Hashes.sha256Hex(raw, offset, length);
    }

    /** The Message-ID header value, or empty when the message has none. Reads the header only, never decodes the body. */
    public String messageId() {
        return HeaderScan.messageId(raw, offset, length);
    }
}
