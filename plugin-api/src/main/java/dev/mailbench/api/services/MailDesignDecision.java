package dev.mailbench.api.services;

import dev.mailbench.api.model.MailProtocol;
import java.time.LocalDate;
import java.util.List;

/**
 * One mailbox's accepted design.
 *
 * @param quotaMb            the mailbox size to set in the provider's panel; {@code null} when not decided
 * @param leaveCopyDays      for POP with a copy left on the server: days before the keeper deletes it;
 *                           {@code null} when not applicable
 * @param archiveEveryMonths how often the mailbox is exported to a local archive; 0 = no periodic archive
 * @param keeperDeviceId     the device that keeps the archive copy (保管用), empty when none
 * @param overridden         the consultant chose something other than the advisor's recommendation
 * @param note               the consultant's note (required for an override)
 * @param decidedOn          when it was accepted
 */
public record MailDesignDecision(String mailboxId, MailProtocol protocol, Integer quotaMb, Integer leaveCopyDays,
                                 int archiveEveryMonths, String keeperDeviceId, List<String> forwardTo,
                                 boolean autoReply, boolean overridden, String note, LocalDate decidedOn) {
    public MailDesignDecision {
        mailboxId = mailboxId == null ? "" : mailboxId;
        protocol = protocol == null ? MailProtocol.UNDECIDED : protocol;
        keeperDeviceId = keeperDeviceId == null ? "" : keeperDeviceId;
        forwardTo = forwardTo == null ? List.of() : List.copyOf(forwardTo);
        note = note == null ? "" : note;
    }
}
