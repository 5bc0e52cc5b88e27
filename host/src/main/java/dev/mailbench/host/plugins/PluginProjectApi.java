package dev.mailbench.host.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.ProjectApi;
import dev.mailbench.api.Registration;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.project.JsonMerge;
import dev.mailbench.host.project.ProjectJson;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.provider.ProviderProfiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProjectApi} for one plugin over the shared {@link ProjectSession}. The plugin's section is
 * {@code project.plugins().get(pluginId)}, converted with the host's one mapper; writing merges onto the
 * existing section so fields a newer version of the plugin wrote survive an older one's write.
 */
public final class PluginProjectApi implements ProjectApi {
    private static final Logger LOG = LoggerFactory.getLogger(PluginProjectApi.class);

    private final String pluginId;
    private final ProjectSession session;
    private final ProviderProfiles profiles;

    public PluginProjectApi(String pluginId, ProjectSession session, ProviderProfiles profiles) {
        this.pluginId = pluginId;
        this.session = session;
        this.profiles = profiles;
    }

    @Override
    public Project current() {
        return session.project();
    }

    @Override
    public Optional<Path> file() {
        return session.file();
    }

    @Override
    public Optional<Path> folder() {
        return session.folder();
    }

    @Override
    public ProviderProfile provider() {
        var ref = current().provider();
        try {
            return profiles.resolve(ref);
        } catch (IllegalArgumentException e) {
            // A bad override must not take every plugin down: fall back to the profile without overrides.
            LOG.warn("[{}] {}", pluginId, e.getMessage());
            return profiles.resolve(new dev.mailbench.api.model.ProviderRef(ref.profileId(), ref.serverId(), Map.of()));
        }
    }

    @Override
    public void update(String description, UnaryOperator<Project> edit) {
        session.update(description, edit);
    }

    @Override
    public Registration addListener(Consumer<ProjectEvent> listener) {
        return session.addListener(listener);
    }

    @Override
    public <T> Optional<T> readSection(Class<T> type) {
        return readSection(current(), type);
    }

    @Override
    public <T> Optional<T> readSection(Project project, Class<T> type) {
        Object raw = project.plugins().get(pluginId);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(ProjectJson.mapper().convertValue(raw, type));
    }

    @Override
    public <T> void writeSection(String description, T value) {
        session.update(description, project -> withSection(project, value));
    }

    @Override
    public <T> void recordSection(T value) {
        session.record(project -> withSection(project, value));
    }

    private <T> Project withSection(Project project, T value) {
        Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
        if (value == null) {
            plugins.remove(pluginId);
        } else {
            JsonNode written = ProjectJson.toTree(value);
            Object existing = plugins.get(pluginId);
            JsonNode merged = existing == null ? written
                    : JsonMerge.merge(written, ProjectJson.toTree(existing));
            plugins.put(pluginId, ProjectJson.mapper().convertValue(merged, Object.class));
        }
        return project.withPlugins(plugins);
    }
}
