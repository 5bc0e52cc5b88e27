package dev.mailbench.host.project.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The chain of steps from the oldest file format to {@code Project.CURRENT_SCHEMA_VERSION}. */
public final class Migrations {
    /** In order; one class per step. */
    public static final List<Migration> ALL = List.of(new V1ToV2());

    private Migrations() {
    }

    /** Migrates {@code root} from {@code version} up to {@code target}; returns whether anything ran. */
    public static boolean migrate(ObjectNode root, int version, int target) {
        int current = version;
        boolean migrated = false;
        while (current < target) {
            final int from = current;
            Migration step = ALL.stream().filter(m -> m.fromVersion() == from).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
            step.migrate(root);
            root.put("schemaVersion", from + 1);
            current = from + 1;
            migrated = true;
        }
        return migrated;
    }
}
