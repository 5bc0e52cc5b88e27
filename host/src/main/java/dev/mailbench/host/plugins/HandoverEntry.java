package dev.mailbench.host.plugins;

import dev.mailbench.api.handover.HandoverContributor;

/** A handover section contributor a plugin registered. */
public record HandoverEntry(String pluginId, HandoverContributor contributor) {
}
