package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.util.List;

/**
 * The server-panel plugin's section of the project file: the last import that was merged, so the next visit's import
 * shows what changed since; the audit of every change sent through the panel API; and the change set that undoes the
 * last run. It never holds the key (the key is not part of a snapshot, a record or an audit entry).
 */
public record PanelSection(PanelSnapshot lastImport, List<AuditEntry> audit, List<DnsChange> lastUndo) {
    public PanelSection {
        audit = audit == null ? List.of() : List.copyOf(audit);
        lastUndo = lastUndo == null ? List.of() : List.copyOf(lastUndo);
    }

    public PanelSection(PanelSnapshot lastImport) {
        this(lastImport, List.of(), List.of());
    }

    public PanelSection withImport(PanelSnapshot snapshot) {
        return new PanelSection(snapshot, audit, lastUndo);
    }

    /** After a run: its audit entries appended, and its inverse as the change set the next undo sends. */
    public PanelSection withRun(List<AuditEntry> entries, List<DnsChange> undo) {
        List<AuditEntry> all = new java.util.ArrayList<>(audit);
        all.addAll(entries);
        return new PanelSection(lastImport, all, undo);
    }
}
