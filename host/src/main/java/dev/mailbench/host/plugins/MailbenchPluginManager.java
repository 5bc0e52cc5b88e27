package dev.mailbench.host.plugins;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J's default manager with the two things MailBench needs on top:
 *
 * <ul>
 *   <li>Load failures are kept per path (PF4J only logs them, and lets anything but a
 *       {@code PluginRuntimeException} abort the whole load), so a corrupt jar shows as a failed plugin.</li>
 *   <li>The runtime mode and the disabled set come from MailBench (system property {@code mailbench.dev}
 *       as well as {@code pf4j.mode}; {@code AppSettings.disabledPlugins} instead of {@code disabled.txt}).</li>
 * </ul>
 *
 * <p>Only {@link PluginHost}'s plugin thread calls it.
 */
final class MailbenchPluginManager extends DefaultPluginManager {
    /** Set just around construction: PF4J asks for the mode from its constructor, before our fields exist. */
    private static final ThreadLocal<RuntimeMode> MODE = new ThreadLocal<>();
    private static final ThreadLocal<Set<String>> DISABLED = new ThreadLocal<>();

    private final RuntimeMode mode;
    private final Map<Path, Throwable> loadFailures = new LinkedHashMap<>();

    private MailbenchPluginManager(List<Path> roots, RuntimeMode mode) {
        super(roots);
        this.mode = mode;
    }

    static MailbenchPluginManager create(Path root, RuntimeMode mode, Set<String> disabled) {
        MODE.set(mode);
        DISABLED.set(Set.copyOf(disabled));
        try {
            return new MailbenchPluginManager(List.of(root), mode);
        } finally {
            MODE.remove();
            DISABLED.remove();
        }
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        RuntimeMode during = MODE.get();
        return during != null ? during : mode;
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        Set<String> disabled = DISABLED.get() == null ? Set.of() : DISABLED.get();
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return disabled.contains(pluginId);
            }

            @Override
            public void disablePlugin(String pluginId) {
                throw new UnsupportedOperationException("use PluginHost.setEnabled");
            }

            @Override
            public void enablePlugin(String pluginId) {
                throw new UnsupportedOperationException("use PluginHost.setEnabled");
            }
        };
    }

    /** Loads every candidate path, recording (not throwing) each failure, then resolves dependencies. */
    void loadAll() {
        for (Path path : pluginRepository.getPluginPaths()) {
            try {
                loadPluginFromPath(path);
            } catch (Throwable e) {
                loadFailures.put(path, e);
            }
        }
        resolvePlugins();
    }

    Map<Path, Throwable> loadFailures() {
        return Map.copyOf(loadFailures);
    }

    /** The wrapper's path → wrapper, for matching load failures by path. */
    List<PluginWrapper> all() {
        return getPlugins();
    }
}
