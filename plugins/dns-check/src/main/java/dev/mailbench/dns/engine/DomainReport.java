package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one check of one domain found.
 *
 * @param source     where the answers came from ("zone file x.zone (offline)", "127.0.0.1:53 (authoritative)")
 * @param zoneMode   true when a zone file was checked rather than live DNS
 * @param spf        the SPF tree, null when the domain had no usable TXT answer
 * @param fixes      fixes that passed their re-check
 * @param unfixed    findings no safe automatic fix exists for, with what a person must decide
 * @param notChecked why the domain was not checked at all; null when it was
 */
public record DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                           List<PublishedRecord> records, SpfNode spf, List<Fix> fixes, List<NoSafeFix> unfixed,
                           NotChecked notChecked) {
    public DomainReport {
        findings = List.copyOf(findings);
        records = List.copyOf(records);
        fixes = List.copyOf(fixes);
        unfixed = List.copyOf(unfixed);
    }

    /** A checked domain, with its re-checked fixes and the findings left for a person. */
    public DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                        List<PublishedRecord> records, SpfNode spf, List<Fix> fixes, List<NoSafeFix> unfixed) {
        this(domain, source, zoneMode, checkedAt, findings, records, spf, fixes, unfixed, null);
    }

    /** A domain that was not checked, and why. */
    public DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                        List<PublishedRecord> records, SpfNode spf, List<Fix> fixes, NotChecked notChecked) {
        this(domain, source, zoneMode, checkedAt, findings, records, spf, fixes, List.of(), notChecked);
    }

    /** The fix that clears {@code finding}, if one was proposed. */
    public java.util.Optional<Fix> fixFor(DnsFinding finding) {
        return fixes.stream().filter(f -> f.clears(finding)).findFirst();
    }

    /** Why no automatic fix clears {@code finding} and what a person must decide, if that was concluded. */
    public java.util.Optional<NoSafeFix> decisionFor(DnsFinding finding) {
        return unfixed.stream().filter(u -> u.finding().equals(finding)).findFirst();
    }

    /** A domain that was checked, without fixes re-checked (or none). */
    public DomainReport(String domain, String source, boolean zoneMode, Instant checkedAt, List<DnsFinding> findings,
                        List<PublishedRecord> records, SpfNode spf, List<Fix> fixes) {
        this(domain, source, zoneMode, checkedAt, findings, records, spf, fixes, List.of(), null);
    }

    /**
     * Why a domain has no findings about its records: its own state, never "missing".
     *
     * @param file    the zone file as given, "" when the problem is not a file's
     * @param line    1-based line of the file, 0 when unknown
     * @param message file, line and cause in plain words
     */
    public record NotChecked(Status status, FindingCode code, String file, int line, LocalizedText message) {
        public enum Status { INPUT_ERROR, CHECK_FAILED }
    }

    /** The report of a domain whose zone file could not be read: one finding, nothing about its records. */
    public static DomainReport unreadable(String domain, ZoneFiles.ZoneFileException e, Instant at) {
        NotChecked why = new NotChecked(NotChecked.Status.INPUT_ERROR, FindingCode.ZONE_FILE_UNREADABLE,
                e.file() == null ? "" : e.file().toString(), e.line(), e.detail());
        return new DomainReport(domain, "zone file " + (e.file() == null ? "" : e.file().getFileName()) + " (not read)", true, at,
                List.of(DnsFinding.of(FindingCode.ZONE_FILE_UNREADABLE, domain, e.detail(), List.of())), List.of(), null,
                List.of(), why);
    }

    /** The report of a domain whose check stopped on something unexpected; the rest of the run goes on. */
    public static DomainReport failed(String domain, String source, boolean zoneMode, Throwable cause, Instant at) {
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LocalizedText detail = LocalizedText.of("確認が止まった原因: " + what, "stopped by " + what);
        return new DomainReport(domain, source, zoneMode, at, List.of(DnsFinding.of(FindingCode.CHECK_FAILED, domain, detail, List.of())),
                List.of(), null, List.of(), new NotChecked(NotChecked.Status.CHECK_FAILED, FindingCode.CHECK_FAILED, "", 0, detail));
    }

    /** "CHECKED", or why not ({@link NotChecked.Status}). */
    public String status() {
        return notChecked == null ? "CHECKED" : notChecked.status().name();
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
