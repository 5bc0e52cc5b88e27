package dev.mailbench.setup.engine;

import dev.mailbench.api.model.LocalizedText;

/**
 * One mistake in the observed settings.
 *
 * @param field       the {@link ObservedSettings} key it concerns
 * @param value       the value as observed
 * @param explanation what goes wrong because of it
 * @param fix         what to set instead
 */
public record LintFinding(LintCode code, String field, String value, LocalizedText explanation, LocalizedText fix) {
    public LintCode.Severity severity() {
        return code.severity();
    }
}
