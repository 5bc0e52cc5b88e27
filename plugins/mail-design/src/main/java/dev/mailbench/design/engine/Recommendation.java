package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.services.MailDesignDecision;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The advisor's plan for one mailbox, with the findings that explain it and the risks of the current setup.
 *
 * @param currentProtocol the protocol recorded on the mailbox now
 * @param leaveCopyDays   for POP with a copy on the server; {@code null} otherwise
 * @param reasons         findings that explain the plan ({@link FindingKind#DECISION})
 * @param risks           risks, contradictions and notes, worst first
 * @param forecast        capacity forecast under the recommended quota
 */
public record Recommendation(String mailboxId, MailProtocol currentProtocol, MailProtocol protocol, Integer quotaMb,
                             Integer leaveCopyDays, ArchiveCadence archiveCadence, String keeperDeviceId,
                             List<String> forwardTo, boolean autoReply, List<RuleFinding> reasons, List<RuleFinding> risks,
                             CapacityForecast forecast) {
    public Recommendation {
        forwardTo = List.copyOf(forwardTo);
        reasons = List.copyOf(reasons);
        risks = risks.stream().sorted(Comparator.comparing(RuleFinding::severity).reversed()).toList();
        keeperDeviceId = keeperDeviceId == null ? "" : keeperDeviceId;
        archiveCadence = archiveCadence == null ? ArchiveCadence.NONE : archiveCadence;
    }

    public Optional<RiskLevel> worstRisk() {
        return risks.stream().map(RuleFinding::severity).max(Comparator.naturalOrder());
    }

    public long riskCount(RiskLevel severity) {
        return risks.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean changesProtocol() {
        return protocol != currentProtocol;
    }

    public List<RuleFinding> findings() {
        return java.util.stream.Stream.concat(reasons.stream(), risks.stream()).toList();
    }

    public boolean fired(String ruleId) {
        return findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    public Optional<RuleFinding> finding(String ruleId) {
        return findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    /** The decision saved when the consultant accepts this recommendation as it is. */
    public MailDesignDecision toDecision(LocalDate on) {
        return new MailDesignDecision(mailboxId, protocol, quotaMb, leaveCopyDays, archiveCadence.months(),
                keeperDeviceId, forwardTo, autoReply, false, "", on);
    }
}
