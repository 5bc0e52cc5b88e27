package dev.mailbench.host.plugins;

import dev.mailbench.api.route.RouteStepContributor;

/** A visit route step contributor a plugin registered. */
public record RouteEntry(String pluginId, RouteStepContributor contributor) {
}
