package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.Pop3Connection;
import dev.mailbench.imap.Pop3Connection.Pop3Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Measures a POP3-only maildrop (STAT, LIST, UIDL) as an {@link Inventory} with one folder, INBOX. POP3 reports
 * no flags, dates or quota: unseen is -1 (unknown), the dates are null and the quota -1.
 */
public final class Pop3InventoryScanner {
    private Pop3InventoryScanner() {
    }

    public static Inventory scan(ImapAccount account) throws IOException, MessagingException {
        try (Pop3Connection c = Pop3Connection.open(account)) {
            return scan(c, account.user());
        }
    }

    public static Inventory scan(Pop3Connection c, String user) throws IOException {
        List<Pop3Message> all = c.list();
        long bytes = all.stream().mapToLong(Pop3Message::size).sum();
        long largest = all.stream().mapToLong(Pop3Message::size).max().orElse(0);
        var inbox = new Inventory.FolderStats(Pop3Exporter.FOLDER, '/', Pop3Exporter.GENERATION, all.size(), -1, bytes,
                largest, null, null);
        return new Inventory(user, List.of(inbox), -1, 0, Instant.now());
    }
}
