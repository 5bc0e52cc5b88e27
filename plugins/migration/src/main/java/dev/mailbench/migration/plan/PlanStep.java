package dev.mailbench.migration.plan;

import dev.mailbench.api.model.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One dated step of the timeline.
 *
 * @param id        stable across re-planning (its status is stored under it)
 * @param phase     PREPARE, CUTOVER or AFTER, for grouping in the chart
 * @param ownerName who exactly: the consultant's, the customer's, the DNS operator's or the person's name
 * @param dependsOn ids of the steps that must be done first
 */
public record PlanStep(String id, Phase phase, LocalizedText title, LocalDateTime start, LocalDateTime end, Owner owner,
                       String ownerName, List<String> dependsOn, LocalizedText check, LocalizedText rollback,
                       StepStatus status) {
    public PlanStep {
        dependsOn = List.copyOf(dependsOn);
        ownerName = ownerName == null ? "" : ownerName;
        status = status == null ? StepStatus.TODO : status;
    }

    public PlanStep withStatus(StepStatus value) {
        return new PlanStep(id, phase, title, start, end, owner, ownerName, dependsOn, check, rollback, value);
    }

    /** "コンサルタント（山田）" / "Consultant (Yamada)". */
    public String ownerText(java.util.Locale locale) {
        String role = owner.label().get(locale);
        if (ownerName.isBlank() || owner == Owner.PERSON) {
            return ownerName.isBlank() ? role : ownerName;
        }
        return LocalizedText.pick(locale, role + "（" + ownerName + "）", role + " (" + ownerName + ")");
    }

    public enum Phase {
        PREPARE("準備", "Preparation"),
        CUTOVER("切替", "Cutover"),
        AFTER("切替後", "After the cutover");

        private final LocalizedText label;

        Phase(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    public enum Owner {
        CONSULTANT("コンサルタント", "Consultant"),
        CUSTOMER("お客様", "Customer"),
        DNS_OPERATOR("DNS 管理者", "DNS operator"),
        PERSON("利用者", "User");

        private final LocalizedText label;

        Owner(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    /** Stored in {@code MigrationSection.stepStatus()} as its name; TODO is the absence of an entry. */
    public enum StepStatus {
        TODO("未完了", "to do"),
        DONE("完了", "done"),
        SKIPPED("省略", "skipped");

        private final LocalizedText label;

        StepStatus(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }

        public static StepStatus parse(String s) {
            try {
                return s == null ? TODO : valueOf(s);
            } catch (IllegalArgumentException e) {
                return TODO;
            }
        }
    }
}
