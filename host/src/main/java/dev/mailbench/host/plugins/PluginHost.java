package dev.mailbench.host.plugins;

import dev.mailbench.api.Registration;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.host.i18n.LocaleHolder;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.provider.ProviderProfiles;
import dev.mailbench.host.settings.SettingsStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the PF4J plugin manager on one dedicated thread ("mailbench-plugins"): every PF4J call, and each
 * plugin's {@code initialize}, runs there; the public methods hop onto it and wait. What plugins register
 * is kept here (panels, handover contributors, visit route steps, CLI commands, services) for the UI and the CLI.
 *
 * <p><b>Where plugins come from.</b> System property {@code mailbench.plugins.dir}, else
 * {@code <folder of mailbench.jar>/plugins} ({@code dist/plugins}). In development mode (system property
 * {@code pf4j.mode=development} or {@code mailbench.dev=true}) the Maven modules {@code plugins/* /} of the
 * source tree are used directly: PF4J's development loader puts {@code target/classes} and
 * {@code target/lib/*.jar} on the plugin's class path and its manifest finder searches the module folder for
 * a {@code MANIFEST.MF}; {@code plugins/pom.xml} writes one to {@code target/classes/META-INF/} (from the
 * same {@code plugin.*} properties as the jar manifest), so {@code mvn compile} of a plugin is enough.
 *
 * <p><b>Failure isolation.</b> A plugin whose jar cannot be read, whose descriptor is invalid, whose plugin
 * class is missing, whose {@code Plugin.start} throws, or whose {@code WorkbenchPlugin.initialize} throws
 * is {@code FAILED} with its error text, and everything it had registered is rolled back; the others are
 * unaffected. A panel whose factory throws ({@link #markPanelFailed}) marks the plugin {@code FAILED} with
 * that error too, but its other registrations stay: its other panels, commands and services may work,
 * and other plugins may depend on its services; the UI shows the error in that panel's tab.
 *
 * <p><b>Enabling and disabling</b> ({@link #setEnabled}) is stored in {@code AppSettings.disabledPlugins}
 * and takes effect at the next start: unloading a running plugin's classes safely while its panels are
 * open is not worth the risk.
 */
public final class PluginHost implements AutoCloseable {
    /** Set to {@code true} ({@code -Dmailbench.samples=true}) to start the sample plugins too (plugin authors). */
    public static final String SAMPLES_PROPERTY = "mailbench.samples";

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final Path pluginsDir;
    private final RuntimeMode mode;
    private final ProjectSession session;
    private final ProviderProfiles profiles;
    private final SettingsStore settings;
    private final LocaleHolder locale;
    private final TasksApi tasks;
    private final ExecutorService thread;
    private volatile Thread pluginThread;

    private final ServiceRegistry services = new ServiceRegistry();
    private final List<PanelEntry> panels = new CopyOnWriteArrayList<>();
    private final List<HandoverEntry> handovers = new CopyOnWriteArrayList<>();
    private final List<RouteEntry> routeSteps = new CopyOnWriteArrayList<>();
    private final List<CommandEntry> commands = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private final Map<String, String> panelErrors = new LinkedHashMap<>();
    private MailbenchPluginManager manager;
    private boolean started;
    private Future<?> background;

    public PluginHost(Path pluginsDir, RuntimeMode mode, ProjectSession session, ProviderProfiles profiles,
                      SettingsStore settings, LocaleHolder locale, TasksApi tasks) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.mode = Objects.requireNonNull(mode);
        this.session = session;
        this.profiles = profiles;
        this.settings = settings;
        this.locale = locale;
        this.tasks = tasks;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mailbench-plugins");
            t.setDaemon(true);
            pluginThread = t;
            return t;
        });
    }

    /** Development mode: {@code pf4j.mode=development} or {@code mailbench.dev=true}. */
    public static RuntimeMode defaultMode() {
        boolean dev = "development".equalsIgnoreCase(System.getProperty("pf4j.mode", ""))
                || Boolean.parseBoolean(System.getProperty("mailbench.dev", "false"));
        return dev ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
    }

    /** Where plugins are looked for when no folder is given; see the class comment. */
    public static Path defaultPluginsDir(RuntimeMode mode) {
        String explicit = System.getProperty("mailbench.plugins.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path code = codeLocation();
        if (mode == RuntimeMode.DEVELOPMENT) {
            // host/target/classes (or dist/mailbench.jar) → walk up to the source tree's root.
            for (Path dir = code; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("plugins/pom.xml")) && Files.isDirectory(dir.resolve("plugin-api"))) {
                    return dir.resolve("plugins");
                }
            }
            return Path.of("plugins").toAbsolutePath();
        }
        Path base = Files.isRegularFile(code) ? code.getParent() : code;
        return base.resolve("plugins");
    }

    private static Path codeLocation() {
        try {
            return Path.of(PluginHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    public RuntimeMode mode() {
        return mode;
    }

    /** Loads, starts and initializes the plugins (once). Never throws for a plugin's fault. */
    public void start() {
        onPluginThread(() -> {
            if (started) {
                return null;
            }
            started = true;
            startOnThread();
            return null;
        });
        fireChange();
    }

    /**
     * Starts the plugins on the plugin thread and returns at once: the window calls this after its first paint.
     * Whatever needs the plugins first ({@link #plugins()}, {@link #handoverContributors()}, {@link #commands()},
     * {@link #awaitStarted()}) waits for that start; the panels arrive through the change listeners.
     */
    public void startInBackground() {
        synchronized (this) {
            if (background != null) {
                return;
            }
            background = thread.submit(() -> {
                if (!started) {
                    started = true;
                    startOnThread();
                }
                dev.mailbench.host.StartupTrace.mark("plugins started");
                fireChange();
                return null;
            });
        }
    }

    /** Waits until a start begun by {@link #startInBackground} is over (at once when none was begun). */
    public void awaitStarted() {
        Future<?> pending;
        synchronized (this) {
            pending = background;
        }
        if (pending == null || pending.isDone() || Thread.currentThread() == pluginThread) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("Starting the plugins failed", e.getCause());
        }
    }

    /** True while a start begun by {@link #startInBackground} is still running. */
    public synchronized boolean isStarting() {
        return background != null && !background.isDone();
    }

    /**
     * For a command line: starts only the plugins whose manifest declares {@code command} (and their
     * dependencies); all of them when none does. The others are left not started (shown as disabled).
     */
    public void startFor(String command) {
        onPluginThread(() -> {
            if (started) {
                return null;
            }
            started = true;
            startOnThread(command == null ? Set.of() : PluginCommandIndex.notNeededFor(pluginsDir, mode, command));
            return null;
        });
        fireChange();
    }

    private void startOnThread() {
        startOnThread(Set.of());
    }

    private void startOnThread(Set<String> notNeeded) {
        Set<String> disabled = new HashSet<>(settings.get().disabledPlugins());
        disabled.addAll(notNeeded);
        if (!Boolean.getBoolean(SAMPLES_PROPERTY)) {
            disabled.addAll(PluginCommandIndex.samples(pluginsDir, mode));
        }
        manager = MailbenchPluginManager.create(pluginsDir, mode, disabled);
        if (!Files.isDirectory(pluginsDir)) {
            LOG.info("No plugins folder at {}", pluginsDir);
            return;
        }
        try {
            manager.loadAll();
        } catch (RuntimeException e) {
            LOG.error("Resolving plugins failed", e);
        }
        for (Map.Entry<Path, Throwable> failure : manager.loadFailures().entrySet()) {
            String id = failure.getKey().getFileName().toString().replaceFirst("\\.(jar|zip)$", "");
            setStatus(new PluginStatus(id, "", failure.getKey().toString(), PluginStatus.State.FAILED,
                    "プラグインを読み込めません / Cannot load the plugin: " + failure.getKey() + "\n"
                            + jarProblem(failure.getKey()).map(e -> stackTrace(e) + "\n").orElse("")
                            + stackTrace(failure.getValue())));
        }
        for (PluginWrapper w : manager.getPlugins()) {
            if (w.getPluginState() == PluginState.DISABLED) {
                setStatus(status(w, PluginStatus.State.DISABLED, "無効にされています / Disabled in settings"));
            }
        }
        for (PluginWrapper w : manager.getResolvedPlugins()) {
            if (w.getPluginState() != PluginState.DISABLED) {
                startOne(w);
            }
        }
        for (PluginWrapper w : manager.getUnresolvedPlugins()) {
            if (!statuses.containsKey(w.getPluginId())) {
                setStatus(status(w, PluginStatus.State.FAILED,
                        "依存するプラグインがないか、バージョンが合いません / Unresolved dependencies: "
                                + w.getDescriptor().getDependencies()));
            }
        }
    }

    private void startOne(PluginWrapper w) {
        String id = w.getPluginId();
        PluginState state;
        try {
            state = manager.startPlugin(id);
        } catch (Throwable e) {
            setStatus(status(w, PluginStatus.State.FAILED, "開始できません / Cannot start: " + stackTrace(e)));
            return;
        }
        if (state != PluginState.STARTED) {
            Throwable cause = w.getFailedException();
            String why = cause != null ? stackTrace(cause)
                    : w.getPlugin() == null ? "プラグインクラス「" + w.getDescriptor().getPluginClass()
                    + "」を作成できません / Cannot create the plugin class" : "state " + state;
            if (cause instanceof NullPointerException && w.getPlugin() == null) {
                why = "プラグインクラス「" + w.getDescriptor().getPluginClass()
                        + "」を作成できません（見つからないか、Plugin のサブクラスではありません） / Cannot create the plugin class\n" + why;
            }
            setStatus(status(w, PluginStatus.State.FAILED, why));
            return;
        }
        PluginApi api = new PluginApi(id, this, new PluginProjectApi(id, session, profiles), profiles, settings, locale, tasks);
        try {
            List<WorkbenchPlugin> entries = manager.getExtensions(WorkbenchPlugin.class, id);
            if (entries.isEmpty()) {
                LOG.warn("Plugin {} has no WorkbenchPlugin extension (missing META-INF/extensions.idx?)", id);
            }
            for (WorkbenchPlugin entry : entries) {
                entry.initialize(api);
            }
            setStatus(status(w, PluginStatus.State.STARTED, ""));
        } catch (Throwable e) {
            api.rollback();
            setStatus(status(w, PluginStatus.State.FAILED, "初期化に失敗しました / initialize failed: " + stackTrace(e)));
            try {
                manager.stopPlugin(id);
            } catch (Throwable stop) {
                LOG.warn("Stopping failed plugin {} failed too", id, stop);
            }
        }
    }

    private static PluginStatus status(PluginWrapper w, PluginStatus.State state, String error) {
        return new PluginStatus(w.getPluginId(), w.getDescriptor().getVersion(),
                w.getDescriptor().getPluginDescription(), state, error);
    }

    private synchronized void setStatus(PluginStatus status) {
        statuses.put(status.id(), status);
        if (status.state() == PluginStatus.State.FAILED) {
            LOG.error("Plugin {} failed: {}", status.id(), status.error());
        }
    }

    /** Every plugin found, in load order. */
    public List<PluginStatus> plugins() {
        awaitStarted();
        synchronized (this) {
            return List.copyOf(statuses.values());
        }
    }

    public Optional<PluginStatus> plugin(String id) {
        awaitStarted();
        synchronized (this) {
            return Optional.ofNullable(statuses.get(id));
        }
    }

    public List<PanelEntry> panels() {
        return panels.stream()
                .sorted((a, b) -> Integer.compare(a.contribution().order(), b.contribution().order()))
                .toList();
    }

    public List<HandoverEntry> handoverContributors() {
        awaitStarted();
        return List.copyOf(handovers);
    }

    /** What the plugins say about the steps of the visit route, in load order. */
    public List<RouteEntry> routeContributors() {
        return List.copyOf(routeSteps);
    }

    public List<CommandEntry> commands() {
        awaitStarted();
        return List.copyOf(commands);
    }

    public ServiceRegistry serviceRegistry() {
        return services;
    }

    /**
     * Reports that a panel's factory threw: the plugin shows as FAILED with this error; its other
     * registrations stay (see the class comment).
     */
    public void markPanelFailed(String pluginId, String panelId, Throwable error) {
        synchronized (this) {
            String text = "パネル「" + panelId + "」を作成できません / Cannot create panel " + panelId + ": "
                    + stackTrace(error);
            panelErrors.put(pluginId + "/" + panelId, text);
            PluginStatus old = statuses.get(pluginId);
            statuses.put(pluginId, new PluginStatus(pluginId, old == null ? "" : old.version(),
                    old == null ? "" : old.description(), PluginStatus.State.FAILED,
                    old != null && !old.error().isEmpty() ? old.error() + "\n\n" + text : text));
        }
        LOG.error("Panel {} of plugin {} failed", panelId, pluginId, error);
        fireChange();
    }

    /** The error of a panel reported by {@link #markPanelFailed}, for its tab. */
    public synchronized Optional<String> panelError(String pluginId, String panelId) {
        return Optional.ofNullable(panelErrors.get(pluginId + "/" + panelId));
    }

    /** Persists the choice in {@code AppSettings.disabledPlugins}; takes effect at the next start. */
    public void setEnabled(String id, boolean enabled) {
        settings.update(s -> {
            List<String> disabled = new ArrayList<>(s.disabledPlugins());
            disabled.remove(id);
            if (!enabled) {
                disabled.add(id);
            }
            return s.withDisabledPlugins(disabled);
        });
        fireChange();
    }

    /** Whether {@code id} will be started at the next start. */
    public boolean isEnabled(String id) {
        return !settings.get().disabledPlugins().contains(id);
    }

    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    Registration addPanel(PanelEntry entry) {
        panels.add(entry);
        fireChange();
        return () -> {
            if (panels.remove(entry)) {
                fireChange();
            }
        };
    }

    Registration addHandover(HandoverEntry entry) {
        handovers.add(entry);
        fireChange();
        return () -> {
            if (handovers.remove(entry)) {
                fireChange();
            }
        };
    }

    Registration addRouteStep(RouteEntry entry) {
        routeSteps.add(entry);
        fireChange();
        return () -> {
            if (routeSteps.remove(entry)) {
                fireChange();
            }
        };
    }

    Registration addCommand(CommandEntry entry) {
        if (!entry.command().getClass().isAnnotationPresent(picocli.CommandLine.Command.class)) {
            throw new IllegalArgumentException(entry.command().getClass().getName()
                    + " is not annotated with picocli's @Command: see CliCommand");
        }
        commands.add(entry);
        fireChange();
        return () -> {
            if (commands.remove(entry)) {
                fireChange();
            }
        };
    }

    private void fireChange() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("plugin change listener failed", e);
            }
        }
    }

    /** Runs {@code work} on the plugin thread and waits for it. */
    public <T> T onPluginThread(Callable<T> work) {
        if (Thread.currentThread() == pluginThread) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> future = thread.submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the plugin thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the plugins and the plugin thread. */
    @Override
    public void close() {
        if (!thread.isShutdown()) {
            try {
                onPluginThread(() -> {
                    if (manager != null) {
                        // One by one, newest first: PF4J 3.15's stopPlugins() removes from the list it
                        // iterates (ConcurrentModificationException), and one plugin's failing stop must
                        // not keep the others running.
                        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
                        java.util.Collections.reverse(started);
                        for (PluginWrapper w : started) {
                            try {
                                manager.stopPlugin(w.getPluginId());
                            } catch (Throwable e) {
                                LOG.warn("Stopping plugin {} failed", w.getPluginId(), e);
                            }
                        }
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Stopping plugins failed", e);
            }
            thread.shutdown();
        }
    }

    /** PF4J reports an unreadable jar as "no descriptor finder"; the zip error says what is wrong. */
    private static Optional<Exception> jarProblem(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
            return jar.getManifest() == null
                    ? Optional.of(new IllegalStateException("META-INF/MANIFEST.MF がありません / no manifest"))
                    : Optional.empty();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.of(e);
        }
    }

    static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
