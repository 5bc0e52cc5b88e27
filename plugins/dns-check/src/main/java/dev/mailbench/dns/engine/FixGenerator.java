package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Corrected records, each as before/after, ready to paste into the DNS operator's panel. */
public final class FixGenerator {
    private FixGenerator() {
    }

    public static List<Fix> fixes(String domain, CheckProfile profile, SpfEvaluator.Evaluation spf, List<DnsFinding> findings,
                                  DmarcChecks.Result dmarc) {
        List<Fix> out = new ArrayList<>();
        spfFix(domain, profile, spf, findings).ifPresent(out::add);
        if (has(findings, FindingCode.DMARC_INHERITED)) {
            return out; // the record that applies belongs to the parent domain: it is fixed when that domain is checked
        }
        dmarcFix(domain, profile, findings, dmarc).ifPresent(out::add);
        for (String reportDomain : dmarc.unauthorised()) {
            out.add(new Fix("dmarc-report-auth-" + reportDomain, LocalizedText.of(
                    "レポート送付先ドメイン " + reportDomain + " 側に登録する許可レコード",
                    "Authorisation record to publish at the report domain " + reportDomain),
                    domain + "._report._dmarc." + reportDomain, "TXT", "", "v=DMARC1"));
        }
        return out;
    }

    private static boolean has(List<DnsFinding> findings, FindingCode... codes) {
        Set<FindingCode> wanted = Set.of(codes);
        return findings.stream().anyMatch(f -> wanted.contains(f.code()));
    }

    static java.util.Optional<Fix> spfFix(String domain, CheckProfile profile, SpfEvaluator.Evaluation eval, List<DnsFinding> findings) {
        SpfNode root = eval.root();
        if (root.status() == SpfNode.Status.UNCHECKED) {
            return java.util.Optional.empty();
        }
        List<String> published = eval.txt().txtJoined().stream().filter(SpfParser::isSpf).toList();
        String before = String.join("\n", published);
        if (root.status() == SpfNode.Status.NO_RECORD) {
            String after = profile.spfTemplate().isEmpty()
                    ? "v=spf1 +a +mx" + (profile.spfInclude().isEmpty() ? "" : " include:" + profile.spfInclude()) + " ~all"
                    : profile.spfTemplate().replace("{domain}", domain);
            return java.util.Optional.of(spf(domain, "", after, "SPF を新しく登録", "Publish SPF"));
        }
        boolean needed = has(findings, FindingCode.SPF_MULTIPLE, FindingCode.SPF_SYNTAX, FindingCode.SPF_PLUS_ALL,
                FindingCode.SPF_NEUTRAL_ALL, FindingCode.SPF_NO_ALL, FindingCode.SPF_PTR, FindingCode.SPF_PROVIDER_INCLUDE_MISSING,
                FindingCode.SPF_STALE_INCLUDE, FindingCode.SPF_INCLUDE_NO_RECORD, FindingCode.SPF_LOOP,
                FindingCode.SPF_TOO_MANY_LOOKUPS, FindingCode.SPF_TOO_MANY_VOID, FindingCode.SPF_STRING_TOO_LONG);
        if (!needed) {
            return java.util.Optional.empty();
        }
        // Merge the terms of every published record (several records is the usual multiple-SPF mistake).
        Set<String> removable = new LinkedHashSet<>();
        root.flatten().filter(n -> n != root && (n.status() == SpfNode.Status.NO_RECORD || n.status() == SpfNode.Status.LOOP))
                .forEach(n -> removable.add(n.via().toLowerCase(Locale.ROOT)));
        Set<String> kept = new LinkedHashSet<>();
        String redirect = null;
        for (String record : published) {
            SpfParser.Result parsed = SpfParser.parse(record);
            List<SpfTerm> terms = parsed.ok() ? parsed.terms() : salvage(record);
            for (SpfTerm t : terms) {
                String text = t.text();
                String lower = text.toLowerCase(Locale.ROOT);
                if (t.name().equals("all") && !t.isModifier()) {
                    continue;
                }
                if (t.name().equals("ptr") || removable.contains(lower)
                        || (t.value() != null && !t.name().startsWith("ip") && !t.hasMacro() && profile.isFormer(t.value()))) {
                    continue;
                }
                if (t.isModifier() && t.name().equals("redirect")) {
                    redirect = text;
                    continue;
                }
                kept.add(text);
            }
        }
        if (!profile.spfInclude().isEmpty() && kept.stream().noneMatch(t -> t.equalsIgnoreCase("include:" + profile.spfInclude())
                || t.equalsIgnoreCase("+include:" + profile.spfInclude()))) {
            kept.add("include:" + profile.spfInclude());
        }
        StringBuilder after = new StringBuilder("v=spf1");
        kept.forEach(t -> after.append(' ').append(t));
        if (redirect != null && published.size() == 1 && !has(findings, FindingCode.SPF_PLUS_ALL, FindingCode.SPF_NEUTRAL_ALL)) {
            after.append(' ').append(redirect);
        } else {
            after.append(" ~all");
        }
        return java.util.Optional.of(spf(domain, before, after.toString(), "SPF を 1 つの正しいレコードに修正",
                "Correct SPF as one valid record"));
    }

