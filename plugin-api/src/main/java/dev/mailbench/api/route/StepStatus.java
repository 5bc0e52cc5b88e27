package dev.mailbench.api.route;

import dev.mailbench.api.model.LocalizedText;
import java.util.Objects;

/**
 * A step's state and the one sentence under its title on the start page. Keep the summary short: the page gives it
 * about 60 full-width characters (two lines at 1024x768) and it says what is left, not how.
 */
public record StepStatus(StepState state, LocalizedText summary) {
    public StepStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(summary, "summary");
    }

    public static StepStatus of(StepState state, String ja, String en) {
        return new StepStatus(state, LocalizedText.of(ja, en));
    }
}
