package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;

/**
 * One graded observation about a domain.
 *
 * @param subject the DNS name it is about (e.g. {@code default._domainkey.example.jp})
 * @param detail  the specifics (which term, which position, which lookup state); may be empty
 * @param records the records involved, in zone-file presentation
 */
public record DnsFinding(FindingCode code, DnsSeverity severity, String subject, LocalizedText detail, List<String> records) {
    public DnsFinding {
        detail = detail == null ? LocalizedText.of("", "") : detail;
        records = List.copyOf(records);
    }

    public static DnsFinding of(FindingCode code, String subject, LocalizedText detail, List<String> records) {
        return new DnsFinding(code, code.severity(), subject, detail, records);
    }

    public static DnsFinding of(FindingCode code, String subject) {
        return of(code, subject, null, List.of());
    }

    public RecordGroup group() {
        return code.group();
    }
}
