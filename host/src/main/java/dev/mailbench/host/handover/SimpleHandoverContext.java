package dev.mailbench.host.handover;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.util.Locale;

/** The context handed to every contributor of one export. */
public record SimpleHandoverContext(Project project, ProviderProfile provider, Locale locale)
        implements HandoverContext {
}
