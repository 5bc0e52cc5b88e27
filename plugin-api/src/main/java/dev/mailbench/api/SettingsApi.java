package dev.mailbench.api;

import java.nio.file.Path;
import java.util.Optional;

/** The plugin's own preferences and data folder in the user's config folder. */
public interface SettingsApi {
    Optional<String> get(String key);

    void put(String key, String value);

    /** A folder only this plugin writes to (caches, state); created on first call. */
    Path dataFolder();
}
