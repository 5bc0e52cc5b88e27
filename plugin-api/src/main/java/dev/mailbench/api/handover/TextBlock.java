package dev.mailbench.api.handover;

import java.util.List;

/** Paragraphs of text; {@code numbered} renders them as a numbered list (e.g. the quick-check order). */
public record TextBlock(String title, List<String> paragraphs, boolean numbered) implements HandoverBlock {
    public TextBlock {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
    }
}
