package dev.mailbench.migration.plan;

import dev.mailbench.api.model.LocalizedText;
import java.time.Duration;
import java.util.List;

/**
 * How long copying one mailbox should take, and where each figure came from.
 *
 * @param messages          -1 when unknown (quota-based estimates)
 * @param bytesPerSecond    the throughput the duration is computed with
 * @param throughputSource  where that throughput came from
 * @param overLimit         messages larger than the new host accepts (known from a survey only)
 * @param overLimitFolders  the survey's folders that hold the largest messages, to look at first
 */
public record CopyEstimate(String mailboxId, String address, Source source, long messages, long bytes,
                           double bytesPerSecond, ThroughputSource throughputSource, Duration duration,
                           int overLimit, List<String> overLimitFolders) {
    public CopyEstimate {
        overLimitFolders = overLimitFolders == null ? List.of() : List.copyOf(overLimitFolders);
    }

    /** Where the volume came from, best first. */
    public enum Source {
        SURVEY("旧サーバーの調査（実測）", "survey of the old host (measured)"),
        INVENTORY("アーカイブの棚卸し（実測）", "archive inventory (measured)"),
        QUOTA("メールボックス容量（上限として仮定）", "mailbox quota (assumed full)"),
        NONE("不明（調査してください）", "unknown (run a survey)");

        private final LocalizedText label;

        Source(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    public enum ThroughputSource {
        MEASURED("試験転送で実測", "measured by a sample transfer"),
        ASSUMED("仮定値 1 MB/秒", "assumed 1 MB/s");

        private final LocalizedText label;

        ThroughputSource(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }
}
