package dev.mailbench.migration.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mailbench.api.model.Project;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.migration.model.MigrationSection;

/**
 * Reads the migration section straight from a project (for the handover documents and the command line, which
 * get a {@link Project} rather than the open one), with the same choices as the host's mapper.
 */
public final class SectionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SectionJson() {
    }

    public static MigrationSection read(Project project) {
        Object plain = project.plugins().get(MigrationPlugin.ID);
        return plain == null ? MigrationSection.empty() : MAPPER.convertValue(plain, MigrationSection.class);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
