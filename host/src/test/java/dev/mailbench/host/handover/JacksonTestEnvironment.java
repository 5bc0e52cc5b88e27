package dev.mailbench.host.handover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.handover.cli.HandoverEnvironment;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A handover environment on plain Jackson, for testing the commands on their own. */
final class JacksonTestEnvironment implements HandoverEnvironment {
    private final List<HandoverContributor> contributors;

    JacksonTestEnvironment(List<HandoverContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public ProjectStore.Loaded load(Path file) throws ProjectFileException {
        try {
            JsonNode tree = TestProjects.mapper().readTree(file.toFile());
            return new ProjectStore.Loaded(TestProjects.mapper().treeToValue(tree, Project.class), tree, false);
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, 0, e.getMessage(), e);
        }
    }

    @Override
    public JsonNode save(Path file, Project project, JsonNode source) throws IOException {
        JsonNode tree = TestProjects.mapper().valueToTree(project);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".save", ".tmp");
        TestProjects.mapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), project);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return tree;
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
