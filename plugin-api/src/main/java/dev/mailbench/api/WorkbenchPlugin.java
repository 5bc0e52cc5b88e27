package dev.mailbench.api;

import org.pf4j.ExtensionPoint;

/**
 * The one entry point of a MailBench plugin. The host calls {@link #initialize} once, on the thread that
 * owns the plugin manager; a plugin registers its panels, commands, services and handover sections there.
 * Anything that throws here marks the plugin as failed without affecting the others.
 */
public interface WorkbenchPlugin extends ExtensionPoint {
    void initialize(WorkbenchApi api);
}
