package dev.mailbench.host.plugins;

/**
 * What the plugins page shows for one plugin.
 *
 * @param error message and stack trace text when {@code FAILED} (for a started plugin, empty), or why it
 *              is disabled
 */
public record PluginStatus(String id, String version, String description, State state, String error) {
    public enum State { STARTED, DISABLED, FAILED }

    public PluginStatus {
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        error = error == null ? "" : error;
    }
}
