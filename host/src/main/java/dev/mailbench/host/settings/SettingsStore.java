package dev.mailbench.host.settings;

import dev.mailbench.api.Registration;
import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.host.project.ProjectJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live {@link AppSettings}: read from {@code <configDir>/settings.json}, every change written back
 * atomically. Thread-safe; listeners run on the thread that made the change.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "settings.json";

    private final Path configDir;
    private final List<Consumer<AppSettings>> listeners = new CopyOnWriteArrayList<>();
    private AppSettings current;

    public SettingsStore(Path configDir) {
        this.configDir = configDir.toAbsolutePath();
        this.current = read();
    }

    /**
     * The user's config folder: system property {@code mailbench.config.dir} if set, else
     * {@code %APPDATA%\MailBench} on Windows, else {@code $XDG_CONFIG_HOME/mailbench} or
     * {@code ~/.config/mailbench}.
     */
    public static Path defaultConfigDir() {
        String explicit = System.getProperty("mailbench.config.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "MailBench");
            }
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mailbench");
        }
        return Path.of(System.getProperty("user.home"), ".config", "mailbench");
    }

    public Path configDir() {
        return configDir;
    }

    public Path file() {
        return configDir.resolve(FILE_NAME);
    }

    public synchronized AppSettings get() {
        return current;
    }

    /** Applies {@code edit}, writes the result atomically, then notifies listeners. */
    public AppSettings update(UnaryOperator<AppSettings> edit) {
        AppSettings after;
        synchronized (this) {
            after = edit.apply(current);
            if (after.equals(current)) {
                return current;
            }
            write(after);
            current = after;
        }
        for (Consumer<AppSettings> listener : listeners) {
            listener.accept(after);
        }
        return after;
    }

    public Registration addListener(Consumer<AppSettings> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The recent projects that still exist, most recent first. */
    public List<Path> recentProjects() {
        return get().recentProjects().stream().map(Path::of).filter(Files::exists).toList();
    }

    public void addRecentProject(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        update(s -> s.withRecentProject(path));
    }

    public Optional<String> pluginValue(String pluginId, String key) {
        return Optional.ofNullable(get().pluginSettings().getOrDefault(pluginId, java.util.Map.of()).get(key));
    }

    public void putPluginValue(String pluginId, String key, String value) {
        update(s -> s.withPluginValue(pluginId, key, value));
    }

    /** {@code <configDir>/plugins/<id>/}, created on demand. */
    public Path pluginDataFolder(String pluginId) {
        if (pluginId.isBlank() || pluginId.contains("/") || pluginId.contains("\\") || pluginId.startsWith(".")) {
            throw new IllegalArgumentException("bad plugin id: " + pluginId);
        }
        Path dir = configDir.resolve("plugins").resolve(pluginId);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private AppSettings read() {
        Path file = file();
        if (!Files.exists(file)) {
            return AppSettings.defaults();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // The plain file MailBench writes is read without Jackson: the window reads it before its first paint.
            AppSettings loaded = SettingsFileReader.read(bytes).orElse(null);
            if (loaded == null) {
                loaded = ProjectJson.mapper().readValue(bytes, AppSettings.class);
            }
            // Missing files are dropped on read, so the menu never offers a project that is gone.
            return loaded.withRecentProjects(loaded.recentProjects().stream()
                    .filter(p -> Files.exists(Path.of(p))).toList());
        } catch (IOException | RuntimeException e) {
            // Settings are replaceable; the unreadable file is kept aside rather than overwritten later.
            LOG.warn("Cannot read {}; starting with defaults and keeping the file as settings.json.unreadable", file, e);
            try {
                Files.copy(file, file.resolveSibling(FILE_NAME + ".unreadable"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Nothing more to save.
            }
            return AppSettings.defaults();
        }
    }

    private void write(AppSettings settings) {
        try {
            AtomicFiles.write(file(), ProjectJson.toBytes(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("設定を保存できません / Cannot save settings: " + file(), e);
        }
    }
}
