package dev.mailbench.migration.copy;

import dev.mailbench.imap.FetchedHeader;
import dev.mailbench.imap.ImapConnection;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The identities of every message of one folder, read with header-only fetches in batches (bodies are never
 * transferred; memory stays at one small record per message).
 */
final class FolderIndex {
    /** Headers fetched per round trip while indexing. */
    static final int HEADER_BATCH = 500;

    private final List<Entry> entries;

    private FolderIndex(List<Entry> entries) {
        this.entries = entries;
    }

    static FolderIndex empty() {
        return new FolderIndex(List.of());
    }

    /** Indexes the open folder {@code folder} of {@code c}. */
    static FolderIndex scan(ImapConnection c, IMAPFolder folder, BooleanSupplier cancelled) throws MessagingException {
        List<Long> uids = new ArrayList<>();
        for (ImapConnection.MessageSummary s : c.summaries(folder)) {
            uids.add(s.uid());
        }
        List<Entry> out = new ArrayList<>(uids.size());
        for (int i = 0; i < uids.size() && !cancelled.getAsBoolean(); i += HEADER_BATCH) {
            for (FetchedHeader h : c.fetchHeaders(folder, uids.subList(i, Math.min(uids.size(), i + HEADER_BATCH)))) {
                out.add(new Entry(h.uid(), MessageKey.of(h), h.size(), h.internalDate(), h.flags()));
            }
        }
        out.sort((a, b) -> Long.compare(a.uid(), b.uid()));
        return new FolderIndex(out);
    }

    List<Entry> entries() {
        return entries;
    }

    long bytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    /** How many messages carry each key (a mailbox may hold true duplicates; each copy counts). */
    Map<String, Integer> keyCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Entry e : entries) {
            counts.merge(e.key(), 1, Integer::sum);
        }
        return counts;
    }

    /** This folder's messages that {@code destination} does not hold yet, counting duplicates one by one. */
    List<Entry> missingFrom(FolderIndex destination) {
        Map<String, Integer> there = destination.keyCounts();
        List<Entry> missing = new ArrayList<>();
        for (Entry e : entries) {
            Integer n = there.get(e.key());
            if (n != null && n > 0) {
                there.put(e.key(), n - 1);
            } else {
                missing.add(e);
            }
        }
        return missing;
    }

    record Entry(long uid, String key, long size, Instant internalDate, List<String> flags) {
    }
}
