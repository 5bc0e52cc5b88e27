package dev.mailbench.archive.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One archived message, one JSON line of {@code manifest.jsonl}.
 *
 * @param internalDate ISO-8601 instant of the IMAP INTERNALDATE
 * @param size         bytes of the message as the server sent it (what {@code sha256} hashes)
 * @param file         path relative to the generation folder (EML, Maildir) or {@code messages.mbox}
 * @param offset       mbox only: where the quoted message starts
 * @param stored       mbox only: quoted length in the file
 * @param end          mbox only: file length after this message and its separator (the resume point)
 * @param uidl         POP3 only: the server's unique id (UIDL), the key of incremental POP3 runs; {@code uid}
 *                     is then the archive's own running number (POP3 has no UIDs), {@code uidValidity} 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(long uidValidity, long uid, String internalDate, long size, List<String> flags,
                            String messageId, String sha256, String file, Long offset, Long stored, Long end,
                            String uidl) {
    public ManifestEntry(long uidValidity, long uid, String internalDate, long size, List<String> flags,
                         String messageId, String sha256, String file, Long offset, Long stored, Long end) {
        this(uidValidity, uid, internalDate, size, flags, messageId, sha256, file, offset, stored, end, null);
    }
}
