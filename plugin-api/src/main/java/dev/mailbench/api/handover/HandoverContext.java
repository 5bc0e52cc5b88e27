package dev.mailbench.api.handover;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.util.Locale;

/** What a contributor builds its section from. */
public interface HandoverContext {
    Project project();

    ProviderProfile provider();

    /** The document language: Japanese unless English was asked for. */
    Locale locale();

    /** A context of fixed values: what the host hands every contributor of one export, and what tests build. */
    static HandoverContext of(Project project, ProviderProfile provider, Locale locale) {
        return new Fixed(project, provider, locale);
    }

    /** The context {@link #of} returns. */
    record Fixed(Project project, ProviderProfile provider, Locale locale) implements HandoverContext {
    }
}
