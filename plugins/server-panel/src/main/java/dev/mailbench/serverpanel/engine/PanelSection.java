package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.util.List;

/**
 * The server-panel plugin's section of the project file: the last import that was merged, so the next visit's import
 * shows what changed since; the audit of every change sent through the panel API; and the change set that undoes the
 * last run. It never holds the key (the key is not part of a snapshot, a record or an audit entry).
 */
public record PanelSection(PanelSnapshot lastImport, List<AuditEntry> audit, List<DnsChange> lastUndo,
                           List<ProposalStep> lastProposalUndo) {
    public PanelSection {
        audit = audit == null ? List.of() : List.copyOf(audit);
        lastUndo = lastUndo == null ? List.of() : List.copyOf(lastUndo);
        lastProposalUndo = lastProposalUndo == null ? List.of() : List.copyOf(lastProposalUndo);
    }

    public PanelSection(PanelSnapshot lastImport, List<AuditEntry> audit, List<DnsChange> lastUndo) {
        this(lastImport, audit, lastUndo, List.of());
    }

    public PanelSection(PanelSnapshot lastImport) {
        this(lastImport, List.of(), List.of(), List.of());
    }

    public PanelSection withImport(PanelSnapshot snapshot) {
        return new PanelSection(snapshot, audit, lastUndo, lastProposalUndo);
    }

    /**
     * After a DNS run: its audit entries appended, and its inverse as the change set the next undo sends. Only the
     * last change set can be undone, so an earlier proposal's undo is dropped.
     */
    public PanelSection withRun(List<AuditEntry> entries, List<DnsChange> undo) {
        return new PanelSection(lastImport, appended(entries), undo, List.of());
    }

    /**
     * After a run of another plugin's proposal (DNS and mailbox steps): its audit appended and its inverse kept as
     * the last change set; the DNS-only undo is dropped, so no undo button sends half of this set.
     */
    public PanelSection withProposalRun(List<AuditEntry> entries, List<ProposalStep> undo) {
        return new PanelSection(lastImport, appended(entries), List.of(), undo);
    }

    private List<AuditEntry> appended(List<AuditEntry> entries) {
        List<AuditEntry> all = new java.util.ArrayList<>(audit);
        all.addAll(entries);
        return all;
    }
}
