package dev.mailbench.design.testing;

import dev.mailbench.api.CliApi;
import dev.mailbench.api.HandoverApi;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.LogApi;
import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.ProjectApi;
import dev.mailbench.api.Registration;
import dev.mailbench.api.ServicesApi;
import dev.mailbench.api.SettingsApi;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.UiApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A small in-memory workbench for tests: the project lives in a field, every edit is recorded with its
 * description, listeners are called synchronously (tests call from the EDT where the host would).
 */
public final class FakeWorkbench implements WorkbenchApi {
    public static final String PLUGIN_ID = "mail-design";

    public final List<String> edits = new ArrayList<>();
    public final List<PanelContribution> panels = new ArrayList<>();
    public final List<HandoverContributor> sections = new ArrayList<>();
    public final List<Object> commands = new ArrayList<>();
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final List<Consumer<ProjectApi.ProjectEvent>> projectListeners = new ArrayList<>();
    private final List<Consumer<Locale>> localeListeners = new ArrayList<>();
    private Project project;
    private Locale locale = Locale.JAPANESE;

    public FakeWorkbench(Project project) {
        this.project = project;
    }

    public Project project0() {
        return project;
    }

    public void setLocale(Locale value) {
        locale = value;
        List.copyOf(localeListeners).forEach(l -> l.accept(value));
    }

    @Override
    public String pluginId() {
        return PLUGIN_ID;
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
                return Optional.empty();
            }

            @Override
            public ProviderProfile provider() {
                throw new UnsupportedOperationException("not needed by the design plugin");
            }

            @Override
            public void update(String description, UnaryOperator<Project> edit) {
                project = edit.apply(project);
                edits.add(description);
                fire(ProjectEvent.Kind.EDITED);
            }

            @Override
            public Registration addListener(Consumer<ProjectEvent> listener) {
                projectListeners.add(listener);
                return () -> projectListeners.remove(listener);
            }

            @Override
            public <T> Optional<T> readSection(Class<T> type) {
                Object value = project.plugins().get(PLUGIN_ID);
                return value == null ? Optional.empty() : Optional.of(SampleProject.mapper().convertValue(value, type));
            }

            @Override
            public <T> void writeSection(String description, T value) {
                Object plain = SampleProject.mapper().convertValue(value, Object.class);
                update(description, p -> {
                    Map<String, Object> plugins = new LinkedHashMap<>(p.plugins());
                    plugins.put(PLUGIN_ID, plain);
                    return p.withPlugins(plugins);
                });
            }
        };
    }

    private void fire(ProjectApi.ProjectEvent.Kind kind) {
        ProjectApi.ProjectEvent event = new ProjectApi.ProjectEvent(kind, project);
        List.copyOf(projectListeners).forEach(l -> l.accept(event));
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
                try {
                    result.complete(task.run(new TaskContext() {
                        @Override
                        public void progress(long done, long total, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
                return new TaskHandle<>() {
                    @Override
                    public CompletableFuture<T> result() {
                        return result;
                    }

                    @Override
                    public void cancel() {
                    }
                };
            }
        };
    }

    @Override
    public CliApi cli() {
        return new CliApi() {
            @Override
            public Registration registerCommand(Object picocliCommand) {
                commands.add(picocliCommand);
                return () -> commands.remove(picocliCommand);
            }

            @Override
            public Project loadProject(Path file) throws IOException {
                try {
                    return SampleProject.load(file);
                } catch (java.io.UncheckedIOException e) {
                    throw new IOException(file + ": " + e.getCause().getMessage(), e.getCause());
                }
            }

            @Override
            public ProviderProfile providerFor(Project p) {
                throw new UnsupportedOperationException("not needed by the design plugin");
            }
        };
    }

    @Override
    public HandoverApi handover() {
        return c -> {
            sections.add(c);
            return () -> sections.remove(c);
        };
    }

    @Override
    public SettingsApi settings() {
        Map<String, String> values = new HashMap<>();
        return new SettingsApi() {
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
                throw new UnsupportedOperationException("not needed by the design plugin");
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
