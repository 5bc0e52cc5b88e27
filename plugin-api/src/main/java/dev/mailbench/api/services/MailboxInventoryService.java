package dev.mailbench.api.services;

import dev.mailbench.api.model.Project;
import java.time.Instant;
import java.util.Optional;

/**
 * Measured mail volume of a mailbox, offered by the mailbox archive plugin (from its last inventory or
 * export). The design advisor uses it, when present, instead of the volume the consultant typed in.
 */
public interface MailboxInventoryService {
    /** The last measurement of {@code mailboxId}; empty when the mailbox was never inventoried. */
    Optional<MailboxVolume> measuredVolume(Project project, String mailboxId);

    /**
     * @param messagesPerDay   average messages arriving per day over the measured period
     * @param averageMessageKb average message size in KB (1 KB = 1024 bytes)
     * @param usedMb           space used on the server now, in MB (1 MB = 1024 KB)
     * @param measuredAt       when the inventory ran
     * @param periodDays       how many days of mail the averages are over
     */
    record MailboxVolume(double messagesPerDay, double averageMessageKb, double usedMb, Instant measuredAt,
                         int periodDays) {
    }
}
