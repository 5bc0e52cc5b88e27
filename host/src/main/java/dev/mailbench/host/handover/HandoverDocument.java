package dev.mailbench.host.handover;

import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverSection;
import java.util.List;
import java.util.Locale;

/**
 * Everything that goes into one pair of handover files: the placeholder values for the template's cover,
 * header and footer, and the sections in print order with checklist states already merged in.
 *
 * @param warnings problems that did not stop the export (a plugin that failed, a duplicate item id)
 */
public record HandoverDocument(Locale locale, DocumentFields fields, List<HandoverSection> sections,
                               List<String> warnings) {
    public HandoverDocument {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public List<ChecklistItem> checklistItems() {
        return sections.stream().flatMap(s -> s.checklistItems().stream()).toList();
    }
}
