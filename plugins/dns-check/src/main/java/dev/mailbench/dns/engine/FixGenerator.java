package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrected records, each as before/after, ready to paste into the DNS operator's panel. Every candidate
 * is re-checked ({@link FixRecheck}) and proposed only when it keeps its promise; for the findings no
 * candidate could clear, the report says plainly that no safe automatic fix exists and what a person must
 * decide.
 */
public final class FixGenerator {
    private FixGenerator() {
    }

    /** Fixes that passed their re-check, and the findings only a person can settle. */
    record Proposal(List<Fix> fixes, List<NoSafeFix> unfixed) {
    }

    static Proposal propose(String domain, CheckProfile profile, SpfEvaluator.Evaluation spf, List<DnsFinding> findings,
                            DmarcChecks.Result dmarc, DnsSource dns, FixRecheck.Checker checker) {
        FixRecheck recheck = new FixRecheck(domain, dns, findings, checker);
        Map<String, Fix> fixes = new LinkedHashMap<>();
        List<NoSafeFix> unfixed = new ArrayList<>();

        SpfFixes spfFixes = new SpfFixes(domain, profile, spf, findings, dns);
        List<FixDraft> loopBreaks = new ArrayList<>();
        List<Fix> loopFixes = new ArrayList<>();
        for (FixDraft d : spfFixes.loopBreaks()) {
            FixRecheck.Result r = recheck.verify(d);
            if (r.passed()) {
                loopBreaks.add(d);
                loopFixes.add(r.fix());
            } else {
                d.targets().forEach(t -> unfixed.add(decision(t, r.failure())));
            }
        }
        Optional<FixDraft> apex = spfFixes.apex();
        if (apex.isPresent()) {
            FixDraft base = apex.get().withRequires(loopBreaks);
            // The cleaned record may be the published one (only too many lookups): then only fewer lookups can help.
            boolean unchanged = base.value().equals(base.before());
            FixRecheck.Result r = unchanged ? new FixRecheck.Result(null, LocalizedText.of(
                    "DNS 参照を減らせる項目（プロバイダーの include と重なる a・mx、IP アドレスに展開できる include）が見つかりませんでした。",
                    "Nothing found that saves lookups (a/mx terms the provider's include covers, includes that can be flattened)."))
                    : recheck.verify(base);
            if (!r.passed()) {
                for (FixDraft fewer : spfFixes.fewerLookups(base)) {
                    r = recheck.verify(fewer.withRequires(loopBreaks));
                    if (r.passed()) {
                        break;
                    }
                }
            }
            if (r.passed()) {
                fixes.put(r.fix().id(), r.fix());
            } else {
                LocalizedText failure = r.failure();
                base.targets().forEach(t -> unfixed.add(decision(t, failure)));
            }
        }
        loopFixes.forEach(f -> fixes.putIfAbsent(f.id(), f));
        unfixed.addAll(spfFixes.decisions());

        DmarcFixes dmarcFixes = new DmarcFixes(domain, profile, findings, dmarc, dns);
        for (FixDraft d : dmarcFixes.drafts()) {
            FixRecheck.Result r = recheck.verify(d);
            List<Fix> required = new ArrayList<>();
            for (FixDraft req : d.bundle().subList(1, d.bundle().size())) {
                FixRecheck.Result alone = recheck.verify(req);
                if (!alone.passed()) {
                    r = alone;
                    break;
                }
                required.add(alone.fix());
            }
            if (r.passed()) {
                fixes.putIfAbsent(r.fix().id(), r.fix());
                required.forEach(f -> fixes.putIfAbsent(f.id(), f));
            } else {
                LocalizedText failure = r.failure();
                d.targets().forEach(t -> unfixed.add(decision(t, failure)));
            }
        }
        unfixed.addAll(dmarcFixes.decisions());

        for (DnsFinding f : findings) {
            boolean addressed = SpfFixes.ADDRESSED.contains(f.code()) && f.subject().equalsIgnoreCase(domain);
            if (addressed && unfixed.stream().noneMatch(u -> u.finding().equals(f))) {
                unfixed.add(decision(f, LocalizedText.of("自動修正の案を作れませんでした。", "No automatic fix could be made.")));
            }
        }
        List<Fix> proposed = List.copyOf(fixes.values());
        List<NoSafeFix> left = new ArrayList<>();
        for (NoSafeFix u : unfixed) {
            boolean cleared = proposed.stream().anyMatch(x -> x.clears(u.finding()));
            if (!cleared && left.stream().noneMatch(x -> x.finding().equals(u.finding()))) {
                left.add(u);
            }
        }
        return new Proposal(proposed, left);
    }

    /** The failure in words, then what a person must decide about {@code finding}. */
    private static NoSafeFix decision(DnsFinding finding, LocalizedText failure) {
        LocalizedText question = switch (finding.code()) {
            case SPF_TOO_MANY_LOOKUPS -> LocalizedText.of("お客様が実際に使っている送信サービスはどれか。使っていないサービスの include を削除するか、"
                    + "サービスに参照回数の少ない設定を問い合わせてください。", "which sending services the customer really uses: remove the "
                    + "includes of the others, or ask a service for a setting with fewer lookups.");
            case SPF_TOO_MANY_VOID -> LocalizedText.of("存在しない名前を参照している項目（include 先の中を含む）を誰がどう直すか。",
                    "who corrects the terms that name hosts which do not exist (inside included records too), and how.");
            case SPF_LOOP -> LocalizedText.of("ループを作っている include・redirect のどれを外すか。", "which include or redirect of the loop to remove.");
            case SPF_MULTIPLE -> LocalizedText.of("どちらの SPF レコードの送信元が今も使われているか。", "which SPF record's senders are still in use.");
            default -> finding.code().remedy().ja().isEmpty() ? LocalizedText.of("この指摘をどう扱うか。", "how to handle this finding.")
                    : finding.code().remedy();
        };
        String ja = failure.ja().startsWith("自動") ? failure.ja() : "自動で安全な修正はありません。" + failure.ja();
        String en = failure.en().startsWith("No ") ? failure.en() : "No safe automatic fix. " + failure.en();
        return new NoSafeFix(finding, LocalizedText.of(ja + " 人が決めること: " + question.ja(), en + " A person must decide: " + question.en()));
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
}
