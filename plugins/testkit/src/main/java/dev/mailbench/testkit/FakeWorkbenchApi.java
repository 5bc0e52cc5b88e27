package dev.mailbench.testkit;

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
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.kit.json.Json;
import dev.mailbench.kit.swing.LocalizedComponents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import javax.swing.JTable;

/**
 * Just enough workbench for the plugin's tests: a project in memory, tasks on plain threads (or inline), sections
 * stored as plain JSON values the way the host stores them, listeners called synchronously.
 */
public final class FakeWorkbenchApi implements WorkbenchApi {
    private final String pluginId;
    public Project project;
    public Path projectFile;
    public ProviderProfile provider;
    public Locale locale = Locale.JAPANESE;
    /** Run submitted tasks on the caller's thread, so a test sees their result at once. */
    public boolean synchronousTasks;
    /** {@code cli().loadProject(file)} reads the file instead of returning {@link #project}. */
    public boolean loadProjectsFromDisk;
    public final List<String> edits = new ArrayList<>();
    /** The plugin ids whose section was stored as a result ({@code recordSection}), which is not an edit. */
    public final List<String> recorded = new ArrayList<>();
    public final Map<Class<?>, Object> services = new HashMap<>();
    public final List<CliCommand> commands = new ArrayList<>();
    public final List<PanelContribution> panels = new ArrayList<>();
    public final List<HandoverContributor> sections = new ArrayList<>();
    public final List<RouteStepContributor> routeSteps = new ArrayList<>();
    private final List<Consumer<ProjectApi.ProjectEvent>> projectListeners = new ArrayList<>();
    private final List<Consumer<Locale>> localeListeners = new ArrayList<>();
    private final Map<JComponent, FakePanelScope> openPanels = new LinkedHashMap<>();

    public FakeWorkbenchApi(String pluginId, Project project, Path projectFile, ProviderProfile provider) {
        this.pluginId = pluginId;
        this.project = project;
        this.projectFile = projectFile;
        this.provider = provider;
    }

