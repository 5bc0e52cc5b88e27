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
}
