package dev.mailbench.api.handover;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * One section of the handover documents: a Word heading with its blocks, and a sheet in Excel.
 * Texts are already in the document's language (see {@link HandoverContext#locale()}).
 *
 * @param id    stable id; checklist item ids are prefixed with it by convention
 * @param order where the section goes (cover 0, host sections 100-900, plugins in between)
 */
public record HandoverSection(String id, String title, int order, String intro, List<HandoverBlock> blocks) {
    public HandoverSection {
        intro = intro == null ? "" : intro;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public List<ChecklistItem> checklistItems() {
        return blocks.stream()
                .filter(ChecklistBlock.class::isInstance)
                .flatMap(b -> ((ChecklistBlock) b).items().stream())
                .toList();
    }

    /** Convenience for contributors that keep both languages side by side. */
    public static String text(LocalizedText text, HandoverContext context) {
        return text.get(context.locale());
    }
}
