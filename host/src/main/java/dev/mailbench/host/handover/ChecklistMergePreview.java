package dev.mailbench.host.handover;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What reading a filled-in workbook back would do to the project, item by item, before anything is
 * applied. A conflict is an item the customer changed in the sheet while the project changed it too,
 * differently, since the export: it is only applied with an explicit choice.
 *
 * @param workbookCustomer the customer name recorded in the workbook, to warn about the wrong file
 */
public record ChecklistMergePreview(String documentVersion, String workbookCustomer, List<Entry> entries,
                                    List<String> warnings) {
    public ChecklistMergePreview {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    public enum Kind {
        /** The sheet says what the project says. */
        UNCHANGED,
        /** The sheet changed the item; the project did not: applied as is. */
        CHANGED,
        /** Both changed it, differently: needs a choice. */
        CONFLICT,
        /** A row whose id the export did not write (added by hand, or from another workbook): ignored. */
        UNKNOWN_ID,
        /** A value that cannot be read (status not 未/済/対象外, a due date that is not a date): ignored. */
        INVALID
    }

    /** The four values a customer can edit. */
    public record Fields(ChecklistStatus status, String owner, LocalDate due, String note) {
        public Fields {
            status = status == null ? ChecklistStatus.OPEN : status;
            owner = normalize(owner);
            note = normalize(note);
        }

        public static Fields of(ChecklistState s) {
            return new Fields(s.status(), s.owner(), s.due(), s.note());
        }

        private static String normalize(String s) {
            return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
        }
    }

    /**
     * @param project  the project's current values (what "keep the project" keeps)
     * @param exported the values written into the workbook at export
     * @param sheet    the values read from the workbook; null for UNKNOWN_ID/INVALID rows that could not be read
     * @param location sheet name and row, for messages
     * @param problem  why an INVALID/UNKNOWN_ID row was not taken; empty otherwise
     */
    public record Entry(String itemId, String text, Kind kind, Fields project, Fields exported, Fields sheet,
                        String location, String problem) {
        public boolean changesProject() {
            return kind == Kind.CHANGED || kind == Kind.CONFLICT;
        }

        /** Names of the fields the sheet changes compared with the project (status, owner, due, note). */
        public List<String> changedFields() {
            if (sheet == null || project == null) {
                return List.of();
            }
            List<String> out = new java.util.ArrayList<>();
            if (sheet.status() != project.status()) {
                out.add("status");
            }
            if (!sheet.owner().equals(project.owner())) {
                out.add("owner");
            }
            if (!Objects.equals(sheet.due(), project.due())) {
                out.add("due");
            }
            if (!sheet.note().equals(project.note())) {
                out.add("note");
            }
            return out;
        }
    }

    public List<Entry> ofKind(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Entry> changes() {
        return entries.stream().filter(Entry::changesProject).toList();
    }

    public boolean hasConflicts() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.CONFLICT);
    }
}
