package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Type;

/** Findings for the DMARC record (RFC 9989) and the authorisation of external report addresses. */
public final class DmarcChecks {
    private DmarcChecks() {
    }

    /** @param record the parsed record when exactly one was found; null otherwise */
    public record Result(List<DnsFinding> findings, DmarcRecord record, String published, List<String> unauthorised) {
    }

    public static Result check(String domain, Answer txt, DnsSource dns) {
        String subject = "_dmarc." + domain;
        List<DnsFinding> out = new ArrayList<>();
        if (!txt.state().isConclusive()) {
            out.add(DnsFinding.of(DMARC_UNCHECKED, subject, DomainChecker.stateText(txt), List.of()));
            return new Result(out, null, "", List.of());
        }
        if (!txt.cnames().isEmpty()) {
            out.add(DnsFinding.of(DMARC_CNAME, subject, LocalizedText.of("→ " + txt.cnames().get(txt.cnames().size() - 1).getTarget(),
                    "→ " + txt.cnames().get(txt.cnames().size() - 1).getTarget()), txt.cnames().stream().map(Object::toString).toList()));
        }
        List<String> values = txt.txtJoined().stream().filter(DmarcRecord::isDmarc).toList();
        List<String> discarded = txt.txtJoined().stream().filter(DmarcRecord::isDiscarded).toList();
        if (values.isEmpty() && discarded.size() == 1) {
            return discarded(subject, discarded.get(0), out);
        }
        if (values.isEmpty()) {
            return treeWalk(domain, subject, txt, dns, out);
        }
        if (values.size() > 1) {
            out.add(DnsFinding.of(DMARC_MULTIPLE, subject, null, values));
            return new Result(out, null, "", List.of());
        }
        String published = values.get(0);
        DmarcRecord record = DmarcRecord.parse(published);
        for (DmarcRecord.Problem p : record.problems()) {
            out.add(DnsFinding.of(p.code(), subject, LocalizedText.of(p.detail(), p.detail()), List.of(published)));
        }
        if (record.problems().stream().anyMatch(p -> p.code() == DMARC_SYNTAX)) {
            return new Result(out, record, published, List.of());
        }
        if (record.policy().equals("none")) {
            out.add(DnsFinding.of(DMARC_POLICY_NONE, subject, null, List.of(published)));
        }
        if (!record.tags().containsKey("rua")) {
            out.add(DnsFinding.of(DMARC_NO_RUA, subject, null, List.of(published)));
        }
        List<String> unauthorised = new ArrayList<>();
        for (String reportDomain : externalReportDomains(domain, record)) {
            String auth = authorisation(domain, reportDomain);
            var name = SpfEvaluator.name(auth);
            if (name == null) {
                continue;
            }
            Answer a = dns.lookup(name, Type.TXT);
            if (!a.state().isConclusive()) {
                out.add(DnsFinding.of(DMARC_UNCHECKED, auth, DomainChecker.stateText(a), List.of()));
            } else if (a.txtJoined().stream().noneMatch(DmarcRecord::isDmarc)) {
                unauthorised.add(reportDomain);
                out.add(DnsFinding.of(DMARC_REPORT_NOT_AUTHORIZED, subject, LocalizedText.of(
                        auth + " に v=DMARC1 がありません", "no v=DMARC1 at " + auth), List.of(published)));
            }
        }
        return new Result(out, record, published, unauthorised);
    }

    /** Report receivers outside the domain's own tree, which must publish that they accept its reports. */
    private static Set<String> externalReportDomains(String domain, DmarcRecord record) {
        Set<String> external = new LinkedHashSet<>();
        for (String reportDomain : record.reportDomains()) {
            if (!reportDomain.equals(domain) && !reportDomain.endsWith("." + domain) && !domain.endsWith("." + reportDomain)) {
                external.add(reportDomain);
            }
        }
        return external;
    }

    private static String authorisation(String domain, String reportDomain) {
        return domain + "._report._dmarc." + reportDomain;
    }

