package dev.mailbench.api;

import javax.swing.JComponent;

/** Builds a plugin's panel. Called on the EDT; may throw, in which case the tab shows the error. */
@FunctionalInterface
public interface PanelFactory {
    JComponent createPanel() throws Exception;
}
