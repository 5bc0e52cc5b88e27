package dev.mailbench.migration.plan;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.migration.model.MigrationSection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Copy time per mailbox from the best figures there are: the copy tools' survey of the old host (sizes and
 * a measured sample transfer), else the archive plugin's inventory, else the mailbox quota taken as full.
 */
public final class CopyEstimator {
    /** Without a sample transfer: 1 MB/s, what an IMAP-to-IMAP copy between two shared hosts usually beats. */
    public static final double ASSUMED_BYTES_PER_SECOND = 1024 * 1024;
    /** Per message round trips (APPEND, flags) cost time of their own, besides the bytes. */
    static final Duration PER_MESSAGE = Duration.ofMillis(50);

    private CopyEstimator() {
    }

    public static List<CopyEstimate> estimate(Project project, MigrationSection section,
                                              Optional<MailboxInventoryService> inventory) {
        List<CopyEstimate> result = new ArrayList<>();
        double measured = section.surveys().values().stream().mapToDouble(MailboxSurvey::measuredBytesPerSecond)
                .filter(v -> v > 0).average().orElse(0);
        for (Mailbox m : project.mailboxes()) {
            result.add(estimate(project, m, section.surveys().get(m.id()), inventory, measured));
        }
        return List.copyOf(result);
    }

    private static CopyEstimate estimate(Project project, Mailbox m, MailboxSurvey survey,
                                         Optional<MailboxInventoryService> inventory, double measuredElsewhere) {
        if (survey != null) {
            double rate = survey.measuredBytesPerSecond() > 0 ? survey.measuredBytesPerSecond() : measuredElsewhere;
            List<String> bigFolders = survey.overLimitMessages() <= 0 ? List.of() : survey.folders().stream()
                    .sorted(Comparator.comparingLong(MailboxSurvey.FolderSurvey::largestBytes).reversed())
                    .filter(f -> f.largestBytes() > 0).limit(3).map(MailboxSurvey.FolderSurvey::name).toList();
            return of(m, CopyEstimate.Source.SURVEY, survey.messages(), survey.bytes(), rate, survey.overLimitMessages(), bigFolders);
        }
        Optional<MailboxInventoryService.MailboxVolume> volume = inventory.flatMap(s -> s.measuredVolume(project, m.id()));
        if (volume.isPresent()) {
            MailboxInventoryService.MailboxVolume v = volume.get();
            long bytes = (long) (v.usedMb() * 1024 * 1024);
            long messages = v.averageMessageKb() > 0 ? Math.round(v.usedMb() * 1024 / v.averageMessageKb()) : -1;
            return of(m, CopyEstimate.Source.INVENTORY, messages, bytes, measuredElsewhere, 0, List.of());
        }
        if (m.quotaMb() != null && m.quotaMb() > 0) {
            return of(m, CopyEstimate.Source.QUOTA, -1, m.quotaMb() * 1024L * 1024, measuredElsewhere, 0, List.of());
        }
        return of(m, CopyEstimate.Source.NONE, -1, 0, measuredElsewhere, 0, List.of());
    }

    private static CopyEstimate of(Mailbox m, CopyEstimate.Source source, long messages, long bytes, double measuredRate,
                                   int overLimit, List<String> folders) {
        boolean measured = measuredRate > 0;
        double rate = measured ? measuredRate : ASSUMED_BYTES_PER_SECOND;
        Duration d = Duration.ofMillis((long) (bytes / rate * 1000));
        if (messages > 0) {
            d = d.plus(PER_MESSAGE.multipliedBy(messages));
        }
        return new CopyEstimate(m.id(), m.address(), source, messages, bytes, rate,
                measured ? CopyEstimate.ThroughputSource.MEASURED : CopyEstimate.ThroughputSource.ASSUMED, d, overLimit, folders);
    }

    /** Mailboxes are copied one after another (providers limit connections per user and IP). */
    public static Duration total(List<CopyEstimate> estimates) {
        return estimates.stream().map(CopyEstimate::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
