package dev.mailbench.api.handover;

import java.util.List;

/** Checklist items with status, owner, due date and note; round-trips through the Excel workbook. */
public record ChecklistBlock(String title, List<ChecklistItem> items) implements HandoverBlock {
    public ChecklistBlock {
        title = title == null ? "" : title;
        items = List.copyOf(items);
    }
}
