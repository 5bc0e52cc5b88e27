package dev.mailbench.api.handover;

import java.util.List;

/**
 * A table with a header row (repeated on every printed page). A row may carry a note: longer text printed in a row
 * of its own under it, across the whole table, instead of in a narrow column where its words would break.
 *
 * @param notes one per row ("" for none); shorter than {@code rows} means no note for the rows after it
 */
public record TableBlock(String title, List<String> header, List<List<String>> rows, List<String> notes)
        implements HandoverBlock {
    public TableBlock {
        title = title == null ? "" : title;
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        notes = notes == null ? List.of() : notes.stream().map(n -> n == null ? "" : n).toList();
    }

    /** A table without notes. */
    public TableBlock(String title, List<String> header, List<List<String>> rows) {
        this(title, header, rows, List.of());
    }

    /** The note under row {@code row}, or "". */
    public String noteOf(int row) {
        return row < notes.size() ? notes.get(row) : "";
    }
}
