package dev.mailbench.migration.model;

import java.time.Instant;
import java.util.List;

/**
 * What one mailbox holds on the old host, and how fast it could be read, measured by a sample transfer.
 *
 * @param overLimitMessages      messages larger than the new host accepts
 * @param measuredBytesPerSecond throughput of the sample transfer; 0 when none was measured
 */
public record MailboxSurvey(String mailboxId, String address, Instant surveyedAt, List<FolderSurvey> folders,
                            long largestBytes, int overLimitMessages, double measuredBytesPerSecond,
                            int sampleMessages) {
    public MailboxSurvey {
        folders = folders == null ? List.of() : List.copyOf(folders);
    }

    public long messages() {
        return folders.stream().mapToLong(FolderSurvey::messages).sum();
    }

    public long bytes() {
        return folders.stream().mapToLong(FolderSurvey::bytes).sum();
    }

    /** @param name the folder name decoded from modified UTF-7 */
    public record FolderSurvey(String name, long messages, long bytes, long largestBytes) {
    }
}
