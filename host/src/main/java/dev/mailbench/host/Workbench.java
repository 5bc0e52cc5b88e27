package dev.mailbench.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.i18n.LocaleHolder;
import dev.mailbench.host.plugins.PluginHost;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.project.ProjectValidator;
import dev.mailbench.host.project.RecoveryStore;
import dev.mailbench.host.project.RecoveryStore.Recovery;
import dev.mailbench.host.provider.ProviderProfiles;
import dev.mailbench.host.settings.AppSettings;
import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.tasks.TaskManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pf4j.RuntimeMode;

/**
 * Everything the host is made of, built once by {@code Main} and handed to the UI and the CLI. Swing-free.
 *
 * <p>The project operations ({@link #openProject}, {@link #saveProject}, ...) tie the store, the session,
 * the recovery autosave and the recent-files list together; they do file I/O, so the UI calls them off
 * the EDT (session listeners then fire on that thread).
 */
public final class Workbench implements AutoCloseable {
    private final Path configDir;
    private final SettingsStore settings;
    private final LocaleHolder locale;
    private final ProjectSession session;
    private final ProjectStore store;
    private final ProjectValidator validator;
    private final RecoveryStore recovery;
    private final ProviderProfiles providerProfiles;
    private final TaskManager tasks;
    private final PluginHost plugins;

    private Workbench(Path configDir, Path pluginsDir, RuntimeMode mode) {
        this.configDir = configDir.toAbsolutePath();
        StartupTrace.mark("workbench: folders");
        this.settings = new SettingsStore(this.configDir);
        StartupTrace.mark("workbench: settings");
        this.locale = new LocaleHolder(LocaleHolder.forLanguage(settings.get().language()));
        this.session = new ProjectSession(Project.empty(), null, null);
        StartupTrace.mark("workbench: session");
        this.store = new ProjectStore();
        this.validator = new ProjectValidator();
        StartupTrace.mark("workbench: validator");
        this.recovery = new RecoveryStore(RecoveryStore.dirIn(this.configDir));
        this.providerProfiles = new ProviderProfiles(ProviderProfiles.userDirIn(this.configDir));
        this.tasks = new TaskManager();
        this.plugins = new PluginHost(pluginsDir, mode, session, providerProfiles, settings, locale, tasks);
        recovery.attach(session);
        StartupTrace.mark("workbench: plugin host, recovery");
    }

    /**
     * Builds the workbench and starts the plugins.
     *
     * @param configDir  null = {@link SettingsStore#defaultConfigDir()}
     * @param pluginsDir null = {@link PluginHost#defaultPluginsDir}
     */
    public static Workbench create(Path configDir, Path pluginsDir) {
        Workbench wb = createWithoutPlugins(configDir, pluginsDir);
        wb.plugins.start();
        return wb;
    }

    /**
     * As {@link #create} for a command line whose first word is {@code command}: only the plugins that declare
     * that command start (all of them when none declares it), so a plugin command does not pay for the others.
     */
    public static Workbench createFor(Path configDir, Path pluginsDir, String command) {
        Workbench wb = createWithoutPlugins(configDir, pluginsDir);
        StartupTrace.mark("workbench");
        wb.plugins.startFor(command);
        StartupTrace.mark("plugins");
        return wb;
    }

    /** As {@link #create} but the plugins are not started yet (call {@code plugins().start()}). */
    public static Workbench createWithoutPlugins(Path configDir, Path pluginsDir) {
        RuntimeMode mode = PluginHost.defaultMode();
        Path config = configDir != null ? configDir : SettingsStore.defaultConfigDir();
        Path dir = pluginsDir != null ? pluginsDir : PluginHost.defaultPluginsDir(mode);
        return new Workbench(config, dir, mode);
    }

    public Path configDir() {
        return configDir;
    }

    public SettingsStore settingsStore() {
        return settings;
    }

    public AppSettings settings() {
        return settings.get();
    }

    public LocaleHolder locale() {
        return locale;
    }

    public ProjectSession session() {
        return session;
    }

    public ProjectStore projectStore() {
        return store;
    }

