package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;

/**
 * A record to publish, shown as before/after.
 *
 * @param name   owner name of the record, e.g. {@code _dmarc.example.jp}
 * @param type   record type, e.g. {@code TXT}
 * @param before the value as published now; empty when the record is new
 * @param after  the value to paste into the DNS operator's panel
 */
public record Fix(String id, LocalizedText title, String name, String type, String before, String after) {
    public Fix {
        before = before == null ? "" : before;
    }
}
