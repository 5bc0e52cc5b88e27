package dev.mailbench.dns.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one check of one domain found.
 *
 * @param source   where the answers came from ("zone file x.zone (offline)", "127.0.0.1:53 (authoritative)")
 * @param zoneMode true when a zone file was checked rather than live DNS
 * @param spf      the SPF tree, null when the domain had no usable TXT answer
 * @param fixes    fixes that passed their re-check
 * @param unfixed  findings no safe automatic fix exists for, with what a person must decide
 */
public record DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                           List<PublishedRecord> records, SpfNode spf, List<Fix> fixes, List<NoSafeFix> unfixed) {
    public DomainReport {
        findings = List.copyOf(findings);
        records = List.copyOf(records);
        fixes = List.copyOf(fixes);
        unfixed = List.copyOf(unfixed);
    }

    /** A report whose fixes were not re-checked, or that has none. */
    public DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                        List<PublishedRecord> records, SpfNode spf, List<Fix> fixes) {
        this(domain, source, zoneMode, checkedAt, findings, records, spf, fixes, List.of());
    }

    /** The fix that clears {@code finding}, if one was proposed. */
    public java.util.Optional<Fix> fixFor(DnsFinding finding) {
        return fixes.stream().filter(f -> f.clears(finding)).findFirst();
    }

    /** Why no automatic fix clears {@code finding} and what a person must decide, if that was concluded. */
    public java.util.Optional<NoSafeFix> decisionFor(DnsFinding finding) {
        return unfixed.stream().filter(u -> u.finding().equals(finding)).findFirst();
    }

    /** The traffic light: the worst severity among the findings. */
    public DnsSeverity worst() {
        return findings.stream().map(DnsFinding::severity).max(Comparator.comparingInt(DnsSeverity::rank)).orElse(DnsSeverity.OK);
    }

    public List<FindingCode> codes() {
        return findings.stream().map(DnsFinding::code).toList();
    }

    public long count(DnsSeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
