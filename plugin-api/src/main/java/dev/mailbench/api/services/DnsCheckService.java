package dev.mailbench.api.services;

import dev.mailbench.api.model.LocalizedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The DNS checker, offered by the dns-check plugin to others (the migration planner compares records
 * before and after a move). Methods block; call them from a background task.
 */
public interface DnsCheckService {
    /**
     * Checks each domain against the open project's provider profile.
     *
     * @throws IOException              when a zone file cannot be read
     * @throws IllegalArgumentException when a domain name or server address is unusable (message fit to show)
     */
    List<DomainResult> check(List<String> domains, Target target) throws IOException;

    /**
     * As {@link #check(List, Target)}, against {@code project}'s provider profile and settings instead of the open
     * project's (a command line has a project file, not an open project).
     */
    default List<DomainResult> check(dev.mailbench.api.model.Project project, List<String> domains, Target target)
            throws IOException {
        return check(domains, target);
    }

    /** The mail-related records of {@code domain} (apex NS/SOA/MX/TXT, _dmarc, DKIM, MTA-STS, TLS-RPT) with TTLs. */
    List<RecordView> fetchRecords(String domain, Target target) throws IOException;

    /**
     * The TXT records at one name, each record's strings joined (for a record outside the mail records, such as a
     * provider's domain ownership record). A failed question is one view with its state (TIMEOUT, SERVFAIL, ...) and no
     * data; NXDOMAIN and NODATA are one view with that state: a timeout is never "missing".
     */
    default List<RecordView> lookupTxt(String name, Target target) throws IOException {
        throw new UnsupportedOperationException("this DNS checker cannot look up single TXT records");
    }

    /**
     * Where to ask.
     *
     * @param servers  "" for the system resolver, else {@code IP[:PORT]} (comma-separated list allowed)
     * @param zoneFile a BIND zone file to check instead of live DNS, or null
     * @param offline  with a zone file: do not ask live DNS for names outside it
     */
    record Target(String servers, Path zoneFile, boolean offline) {
        public static Target system() {
            return new Target("", null, false);
        }
    }

    /** How a DNS question was answered. A timeout or SERVFAIL is never "missing". */
    enum AnswerState { ANSWERED, NXDOMAIN, NODATA, SERVFAIL, TIMEOUT, REFUSED, ERROR, OFFLINE }

    /** How bad a finding is, least to worst; COULD_NOT_CHECK is its own state, never an error about the record. */
    enum FindingSeverity { OK, INFO, WARNING, ERROR, COULD_NOT_CHECK }

    record RecordView(String name, String type, long ttl, String data, AnswerState state) {
    }

    record FindingView(String code, FindingSeverity severity, String group, String subject, LocalizedText title,
                       LocalizedText detail, String rfc, List<String> records) {
    }

    record FixView(String id, LocalizedText title, String name, String type, String before, String after) {
    }

    record DomainResult(String domain, FindingSeverity worst, List<FindingView> findings, List<RecordView> records,
                        List<FixView> fixes) {
    }
}
