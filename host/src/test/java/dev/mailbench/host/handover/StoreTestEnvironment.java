package dev.mailbench.host.handover;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.handover.cli.HandoverEnvironment;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The host's real store and profiles with a fixed list of contributors, without a whole workbench. */
final class StoreTestEnvironment implements HandoverEnvironment {
    private final ProjectStore store = new ProjectStore();
    private final List<HandoverContributor> contributors;

    StoreTestEnvironment(List<HandoverContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public ProjectStore.Loaded load(Path file) throws ProjectFileException {
        return store.load(file);
    }

    @Override
    public JsonNode save(Path file, Project project, JsonNode source) throws IOException {
        return store.save(file, project, source);
    }

    @Override
    public ProviderProfile provider(Project project) {
        return TestProjects.xserver(project.provider().serverId());
    }

    @Override
    public List<HandoverContributor> contributors() {
        return contributors;
    }

    @Override
    public Optional<Path> userTemplateDir() {
        return Optional.empty();
    }
}
