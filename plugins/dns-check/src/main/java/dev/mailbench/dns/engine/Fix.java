package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * A record to publish, shown as before/after. A proposed fix is a promise that was checked: the domain was
 * checked again as it would be with the record published (and the records in {@code requires}), its
 * target findings were gone and no new warning or error appeared.
 *
 * @param name     owner name of the record, e.g. {@code _dmarc.example.jp}
 * @param type     record type, e.g. {@code TXT}
 * @param before   the value as published now (several records one per line); empty when the record is new
 * @param after    the value to paste into the DNS operator's panel
 * @param clears   the findings of the check that the re-check no longer found
 * @param recheck  what the re-check found; null for a fix that was never re-checked
 * @param note     what the consultant must know before publishing it (a flattened include to keep up to
 *                 date, an authorisation record another domain must publish, a sender to confirm); may be empty
 * @param requires ids of the fixes that must be published together with this one
 */
public record Fix(String id, LocalizedText title, String name, String type, String before, String after,
                  List<DnsFinding> clears, Recheck recheck, LocalizedText note, List<String> requires) {
    public Fix {
        before = before == null ? "" : before;
        clears = clears == null ? List.of() : List.copyOf(clears);
        note = note == null ? LocalizedText.of("", "") : note;
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A fix that was not re-checked (as saved by versions before the re-check existed). */
    public Fix(String id, LocalizedText title, String name, String type, String before, String after) {
        this(id, title, name, type, before, after, List.of(), null, null, List.of());
    }

    public boolean rechecked() {
        return recheck != null;
    }

    public boolean clears(DnsFinding finding) {
        return clears.contains(finding);
    }
}
