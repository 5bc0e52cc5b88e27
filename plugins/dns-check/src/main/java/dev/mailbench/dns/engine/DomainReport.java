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
 */
public record DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                           List<PublishedRecord> records, SpfNode spf, List<Fix> fixes) {
    public DomainReport {
        findings = List.copyOf(findings);
        records = List.copyOf(records);
        fixes = List.copyOf(fixes);
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