    public static ProviderProfile xserverTest() {
        return new ProviderProfile("xserver", "エックスサーバー (Xserver)", "sv1234.xserver.test", null, null, null, null, null, null,
                "FULL_ADDRESS", "spf.sender.xserver.test",
                "v=spf1 +a:{mailHost} +a:{domain} +mx include:spf.sender.xserver.test ~all", List.of("default"),
                "v=DMARC1; p=none;", "{domain}", Map.of());
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    /**
     * Switches the language as the host's language menu does: relabels the texts bound in every open panel,
     * then tells the panels' and the plugin's locale listeners. Call it on the EDT when a panel is open.
     */
    public void setLocale(Locale value) {
        locale = value;
        openPanels.keySet().forEach(panel -> LocalizedComponents.relabel(panel, value));
        List.copyOf(openPanels.values()).forEach(scope -> scope.localeChanged(value));
        List.copyOf(localeListeners).forEach(l -> l.accept(value));
    }

    /** Builds the panel of {@code contribution} as the host does when its tab opens (call on the EDT). */
    public JComponent openPanel(PanelContribution contribution) throws Exception {
        FakePanelScope scope = new FakePanelScope();
        JComponent panel = contribution.factory().createPanel(scope);
        openPanels.put(panel, scope);
        return panel;
    }

    /** Builds the plugin's only (or first) registered panel. */
    public JComponent openPanel() throws Exception {
        return openPanel(panels.get(0));
    }

    /** Disposes {@code panel} as the host does when its tab closes. */
    public void closePanel(JComponent panel) {
        FakePanelScope scope = openPanels.remove(panel);
        if (scope != null) {
            scope.dispose();
        }
    }

    /** Project and locale listeners still registered, plus what open panels hold: 0 once every panel is closed. */
    public int listenerCount() {
        return projectListeners.size() + localeListeners.size()
                + openPanels.values().stream().mapToInt(FakePanelScope::liveCount).sum();
    }

    private void projectEvent(ProjectApi.ProjectEvent event) {
        List.copyOf(projectListeners).forEach(l -> l.accept(event));
        List.copyOf(openPanels.values()).forEach(scope -> scope.projectEvent(event));
    }

    @Override
    public UiApi ui() {
        return c -> {
            panels.add(c);
            return () -> panels.remove(c);
        };
    }

    @Override
    public ProjectApi project() {
        return new ProjectApi() {
            @Override
            public Project current() {
                return project;
            }

            @Override
            public Optional<Path> file() {
                return Optional.ofNullable(projectFile);
            }

            @Override
            public ProviderProfile provider() {
                return provider;
            }

            @Override
            public void update(String description, UnaryOperator<Project> edit) {
                edits.add(description);
                project = edit.apply(project);
                projectEvent(new ProjectEvent(ProjectEvent.Kind.EDITED, project));
            }

            @Override
            public Registration addListener(Consumer<ProjectEvent> listener) {
                projectListeners.add(listener);
                return () -> projectListeners.remove(listener);
            }

            @Override
            public <T> Optional<T> readSection(Class<T> type) {
                return readSection(project, type);
            }

            @Override
            public <T> Optional<T> readSection(Project p, Class<T> type) {
                return Optional.ofNullable(p.plugins().get(pluginId())).map(v -> Json.convert(v, type));
            }

            @Override
            public <T> void recordSection(T value) {
                Object plain = Json.mapper().convertValue(value, Object.class);
                recorded.add(pluginId());
                Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
                plugins.put(pluginId(), plain);
                project = project.withPlugins(plugins);
                projectEvent(new ProjectEvent(ProjectEvent.Kind.EDITED, project));
            }

            @Override
            public <T> void writeSection(String description, T value) {
                Object plain = Json.mapper().convertValue(value, Object.class);
                update(description, p -> {
                    Map<String, Object> plugins = new LinkedHashMap<>(p.plugins());
                    plugins.put(pluginId(), plain);
                    return p.withPlugins(plugins);
                });
            }
        };
    }

    @Override
    public ServicesApi services() {
        return new ServicesApi() {
            @Override
            public <T> Registration provide(Class<T> type, T implementation) {
                services.put(type, implementation);
                return () -> services.remove(type);
            }

            @Override
            public <T> Optional<T> find(Class<T> type) {
                return Optional.ofNullable(type.cast(services.get(type)));
            }
        };
    }

    @Override
    public TasksApi tasks() {
        return new TasksApi() {
            @Override
            public <T> TaskHandle<T> submit(LocalizedText title, BackgroundTask<T> task) {
                CompletableFuture<T> result = new CompletableFuture<>();
                AtomicBoolean cancelled = new AtomicBoolean();
                TaskContext context = new TaskContext() {
                    @Override
                    public void progress(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                };
                Runnable run = () -> {
                    try {
                        result.complete(task.run(context));
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                };
                if (synchronousTasks) {
                    run.run();
                } else {
                    Thread worker = new Thread(run, "fake-task");
                    worker.setDaemon(true);
                    worker.start();
                }
                return new TaskHandle<>() {
                    @Override
                    public CompletableFuture<T> result() {
                        return result;
                    }

                    @Override
                    public void cancel() {
                        cancelled.set(true);
                        result.completeExceptionally(new CancellationException());
                    }
                };
            }
        };
    }

    @Override
    public CliApi cli() {
        return new CliApi() {
            @Override
            public Registration registerCommand(CliCommand command) {
                commands.add(command);
                return () -> { };
            }

            @Override
            public Project loadProject(Path file) throws IOException {
                return loadProjectsFromDisk ? SampleProject.load(file) : project;
            }

            @Override
            public ProviderProfile providerFor(Project p) {
                return provider;
            }
        };
    }

    @Override
    public HandoverApi handover() {
        return c -> {
            sections.add(c);
            return () -> { };
        };
    }

    @Override
    public RouteApi route() {
        return c -> {
            routeSteps.add(c);
            return () -> routeSteps.remove(c);
        };
    }

    @Override
    public SettingsApi settings() {
        return new SettingsApi() {
            private final Map<String, String> values = new HashMap<>();

            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }

            @Override
            public Path dataFolder() {
                return Path.of(System.getProperty("java.io.tmpdir"));
            }
        };
    }

    @Override
    public I18nApi i18n() {
        return new I18nApi() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public Registration addLocaleListener(Consumer<Locale> listener) {
                localeListeners.add(listener);
                return () -> localeListeners.remove(listener);
            }

            @Override
            public <C extends JComponent> C bind(C component, LocalizedText text) {
                return LocalizedComponents.bind(component, text, locale);
            }

            @Override
            public <C extends JComponent> C bindTooltip(C component, LocalizedText text) {
                return LocalizedComponents.bindTooltip(component, text, locale);
            }

            @Override
            public <C extends JComponent> C bindPlaceholder(C component, LocalizedText text) {
                return LocalizedComponents.bindPlaceholder(component, text, locale);
            }

            @Override
            public void bindColumns(JTable table, LocalizedText... headers) {
                LocalizedComponents.bindColumns(table, locale, headers);
            }

            @Override
            public void bindTabs(JTabbedPane tabs, LocalizedText... titles) {
                LocalizedComponents.bindTabs(tabs, locale, titles);
            }
        };
    }

    @Override
    public LogApi log() {
        return new LogApi() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message, Throwable error) {
            }

            @Override
            public void error(String message, Throwable error) {
            }
        };
    }
}
