package dev.mailbench.api.handover;

import dev.mailbench.api.model.ChecklistStatus;
import java.time.LocalDate;

/**
 * One line of a checklist. The {@code id} is stable across exports so a filled-in workbook can be merged
 * back into the project's checklist states.
 */
public record ChecklistItem(String id, String text, ChecklistStatus status, String owner, LocalDate due, String note) {
    public ChecklistItem {
        status = status == null ? ChecklistStatus.OPEN : status;
        owner = owner == null ? "" : owner;
        note = note == null ? "" : note;
    }
}
