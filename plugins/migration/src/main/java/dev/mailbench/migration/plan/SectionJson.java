package dev.mailbench.migration.plan;

import dev.mailbench.api.model.Project;
import dev.mailbench.kit.json.Json;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.migration.model.MigrationSection;

/**
 * Reads the migration section straight from a project (for the handover documents and the command line, which
 * get a {@link Project} rather than the open one), through the workbench's one JSON set-up.
 */
public final class SectionJson {
    private SectionJson() {
    }

    public static MigrationSection read(Project project) {
        Object plain = project.plugins().get(MigrationPlugin.ID);
        return plain == null ? MigrationSection.empty() : Json.convert(plain, MigrationSection.class);
    }
}
