package dev.mailbench.host.plugins;

import dev.mailbench.api.CliApi;
import dev.mailbench.api.CliCommand;
import dev.mailbench.api.HandoverApi;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.LogApi;
import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.ProjectApi;
import dev.mailbench.api.Registration;
import dev.mailbench.api.RouteApi;
import dev.mailbench.api.ServicesApi;
import dev.mailbench.api.SettingsApi;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.UiApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.cli.ProjectReport;
import dev.mailbench.host.project.CheckedProject;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.provider.ProviderProfiles;
import java.io.IOException;
import dev.mailbench.host.i18n.LocaleHolder;
import dev.mailbench.host.settings.SettingsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import dev.mailbench.kit.swing.LocalizedComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WorkbenchApi} handed to one plugin. It records every registration so the host can roll all of
 * them back when the plugin fails during {@code initialize}.
 */
final class PluginApi implements WorkbenchApi {
    private final String pluginId;
    private final PluginHost host;
    private final ProjectApi project;
    private final ProviderProfiles profiles;
    private final SettingsStore settings;
    private final LocaleHolder locale;
    private final TasksApi tasks;
    private final Logger logger;
    private final List<Registration> registrations = new ArrayList<>();

    PluginApi(String pluginId, PluginHost host, ProjectApi project, ProviderProfiles profiles, SettingsStore settings,
              LocaleHolder locale, TasksApi tasks) {
        this.pluginId = pluginId;
        this.profiles = profiles;
        this.host = host;
        this.project = project;
        this.settings = settings;
        this.locale = locale;
        this.tasks = tasks;
        this.logger = LoggerFactory.getLogger("plugin." + pluginId);
    }

    /** Undoes everything this plugin registered. */
    synchronized void rollback() {
        List<Registration> all = new ArrayList<>(registrations);
        registrations.clear();
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).unregister();
        }
    }

    private synchronized Registration track(Registration registration) {
        Registration[] self = new Registration[1];
        boolean[] done = new boolean[1];
        self[0] = () -> {
            synchronized (PluginApi.this) {
                if (done[0]) {
                    return;
                }
                done[0] = true;
                registrations.remove(self[0]);
            }
            registration.unregister();
        };
        registrations.add(self[0]);
        return self[0];
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public UiApi ui() {
        return (PanelContribution contribution) -> track(host.addPanel(new PanelEntry(pluginId, contribution)));
    }

    @Override
    public ProjectApi project() {
        return new ProjectApi() {
            @Override
            public dev.mailbench.api.model.Project current() {
                return project.current();
            }

            @Override
            public Optional<Path> file() {
                return project.file();
            }

            @Override
            public Optional<Path> folder() {
                return project.folder();
            }

            @Override
            public dev.mailbench.api.provider.ProviderProfile provider() {
                return project.provider();
            }

            @Override
            public void update(String description, java.util.function.UnaryOperator<dev.mailbench.api.model.Project> edit) {
                project.update(description, edit);
            }

            @Override
            public Registration addListener(Consumer<ProjectEvent> listener) {
                return track(project.addListener(listener));
            }

            @Override
            public <T> Optional<T> readSection(Class<T> type) {
                return project.readSection(type);
            }

            @Override
            public <T> Optional<T> readSection(Project p, Class<T> type) {
                return project.readSection(p, type);
            }

            @Override
            public <T> void writeSection(String description, T value) {
                project.writeSection(description, value);
            }

            @Override
            public <T> void recordSection(T value) {
                project.recordSection(value);
            }
        };
    }

    @Override
    public ServicesApi services() {
        return new ServicesApi() {
            @Override
            public <T> Registration provide(Class<T> type, T implementation) {
                return track(host.serviceRegistry().provide(type, implementation));
            }

            @Override
            public <T> Optional<T> find(Class<T> type) {
                return host.serviceRegistry().find(type);
            }
        };
    }

    @Override
    public TasksApi tasks() {
        return tasks;
    }

    @Override
    public CliApi cli() {
        return new CliApi() {
            @Override
            public Registration registerCommand(CliCommand command) {
                return track(host.addCommand(new CommandEntry(pluginId, command)));
            }

            @Override
            public Project loadProject(Path file) throws IOException {
                CheckedProject checked;
                try {
                    checked = CheckedProject.load(new ProjectStore(), file);
                } catch (ProjectFileException e) {
                    throw new IOException(ProjectReport.unreadable(e), e);
                }
                if (checked.hasErrors()) {
                    throw ProjectReport.invalid(file, checked);
                }
                return checked.project();
            }

            @Override
            public ProviderProfile providerFor(Project project) {
                return profiles.resolve(project.provider());
            }
        };
    }

    @Override
    public HandoverApi handover() {
        return contributor -> track(host.addHandover(new HandoverEntry(pluginId, contributor)));
    }

    @Override
    public RouteApi route() {
        return contributor -> track(host.addRouteStep(new RouteEntry(pluginId, contributor)));
    }

    @Override
    public SettingsApi settings() {
        return new SettingsApi() {
            @Override
            public Optional<String> get(String key) {
                return settings.pluginValue(pluginId, key);
            }

            @Override
            public void put(String key, String value) {
                settings.putPluginValue(pluginId, key, value);
            }

            @Override
            public Path dataFolder() {
                return settings.pluginDataFolder(pluginId);
            }
        };
    }

    @Override
    public I18nApi i18n() {
        return new I18nApi() {
            @Override
            public Locale locale() {
                return locale.locale();
            }

            @Override
            public Registration addLocaleListener(Consumer<Locale> listener) {
                return track(locale.addListener(listener));
            }

            @Override
            public <C extends JComponent> C bind(C component, LocalizedText text) {
                return LocalizedComponents.bind(component, text, locale.locale());
            }

            @Override
            public <C extends JComponent> C bindTooltip(C component, LocalizedText text) {
                return LocalizedComponents.bindTooltip(component, text, locale.locale());
            }

            @Override
            public <C extends JComponent> C bindPlaceholder(C component, LocalizedText text) {
                return LocalizedComponents.bindPlaceholder(component, text, locale.locale());
            }

            @Override
            public void bindColumns(JTable table, LocalizedText... headers) {
                LocalizedComponents.bindColumns(table, locale.locale(), headers);
            }

            @Override
            public void bindTabs(JTabbedPane tabs, LocalizedText... titles) {
                LocalizedComponents.bindTabs(tabs, locale.locale(), titles);
            }
        };
    }

    @Override
    public LogApi log() {
        return new LogApi() {
            @Override
            public void info(String message) {
                logger.info("[{}] {}", pluginId, message);
            }

            @Override
            public void warn(String message, Throwable error) {
                logger.warn("[{}] {}", pluginId, message, error);
            }

            @Override
            public void error(String message, Throwable error) {
                logger.error("[{}] {}", pluginId, message, error);
            }
        };
    }
}
