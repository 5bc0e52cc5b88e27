package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.services.MailDesignDecision;
import java.util.Optional;

/**
 * One mailbox with its questionnaire, the advisor's recommendation, what the consultant accepted and what the
 * server panel's last import says ({@code mailbox}'s quota is the panel's when it has one).
 */
public record MailboxDesign(Mailbox mailbox, Questionnaire questionnaire, Recommendation recommendation,
                            Optional<MailDesignDecision> accepted, PanelFacts panel) {
    public MailboxDesign {
        panel = panel == null ? PanelFacts.NONE : panel;
    }

    public MailboxDesign(Mailbox mailbox, Questionnaire questionnaire, Recommendation recommendation,
                         Optional<MailDesignDecision> accepted) {
        this(mailbox, questionnaire, recommendation, accepted, PanelFacts.NONE);
    }

    /** The quota in the forecast is the server panel's. */
    public boolean quotaFromPanel() {
        return panel.quotaMb().isPresent();
    }

    /** The usage in the forecast is the server panel's. */
    public boolean usageFromPanel() {
        return panel.usedMb().isPresent();
    }

    /** What applies: the accepted protocol, else the recommendation. */
    public MailProtocol plannedProtocol() {
        return accepted.map(MailDesignDecision::protocol).orElse(recommendation.protocol());
    }

    public Integer plannedQuotaMb() {
        return accepted.isPresent() ? accepted.get().quotaMb() : recommendation.quotaMb();
    }

    /**
     * The size that holds today, for forecasts the customer reads next to the mailbox list: the decided one,
     * else what the mailbox is set to; the recommendation only when neither exists.
     */
    public Integer quotaInForceMb() {
        if (quotaDecided()) {
            return accepted.get().quotaMb();
        }
        return mailbox.quotaMb() != null ? mailbox.quotaMb() : recommendation.quotaMb();
    }

    /** The consultant accepted a size (as recommended or changed). */
    public boolean quotaDecided() {
        return accepted.isPresent() && accepted.get().quotaMb() != null;
    }

    public Status status() {
        if (accepted.isEmpty()) {
            return Status.OPEN;
        }
        return accepted.get().overridden() ? Status.OVERRIDDEN : Status.ACCEPTED;
    }

    public enum Status {
        OPEN("未決定", "Open"),
        ACCEPTED("採用済み", "Accepted"),
        OVERRIDDEN("変更して採用", "Overridden");

        private final String ja;
        private final String en;

        Status(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        public dev.mailbench.api.model.LocalizedText label() {
            return dev.mailbench.api.model.LocalizedText.of(ja, en);
        }
    }
}
