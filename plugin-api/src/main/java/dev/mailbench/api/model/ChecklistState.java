package dev.mailbench.api.model;

import java.time.Instant;
import java.time.LocalDate;

/** The recorded state of one handover checklist item, keyed by the item's stable id. */
public record ChecklistState(String itemId, ChecklistStatus status, String owner, LocalDate due, String note,
                             Instant updatedAt) {
    public ChecklistState {
        itemId = Values.text(itemId);
        status = status == null ? ChecklistStatus.OPEN : status;
        owner = Values.text(owner);
        note = Values.text(note);
    }
}
