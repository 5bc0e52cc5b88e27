package dev.mailbench.api;

import javax.swing.JComponent;

/**
 * Builds a plugin's panel. Called on the EDT, each time the panel is opened after being disposed; may
 * throw, in which case the tab shows the error and the other panels keep working.
 */
@FunctionalInterface
public interface PanelFactory {
    /** @param scope the panel's life: register listeners through it so they end with the panel */
    JComponent createPanel(PanelScope scope) throws Exception;
}
