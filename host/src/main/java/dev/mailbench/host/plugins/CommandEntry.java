package dev.mailbench.host.plugins;

/** A picocli command object a plugin registered (added as a sub-command of {@code mailbench}). */
public record CommandEntry(String pluginId, dev.mailbench.api.CliCommand command) {
}
