package dev.mailbench.migration.copy;

import dev.mailbench.imap.FetchedHeader;

/**
 * What makes two messages on two servers "the same message": Message-ID, internal date (to the second) and size; a
 * message without Message-ID is recognised by a hash of its whole header block instead. APPEND keeps the exact bytes
 * and the internal date, so a copied message has the same key on the destination.
 */
final class MessageKey {
    private MessageKey() {
    }

    static String of(FetchedHeader h) {
        String base = h.internalDate().getEpochSecond() + "|" + h.size();
        String id = h.messageId();
        return id.isEmpty() ? "h:" + h.headerSha256() + "|" + base : "m:" + id + "|" + base;
    }
}
