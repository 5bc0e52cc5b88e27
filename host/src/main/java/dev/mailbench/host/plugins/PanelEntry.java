package dev.mailbench.host.plugins;

import dev.mailbench.api.PanelContribution;

/** A panel a plugin registered. */
public record PanelEntry(String pluginId, PanelContribution contribution) {
}
