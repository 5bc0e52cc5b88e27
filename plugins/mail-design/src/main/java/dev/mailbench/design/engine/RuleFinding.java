package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.Objects;

/**
 * What one rule says about one mailbox.
 *
 * @param reason        the explanation in plain words (why we recommend this / what is wrong)
 * @param riskPrevented the accident the advice avoids, or the fix for a risk
 * @param suggestion    what the rule proposes for the recommendation ({@link Suggestion#NONE} for pure risks)
 */
public record RuleFinding(String ruleId, FindingKind kind, RiskLevel severity, LocalizedText reason,
                      LocalizedText riskPrevented, Suggestion suggestion) {
    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        riskPrevented = riskPrevented == null ? LocalizedText.of("", "") : riskPrevented;
        suggestion = suggestion == null ? Suggestion.NONE : suggestion;
    }
}
