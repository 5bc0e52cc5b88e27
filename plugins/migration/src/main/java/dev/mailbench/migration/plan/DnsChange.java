package dev.mailbench.migration.plan;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * One record set compared between two sides (today and after the move, or two servers).
 *
 * @param label      what it is to a consultant: MX, SPF, DKIM, DMARC, NS, or the record type
 * @param before     the data today (empty when absent)
 * @param after      the data needed or found on the other side
 * @param currentTtl the TTL today in seconds; -1 when there is no record or it could not be read
 * @param state      the DNS answer state of the side that could not be checked ("" when both answered)
 */
public record DnsChange(String label, String name, String type, Kind kind, List<String> before, List<String> after,
                        long currentTtl, String state) {
    public DnsChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        state = state == null ? "" : state;
    }

    public enum Kind {
        ADD("追加", "add"),
        CHANGE("変更", "change"),
        REMOVE("削除", "remove"),
        SAME("変更なし", "no change"),
        /** A timeout, SERVFAIL or refusal: not the same as "no record". */
        COULD_NOT_CHECK("確認できず", "could not check");

        private final LocalizedText label;

        Kind(String ja, String en) {
            label = LocalizedText.of(ja, en);
        }

        public LocalizedText label() {
            return label;
        }
    }

    /** True for the record sets the switch touches. */
    public boolean changes() {
        return kind == Kind.ADD || kind == Kind.CHANGE || kind == Kind.REMOVE;
    }
}
