package dev.mailbench.host.handover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.Workbench;
import dev.mailbench.host.plugins.HandoverEntry;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The handover environment of a running workbench: its store, provider profiles, plugins and settings. */
public record WorkbenchHandoverEnvironment(Workbench workbench) implements HandoverEnvironment {
    @Override
    public ProjectStore.Loaded load(Path file) throws ProjectFileException {
        return workbench.projectStore().load(file);
    }

    @Override
    public JsonNode save(Path file, Project project, JsonNode source) throws IOException {
        return workbench.projectStore().save(file, project, source);
    }

    @Override
    public ProviderProfile provider(Project project) {
        return workbench.providerProfiles().resolve(project.provider());
    }

    @Override
    public List<HandoverContributor> contributors() {
        return workbench.plugins().handoverContributors().stream().map(HandoverEntry::contributor).toList();
    }

    @Override
    public Optional<Path> userTemplateDir() {
        String dir = workbench.settings().userTemplateDir();
        return dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** The environment of the {@code mailbench} root command a handover sub-command runs under. */
    static HandoverEnvironment ofRoot(picocli.CommandLine.Model.CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof dev.mailbench.host.cli.MailbenchCommand command) {
            return new WorkbenchHandoverEnvironment(command.workbench());
        }
        throw new IllegalStateException("handover commands run under the mailbench root command");
    }
}
