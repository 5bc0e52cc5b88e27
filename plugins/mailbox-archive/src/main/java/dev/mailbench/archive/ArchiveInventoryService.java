package dev.mailbench.archive;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import java.time.Instant;
import java.util.Optional;

/** The measured volume of a mailbox, from the last inventory saved in the project. */
public final class ArchiveInventoryService implements MailboxInventoryService {
    @Override
    public Optional<MailboxVolume> measuredVolume(Project project, String mailboxId) {
        return ArchiveProjectSection.fromPlain(project.plugins().get(MailboxArchivePlugin.ID)).mailbox(mailboxId)
                .map(ArchiveProjectSection.MailboxRecord::inventory)
                // a POP3 inventory has no dates (periodDays 0): no volume per day rather than a made-up one
                .filter(inv -> inv != null && inv.messages() > 0 && inv.periodDays() > 0)
                .map(inv -> {
                    int days = Math.max(1, inv.periodDays());
                    double usedBytes = inv.quotaUsedBytes() >= 0 ? inv.quotaUsedBytes() : inv.bytes();
                    return new MailboxVolume((double) inv.messages() / days, inv.bytes() / 1024.0 / inv.messages(),
                            usedBytes / 1024.0 / 1024.0, Instant.parse(inv.measuredAt()), days);
                });
    }
}
