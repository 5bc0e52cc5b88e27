package dev.mailbench.host.handover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the handover commands need from the rest of the host: reading and writing project files, the
 * provider profile for a project, the plugins' sections and the consultant's template folder. Kept this
 * narrow so the commands can be tested without a whole workbench.
 */
public interface HandoverEnvironment {
    ProjectStore.Loaded load(Path file) throws ProjectFileException;

    /** Atomic; returns the JSON tree written. */
    JsonNode save(Path file, Project project, JsonNode source) throws IOException;

    ProviderProfile provider(Project project);

    List<HandoverContributor> contributors();

    Optional<Path> userTemplateDir();
}