    public ProjectValidator validator() {
        return validator;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public ProviderProfiles providerProfiles() {
        return providerProfiles;
    }

    /** The open project's provider profile, resolved (server ID and overrides applied). */
    public ProviderProfile provider() {
        return providerProfiles.resolve(session.project().provider());
    }

    public TaskManager tasks() {
        return tasks;
    }

    public PluginHost plugins() {
        return plugins;
    }

    /** Starts a new, untitled project (the caller has dealt with unsaved edits first). */
    public void newProject() {
        recovery.discard();
        session.open(Project.empty().withConsultant(rememberedConsultant()), null, null);
    }

    /** Where the consultant's own details are kept between projects (entered once, in the first project saved). */
    private static final String CONSULTANT_SETTINGS = "mailbench.consultant";

    /** The consultant block of the last project saved with one; empty fields when none was. */
    public Consultant rememberedConsultant() {
        java.util.function.Function<String, String> value = key -> settings.pluginValue(CONSULTANT_SETTINGS, key).orElse("");
        return new Consultant(value.apply("name"), value.apply("company"), value.apply("email"), value.apply("phone"));
    }

    private void rememberConsultant(Consultant c) {
        if (c == null || (c.name().isBlank() && c.company().isBlank())) {
            return;
        }
        settings.update(s -> s.withPluginValue(CONSULTANT_SETTINGS, "name", c.name())
                .withPluginValue(CONSULTANT_SETTINGS, "company", c.company())
                .withPluginValue(CONSULTANT_SETTINGS, "email", c.email())
                .withPluginValue(CONSULTANT_SETTINGS, "phone", c.phone()));
    }

    /**
     * Opens {@code file}. The caller should first check {@link RecoveryStore#findFor} and offer
     * {@link #restore} instead.
     */
    public ProjectStore.Loaded openProject(Path file) throws ProjectFileException {
        ProjectStore.Loaded loaded = readProject(file);
        adoptProject(file, loaded);
        return loaded;
    }

    /** The slow half of {@link #openProject}: reads and checks the file, touching nothing; safe on any thread. */
    public ProjectStore.Loaded readProject(Path file) throws ProjectFileException {
        return store.load(file);
    }

    /** The quick half of {@link #openProject}: makes a project read by {@link #readProject} the open one. */
    public void adoptProject(Path file, ProjectStore.Loaded loaded) {
        adoptProject(file, loaded, true);
    }

    /**
     * As {@link #adoptProject(Path, ProjectStore.Loaded)}; with {@code remember} false the recent-files list is left
     * to the caller ({@link SettingsStore#addRecentProject}): the window's start writes nothing before its first paint.
     */
    public void adoptProject(Path file, ProjectStore.Loaded loaded, boolean remember) {
        recovery.discard();
        store.loadedElsewhere(file);
        session.open(loaded, file.toAbsolutePath().normalize(), null);
        if (remember) {
            settings.addRecentProject(file);
        }
    }

    /** Saves to the session's file; false when the project has no file yet (use {@link #saveProjectAs}). */
    public boolean saveProject() throws IOException {
        Optional<Path> file = session.file();
        if (file.isEmpty()) {
            return false;
        }
        saveProjectAs(file.get());
        return true;
    }

    public void saveProjectAs(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        JsonNode written = store.save(target, session.project(), session.source());
        session.markSaved(target, written);
        settings.addRecentProject(target);
        rememberConsultant(session.project().consultant());
    }

    /**
     * Restores a recovery as unsaved edits: the original file (when it still loads) is opened for its
     * unknown fields, then the recovered project is applied as one undoable edit.
     */
    public void restore(Recovery r) {
        Path original = r.originalFile();
        ProjectStore.Loaded base = null;
        if (original != null && Files.exists(original)) {
            try {
                base = store.load(original);
            } catch (ProjectFileException e) {
                base = null;
            }
        }
        recovery.discard();
        if (base != null) {
            session.open(base, original, null);
        } else {
            session.open(Project.empty(), original != null && Files.exists(original) ? null : original, null);
        }
        session.update("前回の作業内容を復元", p -> r.project());
        recovery.delete(r);
    }

    /** A clean close of the open project: its recovery file goes. */
    public void closeProject() {
        recovery.discard();
        session.open(Project.empty(), null, null);
    }

    /**
     * Shuts down: pending autosave is written (unsaved edits stay recoverable), plugins stop, tasks are
     * cancelled. When the consultant chose "don't save", call {@link #closeProject} first.
     */
    @Override
    public void close() {
        try {
            recovery.flush();
        } catch (IOException e) {
            // Best effort on the way out; the file from the last debounce is still there.
        }
        recovery.close();
        plugins.close();
        tasks.close();
    }
}