    /**
     * The authorisation records an answer's single valid DMARC record will need checked, to be asked as soon as
     * the answer arrives ({@link LookAhead}); nothing for the records the check reads otherwise.
     */
    static List<org.xbill.DNS.Name> authorisationsToAsk(String domain, Answer dmarc) {
        List<String> records = dmarc.state().isConclusive()
                ? dmarc.txtJoined().stream().filter(DmarcRecord::isDmarc).toList() : List.of();
        if (records.size() != 1) {
            return List.of();
        }
        return externalReportDomains(domain, DmarcRecord.parse(records.get(0))).stream()
                .map(r -> SpfEvaluator.name(authorisation(domain, r))).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A record that does not start with v=DMARC1: receivers discard it, so it is a syntax error with its cause
     * named (not a missing record), and the fix rewrites it with v=DMARC1 first, keeping its policy and tags.
     */
    private static Result discarded(String subject, String published, List<DnsFinding> out) {
        TagList tags = TagList.parse(published);
        String first = tags.firstTag() == null ? "" : tags.firstTag() + "=" + tags.tags().get(tags.firstTag());
        boolean hasVersion = tags.tags().containsKey("v");
        out.add(DnsFinding.of(DMARC_SYNTAX, subject, LocalizedText.of(
                (hasVersion ? "先頭のタグが v=DMARC1 ではありません（先頭: " + first + "）" : "v=DMARC1 がありません")
                        + "。受信側はこのレコードを捨てるため、DMARC がないのと同じ扱いです。v=DMARC1 を先頭に書き直してください",
                (hasVersion ? "the first tag is " + first + ", not v=DMARC1" : "there is no v=DMARC1")
                        + ": receivers discard the record, as if there were no DMARC. Rewrite it with v=DMARC1 first"), List.of(published)));
        Map<String, String> reordered = new java.util.LinkedHashMap<>();
        reordered.put("v", "DMARC1");
        tags.tags().forEach((k, v) -> reordered.putIfAbsent(k, v));
        DmarcRecord record = DmarcRecord.parse(String.join("; ", reordered.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        List<DmarcRecord.Problem> problems = new ArrayList<>();
        problems.add(new DmarcRecord.Problem(DMARC_SYNTAX, "v=DMARC1 must come first"));
        problems.addAll(record.problems());
        return new Result(out, new DmarcRecord(record.tags(), problems, record.reportDomains()), published, List.of());
    }

    /**
     * RFC 9989 4.10 DNS tree walk: without a record at the domain, the policy is looked up at its parents
     * (from at most 7 labels, one label less each time, never the top-level domain alone).
     */
    private static Result treeWalk(String domain, String subject, Answer own, DnsSource dns, List<DnsFinding> out) {
        for (String parent : parents(domain)) {
            var name = SpfEvaluator.name("_dmarc." + parent);
            if (name == null) {
                continue;
            }
            Answer a = dns.lookup(name, Type.TXT);
            if (!a.state().isConclusive()) {
                out.add(DnsFinding.of(DMARC_UNCHECKED, "_dmarc." + parent, DomainChecker.stateText(a), List.of()));
                return new Result(out, null, "", List.of());
            }
            if (a.txtJoined().stream().anyMatch(DmarcRecord::isDmarc)) {
                Result inherited = check(parent, a, dns);
                List<DnsFinding> all = new ArrayList<>(out);
                all.add(DnsFinding.of(DMARC_INHERITED, subject, LocalizedText.of("適用されるレコード: _dmarc." + parent,
                        "record that applies: _dmarc." + parent), a.presentation()));
                all.addAll(inherited.findings());
                return new Result(all, inherited.record(), inherited.published(), inherited.unauthorised());
            }
        }
        out.add(DnsFinding.of(DMARC_MISSING, subject, null, own.presentation()));
        return new Result(out, null, "", List.of());
    }

    static List<String> parents(String domain) {
        String[] labels = domain.split("\\.");
        int n = labels.length;
        List<String> out = new ArrayList<>();
        for (int i = n >= 8 ? n - 7 : 1; i <= n - 2; i++) {
            out.add(String.join(".", java.util.Arrays.copyOfRange(labels, i, n)));
        }
        return out;
    }
}
