package dev.mailbench.api.route;

import dev.mailbench.api.model.Project;
import java.util.Optional;

/**
 * Speaks for one step of the visit route on the project's start page: how far the project has got with the part
 * the plugin owns, read from what the plugin saved in the project. Called on the event dispatch thread each time
 * the page is rebuilt (every edit, every language switch), so it reads the given project only: no file, network or
 * other slow work, and nothing from {@code api.project().current()}.
 */
public interface RouteStepContributor {
    VisitStep step();

    /**
     * The state for {@code project}; empty when the plugin has nothing to say for it (its work was never started
     * here), so the host uses its own rule or another plugin's state for that step.
     */
    Optional<StepStatus> status(Project project);

    /** The id of this plugin's panel that "go there" opens; empty for the step's usual place. */
    default String panelId() {
        return "";
    }
}
