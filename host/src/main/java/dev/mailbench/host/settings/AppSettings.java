package dev.mailbench.host.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's preferences, stored as {@code settings.json} in the config folder by {@link SettingsStore}.
 * Immutable; change it with {@link SettingsStore#update}.
 *
 * @param language        {@code ja} (default) or {@code en}
 * @param theme           {@code light} (default) or {@code dark}
 * @param userTemplateDir folder of the user's handover templates (overrides the bundled ones); empty = none
 * @param recentProjects  absolute paths, most recent first, at most {@link #MAX_RECENT}
 * @param disabledPlugins plugin ids not started (takes effect at the next start)
 * @param pluginSettings  per plugin id, that plugin's own key/values ({@code SettingsApi})
 * @param windows         the main window's placement per screen (key: the screen's bounds, {@code 1366x768+0+0}),
 *                        the most recently used screen last
 */
public record AppSettings(String language, String theme, String userTemplateDir, String defaultProjectDir,
                          String defaultExportDir, List<String> recentProjects, List<String> disabledPlugins,
                          Map<String, Map<String, String>> pluginSettings, Map<String, WindowPlacement> windows) {
    public static final int MAX_RECENT = 15;

    public AppSettings {
        language = "en".equals(language) ? "en" : "ja";
        theme = "dark".equals(theme) ? "dark" : "light";
        userTemplateDir = userTemplateDir == null ? "" : userTemplateDir;
        defaultProjectDir = defaultProjectDir == null ? "" : defaultProjectDir;
        defaultExportDir = defaultExportDir == null ? "" : defaultExportDir;
        recentProjects = recentProjects == null ? List.of()
                : List.copyOf(recentProjects.subList(0, Math.min(MAX_RECENT, recentProjects.size())));
        disabledPlugins = disabledPlugins == null ? List.of() : List.copyOf(disabledPlugins);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (pluginSettings != null) {
            pluginSettings.forEach((k, v) -> copy.put(k,
                    Collections.unmodifiableMap(new LinkedHashMap<>(v == null ? Map.of() : v))));
        }
        pluginSettings = Collections.unmodifiableMap(copy);
        windows = windows == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(windows));
    }

    public static AppSettings defaults() {
        return new AppSettings("ja", "light", "", "", "", List.of(), List.of(), Map.of(), Map.of());
    }

    public AppSettings withLanguage(String value) {
        return new AppSettings(value, theme, userTemplateDir, defaultProjectDir, defaultExportDir, recentProjects,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withTheme(String value) {
        return new AppSettings(language, value, userTemplateDir, defaultProjectDir, defaultExportDir, recentProjects,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withUserTemplateDir(String value) {
        return new AppSettings(language, theme, value, defaultProjectDir, defaultExportDir, recentProjects,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withDefaultProjectDir(String value) {
        return new AppSettings(language, theme, userTemplateDir, value, defaultExportDir, recentProjects,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withDefaultExportDir(String value) {
        return new AppSettings(language, theme, userTemplateDir, defaultProjectDir, value, recentProjects,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withRecentProjects(List<String> value) {
        return new AppSettings(language, theme, userTemplateDir, defaultProjectDir, defaultExportDir, value,
                disabledPlugins, pluginSettings, windows);
    }

    public AppSettings withDisabledPlugins(List<String> value) {
        return new AppSettings(language, theme, userTemplateDir, defaultProjectDir, defaultExportDir, recentProjects,
                value, pluginSettings, windows);
    }

    public AppSettings withPluginSettings(Map<String, Map<String, String>> value) {
        return new AppSettings(language, theme, userTemplateDir, defaultProjectDir, defaultExportDir, recentProjects,
                disabledPlugins, value, windows);
    }

    public AppSettings withWindows(Map<String, WindowPlacement> value) {
        return new AppSettings(language, theme, userTemplateDir, defaultProjectDir, defaultExportDir, recentProjects,
                disabledPlugins, pluginSettings, value);
    }

    /** The window's placement on {@code screen} recorded as the most recent one. */
    public AppSettings withWindow(String screen, WindowPlacement placement) {
        Map<String, WindowPlacement> all = new LinkedHashMap<>(windows);
        all.remove(screen);
        all.put(screen, placement);
        return withWindows(all);
    }

    /** {@code path} moved to the front of the recent list (added when absent), trimmed to the maximum. */
    public AppSettings withRecentProject(String path) {
        List<String> list = new ArrayList<>(recentProjects);
        list.remove(path);
        list.add(0, path);
        return withRecentProjects(list);
    }

    public AppSettings withPluginValue(String pluginId, String key, String value) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(pluginSettings);
        Map<String, String> mine = new LinkedHashMap<>(all.getOrDefault(pluginId, Map.of()));
        if (value == null) {
            mine.remove(key);
        } else {
            mine.put(key, value);
        }
        all.put(pluginId, mine);
        return withPluginSettings(all);
    }
}
