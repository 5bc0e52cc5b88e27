package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;

import dev.mailbench.imap.ImapConnection.MessageSummary;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** Measures a mailbox: per folder counts, sizes, largest message, date range; the account's quota. */
public final class InventoryScanner {
    /** Called after each folder: (done, total, folder name). */
    public interface Progress {
        void folderDone(int done, int total, String folder);
    }

    private InventoryScanner() {
    }

    /** INBOX first, then parents before their children, components compared one by one. */
    static java.util.Comparator<Inventory.FolderStats> treeOrder() {
        return (a, b) -> {
            boolean ai = a.name().equalsIgnoreCase("INBOX");
            boolean bi = b.name().equalsIgnoreCase("INBOX");
            if (ai || bi) {
                return ai && bi ? 0 : ai ? -1 : 1;
            }
            String[] pa = a.name().split(java.util.regex.Pattern.quote(String.valueOf(a.separator())));
            String[] pb = b.name().split(java.util.regex.Pattern.quote(String.valueOf(b.separator())));
            for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
                int c = pa[i].compareTo(pb[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(pa.length, pb.length);
        };
    }

    public static Inventory scan(ImapAccount account, Progress progress, BooleanSupplier cancelled) throws MessagingException {
        try (ImapConnection c = ImapConnection.open(account)) {
            return scan(c, account.user(), progress, cancelled);
        }
    }

    public static Inventory scan(ImapConnection c, String user, Progress progress, BooleanSupplier cancelled)
            throws MessagingException {
        char separator = c.separator();
        List<IMAPFolder> folders = c.folders();
        List<Inventory.FolderStats> stats = new ArrayList<>();
        int done = 0;
        for (IMAPFolder f : folders) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            IMAPFolder open = c.examine(f.getFullName());
            List<MessageSummary> all = c.summaries(open);
            long bytes = 0;
            long largest = 0;
            int unseen = 0;
            Instant oldest = null;
            Instant newest = null;
            for (MessageSummary s : all) {
                bytes += s.size();
                largest = Math.max(largest, s.size());
                if (!s.flags().contains("\\Seen")) {
                    unseen++;
                }
                oldest = oldest == null || s.internalDate().isBefore(oldest) ? s.internalDate() : oldest;
                newest = newest == null || s.internalDate().isAfter(newest) ? s.internalDate() : newest;
            }
            stats.add(new Inventory.FolderStats(f.getFullName(), separator, open.getUIDValidity(), all.size(), unseen,
                    bytes, largest, oldest, newest));
            progress.folderDone(++done, folders.size(), f.getFullName());
        }
        stats.sort(treeOrder());
        long[] quota = c.storageQuota();
        return new Inventory(user, stats, quota == null ? -1 : quota[0], quota == null ? 0 : quota[1], Instant.now());
    }
}
