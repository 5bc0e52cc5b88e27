package dev.mailbench.host.project.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the project file format, applied to the JSON tree (not the model) so that fields the
 * step does not touch, including unknown ones, pass through unchanged.
 */
public interface Migration {
    /** The schema version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** Rewrites {@code root} in place, including its {@code schemaVersion}. */
    void migrate(ObjectNode root);
}
