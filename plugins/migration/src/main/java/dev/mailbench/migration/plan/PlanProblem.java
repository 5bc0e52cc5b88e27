package dev.mailbench.migration.plan;

import dev.mailbench.api.model.LocalizedText;

/**
 * Something wrong with or worth knowing about the plan's inputs.
 *
 * @param field the input it is about ({@code cutover}, {@code oldHost}, ...), so a form can point at it
 */
public record PlanProblem(Severity severity, String field, LocalizedText message) {
    public enum Severity {
        /** The plan cannot be dated or would be wrong until this is fixed. */
        ERROR,
        /** The plan is made but the consultant should look. */
        WARNING
    }

    static PlanProblem error(String field, String ja, String en) {
        return new PlanProblem(Severity.ERROR, field, LocalizedText.of(ja, en));
    }

    static PlanProblem warning(String field, String ja, String en) {
        return new PlanProblem(Severity.WARNING, field, LocalizedText.of(ja, en));
    }
}
