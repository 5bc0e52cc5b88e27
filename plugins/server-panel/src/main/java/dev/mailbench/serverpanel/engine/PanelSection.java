package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;

/**
 * The server-panel plugin's section of the project file: the last import that was merged, so the next visit's import
 * shows what changed since. It never holds the key (the key is not part of a snapshot).
 */
public record PanelSection(PanelSnapshot lastImport) {
}