    /** Terms of an unparsable record, kept when each is valid on its own, so the fix loses as little as possible. */
    private static List<SpfTerm> salvage(String record) {
        List<SpfTerm> terms = new ArrayList<>();
        for (String word : record.trim().split(" +")) {
            if (word.equalsIgnoreCase("v=spf1") || word.isEmpty()) {
                continue;
            }
            SpfParser.Result r = SpfParser.parse("v=spf1 " + word);
            if (r.ok()) {
                terms.addAll(r.terms());
            }
        }
        return terms;
    }

    private static Fix spf(String domain, String before, String after, String ja, String en) {
        return new Fix("spf", LocalizedText.of(ja, en), domain, "TXT", before, quoteForPanel(after));
    }

    /**
     * A record longer than 255 bytes must be published as several strings; they are joined without spaces
     * (RFC 7208 3.3), so we cut exactly at 255 bytes and show the quoted strings.
     */
    public static String quoteForPanel(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length <= 255) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 255) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('"').append(new String(bytes, i, Math.min(255, bytes.length - i), StandardCharsets.US_ASCII)).append('"');
        }
        return out.toString();
    }

    static java.util.Optional<Fix> dmarcFix(String domain, CheckProfile profile, List<DnsFinding> findings, DmarcChecks.Result dmarc) {
        String rua = "rua=mailto:dmarc-reports@" + domain;
        if (has(findings, FindingCode.DMARC_MISSING)) {
            String base = profile.dmarcDefault().strip();
            String after = (base.endsWith(";") ? base : base + ";") + " " + rua;
            return java.util.Optional.of(new Fix("dmarc", LocalizedText.of("DMARC を新しく登録（p=none で監視から開始）",
                    "Publish a starter DMARC (p=none, monitoring)"), "_dmarc." + domain, "TXT", "", after));
        }
        if (!has(findings, FindingCode.DMARC_SYNTAX, FindingCode.DMARC_BAD_VALUE, FindingCode.DMARC_OBSOLETE_TAG,
                FindingCode.DMARC_UNKNOWN_TAG, FindingCode.DMARC_MULTIPLE, FindingCode.DMARC_NO_RUA)) {
            return java.util.Optional.empty();
        }
        StringBuilder after = new StringBuilder("v=DMARC1; p=");
        DmarcRecord record = dmarc.record();
        String policy = record != null && record.problems().stream().noneMatch(p -> p.detail().startsWith("p="))
                ? record.policy() : "none";
        after.append(policy).append(';');
        if (record != null) {
            for (var e : record.tags().entrySet()) {
                String tag = e.getKey();
                boolean bad = record.problems().stream().anyMatch(p -> p.detail().startsWith(tag + "="));
                if (!tag.equals("v") && !tag.equals("p") && !bad) {
                    after.append(' ').append(tag).append('=').append(e.getValue()).append(';');
                }
            }
        }
        if (record == null || !record.tags().containsKey("rua")
                || record.problems().stream().anyMatch(p -> p.detail().startsWith("rua="))) {
            after.append(' ').append(rua).append(';');
        }
        String result = after.toString();
        if (result.endsWith(";")) {
            result = result.substring(0, result.length() - 1);
        }
        return java.util.Optional.of(new Fix("dmarc", LocalizedText.of("DMARC を修正", "Correct DMARC"), "_dmarc." + domain,
                "TXT", dmarc.published(), result));
    }
}
