package dev.mailbench.archive.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A mailbox measured on the server.
 *
 * @param quotaUsedBytes  from IMAP QUOTA, or -1 when the server does not report it
 * @param quotaLimitBytes likewise; 0 = no limit reported
 */
public record Inventory(String user, List<FolderStats> folders, long quotaUsedBytes, long quotaLimitBytes,
                        Instant measuredAt) {

    /**
     * @param name      decoded folder name (Japanese as the user sees it)
     * @param separator the server's hierarchy separator
     * @param oldest    earliest internal date, null for an empty folder
     */
    public record FolderStats(String name, char separator, long uidValidity, int messages, int unseen, long bytes,
                              long largestBytes, Instant oldest, Instant newest) {
        /** The last name component, for tree display. */
        public String leafName() {
            int i = name.lastIndexOf(separator);
            return i < 0 ? name : name.substring(i + 1);
        }
    }

    public int messages() {
        return folders.stream().mapToInt(FolderStats::messages).sum();
    }

    public long bytes() {
        return folders.stream().mapToLong(FolderStats::bytes).sum();
    }

    public long largestBytes() {
        return folders.stream().mapToLong(FolderStats::largestBytes).max().orElse(0);
    }

    public FolderStats folder(String name) {
        return folders.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no folder " + name));
    }

    /** Days between the oldest and the newest message (at least 1). */
    public int periodDays() {
        Instant oldest = folders.stream().map(FolderStats::oldest).filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        Instant newest = folders.stream().map(FolderStats::newest).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
        if (oldest == null) {
            return 1;
        }
        return (int) Math.max(1, Duration.between(oldest, newest).toDays());
    }
}
