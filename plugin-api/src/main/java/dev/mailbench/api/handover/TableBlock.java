package dev.mailbench.api.handover;

import java.util.List;

/** A table with a header row (repeated on every printed page). */
public record TableBlock(String title, List<String> header, List<List<String>> rows) implements HandoverBlock {
    public TableBlock {
        title = title == null ? "" : title;
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
    }
}
