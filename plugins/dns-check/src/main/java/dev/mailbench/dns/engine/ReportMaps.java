package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reports as plain maps and lists: the JSON output of {@code mailbench dns check --json} (schema in
 * {@code JSON-SCHEMA.md}) and the run history saved in the project use the same shape.
 */
public final class ReportMaps {
    public static final int SCHEMA_VERSION = 1;

    private ReportMaps() {
    }

    public static Map<String, Object> run(List<DomainReport> reports, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("domains", reports.stream().map(r -> domain(r, locale)).toList());
        return m;
    }

    /**
     * The whole output when nothing could be checked (no domain, an unusable option or file).
     *
     * @param code BAD_INPUT or INTERNAL
     */
    public static Map<String, Object> failure(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("error", error);
        m.put("domains", List.of());
        return m;
    }

    public static Map<String, Object> domain(DomainReport r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", r.domain());
        m.put("checkedAt", r.checkedAt().toString());
        m.put("source", r.source());
        m.put("mode", r.zoneMode() ? "zone" : "live");
        m.put("status", r.status());
        if (r.notChecked() != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", r.notChecked().code().name());
            error.put("file", r.notChecked().file());
            error.put("line", r.notChecked().line() > 0 ? r.notChecked().line() : null);
            error.put("message", r.notChecked().message().get(locale));
            m.put("error", error);
        }
        m.put("worst", r.worst().name());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (DnsSeverity s : DnsSeverity.values()) {
            counts.put(s.name(), r.count(s));
        }
        m.put("counts", counts);
        m.put("findings", r.findings().stream().map(f -> {
            Map<String, Object> x = finding(f, locale);
            x.put("fix", r.fixFor(f).map(Fix::id).orElse(null));
            x.put("noSafeFix", r.decisionFor(f).map(u -> u.decision().get(locale)).orElse(null));
            return x;
        }).toList());
        m.put("records", r.records().stream().map(ReportMaps::record).toList());
        m.put("spf", r.spf() == null ? null : spf(r.spf()));
        m.put("fixes", r.fixes().stream().map(f -> fix(f, locale)).toList());
        m.put("unfixed", r.unfixed().stream().map(u -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", u.finding().code().name());
            x.put("subject", u.finding().subject());
            x.put("decision", u.decision().get(locale));
            return x;
        }).toList());
        return m;
    }

    static Map<String, Object> finding(DnsFinding f, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code().name());
        m.put("severity", f.severity().name());
        m.put("group", f.group().name());
        m.put("subject", f.subject());
        m.put("title", f.code().title().get(locale));
        m.put("detail", f.detail().get(locale));
        m.put("explanation", f.code().explanation().get(locale));
        m.put("rfc", f.code().rfc());
        m.put("remedy", f.code().remedy().get(locale));
        m.put("records", f.records());
        return m;
    }

    static Map<String, Object> record(PublishedRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("type", r.type());
        m.put("ttl", r.ttl());
        m.put("data", r.data());
        m.put("state", r.state().name());
        return m;
    }

    static Map<String, Object> spf(SpfNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", n.domain());
        m.put("via", n.via());
        m.put("status", n.status().name());
        m.put("record", n.record());
        m.put("ownLookups", n.ownLookups());
        m.put("totalLookups", n.totalLookups());
        m.put("voidLookups", n.voidLookups());
        m.put("detail", n.detail());
        m.put("children", n.children().stream().map(ReportMaps::spf).toList());
        return m;
    }

    static Map<String, Object> fix(Fix f, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("title", f.title().get(locale));
        m.put("name", f.name());
        m.put("type", f.type());
        m.put("before", f.before());
        m.put("after", f.after());
        m.put("clears", f.clears().stream().map(c -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", c.code().name());
            x.put("severity", c.severity().name());
            x.put("subject", c.subject());
            x.put("title", c.code().title().get(locale));
            x.put("detail", c.detail().get(locale));
            return x;
        }).toList());
        m.put("recheck", f.recheck() == null ? null : recheck(f.recheck(), locale));
        m.put("note", f.note().get(locale));
        m.put("requires", f.requires());
        return m;
    }

    static Map<String, Object> recheck(Recheck r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status().name());
        m.put("worstBefore", r.worstBefore().name());
        m.put("worstAfter", r.worstAfter().name());
        m.put("appeared", r.appeared().stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", f.code().name());
            x.put("severity", f.severity().name());
            x.put("subject", f.subject());
            x.put("title", f.code().title().get(locale));
            return x;
        }).toList());
        m.put("unchecked", r.unchecked().stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", f.code().name());
            x.put("subject", f.subject());
            x.put("detail", f.detail().get(locale));
            return x;
        }).toList());
        return m;
    }

    /** The compact form kept in the project's history: findings and records, without texts. */
    public static Map<String, Object> historyEntry(DomainReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", r.domain());
        m.put("checkedAt", r.checkedAt().toString());
        m.put("mode", r.zoneMode() ? "zone" : "live");
        m.put("source", r.source());
        m.put("worst", r.worst().name());
        List<Object> findings = new ArrayList<>();
        for (DnsFinding f : r.findings()) {
            findings.add(Map.of("code", f.code().name(), "severity", f.severity().name(), "subject", f.subject()));
        }
        m.put("findings", findings);
        m.put("records", r.records().stream().map(ReportMaps::record).toList());
        m.put("fixes", r.fixes().stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", f.id());
            x.put("titleJa", f.title().ja());
            x.put("titleEn", f.title().en());
            x.put("name", f.name());
            x.put("type", f.type());
            x.put("before", f.before());
            x.put("after", f.after());
            x.put("clears", f.clears().stream().map(c -> Map.of("code", c.code().name(), "subject", c.subject())).toList());
            x.put("recheck", f.recheck() == null ? null : f.recheck().status().name());
            x.put("noteJa", f.note().ja());
            x.put("noteEn", f.note().en());
            x.put("requires", f.requires());
            return x;
        }).toList());
        m.put("unfixed", r.unfixed().stream().map(u -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", u.finding().code().name());
            x.put("subject", u.finding().subject());
            x.put("decisionJa", u.decision().ja());
            x.put("decisionEn", u.decision().en());
            return x;
        }).toList());
        return m;
    }
}
