package dev.mailbench.migration.copy;

import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.migration.model.MailboxSurvey;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Surveys one mailbox on the old host: folders, counts, sizes, the largest message, messages over a size limit, and
 * the measured rate of a bounded sample transfer (BODY.PEEK: nothing changes on the server).
 */
public final class MailboxSurveyor {
    /** Progress of a survey: folder {@code index} of {@code count}, then the sample transfer. */
    public interface Progress {
        default void folder(String name, int index, int count) {
        }

        default void sampling(int messages, long bytes) {
        }
    }

    private final ImapAccount source;

    public MailboxSurveyor(ImapAccount source) {
        this.source = source;
    }

    /** @return null when cancelled */
    public SurveyResult survey(String mailboxId, String address, SurveyOptions options, Progress progress,
                               BooleanSupplier cancelled) throws MessagingException {
        try (ImapConnection c = ImapConnection.open(source)) {
            List<String> names = SourceFolders.select(c, options.folders());
            List<MailboxSurvey.FolderSurvey> folders = new ArrayList<>();
            List<SurveyResult.OversizedMessage> over = new ArrayList<>();
            Map<String, List<ImapConnection.MessageSummary>> byFolder = new LinkedHashMap<>();
            long largest = 0;
            for (int i = 0; i < names.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                String name = names.get(i);
                progress.folder(name, i + 1, names.size());
                List<ImapConnection.MessageSummary> summaries = c.summaries(c.examine(name));
                byFolder.put(name, summaries);
                long bytes = 0;
                long folderLargest = 0;
                for (ImapConnection.MessageSummary s : summaries) {
                    bytes += s.size();
                    folderLargest = Math.max(folderLargest, s.size());
                    if (options.sizeLimitBytes() > 0 && s.size() > options.sizeLimitBytes()) {
                        over.add(new SurveyResult.OversizedMessage(name, s.uid(), s.size()));
                    }
                }
                largest = Math.max(largest, folderLargest);
                folders.add(new MailboxSurvey.FolderSurvey(name, summaries.size(), bytes, folderLargest));
            }
            Map<String, List<Long>> sample = pickSample(byFolder, options);
            long sampleBytes = 0;
            int sampleCount = 0;
            long nanos = 0;
            for (Map.Entry<String, List<Long>> e : sample.entrySet()) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                var folder = c.examine(e.getKey());
                long t0 = System.nanoTime();
                List<FetchedMessage> fetched = c.fetchRaw(folder, e.getValue());
                nanos += System.nanoTime() - t0;
                for (FetchedMessage m : fetched) {
                    sampleBytes += m.length();
                    sampleCount++;
                }
                progress.sampling(sampleCount, sampleBytes);
            }
            double rate = nanos == 0 || sampleBytes == 0 ? 0 : sampleBytes / (nanos / 1e9);
            MailboxSurvey survey = new MailboxSurvey(mailboxId, address, Instant.now(), folders, largest, over.size(), rate,
                    sampleCount);
            return new SurveyResult(survey, over, sampleBytes, nanos / 1_000_000);
        }
    }

    /**
     * Every k-th message over the whole mailbox (so the sample mixes folders and sizes like the mailbox does), skipping
     * any that would take the sample past its byte budget.
     */
    static Map<String, List<Long>> pickSample(Map<String, List<ImapConnection.MessageSummary>> byFolder, SurveyOptions o) {
        long total = byFolder.values().stream().mapToLong(List::size).sum();
        Map<String, List<Long>> out = new LinkedHashMap<>();
        if (total == 0 || o.sampleMessages() == 0) {
            return out;
        }
        long step = Math.max(1, total / o.sampleMessages());
        long index = 0;
        int picked = 0;
        long bytes = 0;
        for (Map.Entry<String, List<ImapConnection.MessageSummary>> e : byFolder.entrySet()) {
            for (ImapConnection.MessageSummary s : e.getValue()) {
                if (index++ % step != 0 || picked >= o.sampleMessages()) {
                    continue;
                }
                if (bytes + s.size() > o.sampleBytes()) {
                    continue;
                }
                out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s.uid());
                picked++;
                bytes += s.size();
            }
        }
        return out;
    }
}
