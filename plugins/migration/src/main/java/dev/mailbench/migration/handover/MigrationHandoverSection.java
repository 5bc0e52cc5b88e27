package dev.mailbench.migration.handover;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import java.util.Optional;

/** Placeholder: the migration timeline and task list in the handover documents. */
public final class MigrationHandoverSection implements HandoverContributor {
    public MigrationHandoverSection(WorkbenchApi api) {
    }

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        return Optional.empty();
    }
}
