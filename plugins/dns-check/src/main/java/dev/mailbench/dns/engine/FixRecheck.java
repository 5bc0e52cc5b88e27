package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Keeps a fix's promise: checks the domain again as it would be with the fix (and the fixes it requires)
 * published, over the answers the check already has. A fix passes when every target finding is gone, no
 * warning or error appears, an SPF fix at the domain leaves nothing that makes SPF fail (permerror), and no
 * deliberate policy is weakened: a locked {@code v=spf1 -all} stays, {@code -all} is never lowered to
 * {@code ~all}, DMARC {@code p}/{@code sp}/{@code np} never go down.
 */
final class FixRecheck {
    /** Checks the domain over {@code source}; {@code replaced} are the names whose TXT records the fix replaces. */
    interface Checker {
        DomainReport check(DnsSource source, Set<String> replaced);
    }

    /** Either the re-checked fix or, in words, why it failed. */
    record Result(Fix fix, LocalizedText failure) {
        boolean passed() {
            return fix != null;
        }
    }

    /** Codes that make an SPF evaluation end in permerror: a record with one of them left is still broken. */
    private static final Set<FindingCode> PERMERROR = Set.of(FindingCode.SPF_MULTIPLE, FindingCode.SPF_SYNTAX,
            FindingCode.SPF_TOO_MANY_LOOKUPS, FindingCode.SPF_TOO_MANY_VOID, FindingCode.SPF_LOOP, FindingCode.SPF_INCLUDE_NO_RECORD);
    private static final List<String> DMARC_POLICIES = List.of("none", "quarantine", "reject");

    private final String domain;
    private final DnsSource dns;
    private final List<DnsFinding> before;
    private final DnsSeverity worstBefore;
    private final Checker checker;
    /** Code and subject of the findings the check found more than once: those are told apart by their detail. */
    private final Set<String> several = new java.util.HashSet<>();
    /** How often the check found each key (see {@link #key}). */
    private final Map<String, Integer> beforeCounts;

    FixRecheck(String domain, DnsSource dns, List<DnsFinding> before, Checker checker) {
        this.domain = domain;
        this.dns = dns;
        this.before = List.copyOf(before);
        this.worstBefore = before.stream().map(DnsFinding::severity)
                .max(java.util.Comparator.comparingInt(DnsSeverity::rank)).orElse(DnsSeverity.OK);
        this.checker = checker;
        Map<String, Integer> bySubject = counts(before, FixRecheck::codeAndSubject);
        bySubject.forEach((k, n) -> {
            if (n > 1) {
                several.add(k);
            }
        });
        this.beforeCounts = counts(before, this::key);
    }

    private static Map<String, Integer> counts(List<DnsFinding> findings, Function<DnsFinding, String> key) {
        Map<String, Integer> out = new HashMap<>();
        for (DnsFinding f : findings) {
            out.merge(key.apply(f), 1, Integer::sum);
        }
        return out;
    }

    private static String codeAndSubject(DnsFinding f) {
        return f.code() + "|" + f.subject().toLowerCase(Locale.ROOT);
    }

    Result verify(FixDraft draft) {
        List<FixDraft> bundle = draft.bundle();
        List<OverlayDnsSource.Replacement> replacements = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (FixDraft d : bundle) {
            LocalizedText guard = guard(d);
            if (guard != null) {
                return new Result(null, guard);
            }
            Name name = SpfEvaluator.name(d.name());
            if (name == null) {
                return new Result(null, LocalizedText.of("名前が正しくありません: " + d.name(), "not a valid name: " + d.name()));
            }
            replacements.add(new OverlayDnsSource.Replacement(name, d.kind().replaces, d.strings()));
            names.add(SpfEvaluator.withoutFinalDot(d.name().toLowerCase(Locale.ROOT)));
        }
        DomainReport after = checker.check(new OverlayDnsSource(dns, replacements), names);
        Map<String, Integer> afterCounts = counts(after.findings(), this::key);
        List<DnsFinding> remaining = notCleared(draft.targets(), afterCounts);
        List<DnsFinding> added = appeared(after.findings(), DnsSeverity.WARNING);
        List<DnsFinding> broken = draft.kind() == FixDraft.Kind.SPF && draft.name().equalsIgnoreCase(domain)
                ? after.findings().stream().filter(f -> PERMERROR.contains(f.code())).toList() : List.of();
        if (!remaining.isEmpty() || !added.isEmpty() || !broken.isEmpty()) {
            return new Result(null, failure(draft, remaining, added, broken));
        }
        List<DnsFinding> unchecked = after.findings().stream()
                .filter(f -> f.severity() == DnsSeverity.COULD_NOT_CHECK && f.group() == draft.kind().group).toList();
        List<DnsFinding> informational = appeared(after.findings(), DnsSeverity.INFO).stream()
                .filter(f -> f.severity() == DnsSeverity.INFO).toList();
        Recheck recheck = new Recheck(unchecked.isEmpty() ? Recheck.Status.PASSED : Recheck.Status.INCOMPLETE, worstBefore,
                after.worst(), informational, unchecked);
        return new Result(draft.toFix(clears(draft, afterCounts), recheck), null);
    }

    /** The targets, and whatever else of this fix's own doing is gone (not what a required fix clears). */
    private List<DnsFinding> clears(FixDraft draft, Map<String, Integer> after) {
        Set<DnsFinding> byOthers = new java.util.HashSet<>();
        draft.bundle().stream().skip(1).forEach(d -> byOthers.addAll(d.targets()));
        List<DnsFinding> out = new ArrayList<>(draft.targets());
        Set<DnsFinding> targets = new java.util.HashSet<>(draft.targets());
        for (DnsFinding f : before) {
            if (f.severity() != DnsSeverity.OK && f.code() != FindingCode.SENDER_REQUIREMENTS && !targets.contains(f)
                    && !byOthers.contains(f) && after.getOrDefault(key(f), 0) < beforeCounts.getOrDefault(key(f), 0)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Targets still found after the fix. A finding is matched by code and subject (its detail may change, such
     * as a lookup count); when the check found several of one code and subject, by their details, counted.
     */
    private List<DnsFinding> notCleared(List<DnsFinding> targets, Map<String, Integer> after) {
        Map<String, List<DnsFinding>> groups = new LinkedHashMap<>();
        for (DnsFinding t : targets) {
            groups.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t);
        }
        List<DnsFinding> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            int was = beforeCounts.getOrDefault(e.getKey(), 0);
            int still = after.getOrDefault(e.getKey(), 0);
            if (was - still < e.getValue().size()) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    private String key(DnsFinding f) {
        String base = codeAndSubject(f);
        return several.contains(base) ? base + "|" + f.detail().en() : base;
    }

    /** Findings of at least {@code minimum} severity found more often (by code and subject) than before. */
    private List<DnsFinding> appeared(List<DnsFinding> after, DnsSeverity minimum) {
        Map<String, Integer> was = counts(before, FixRecheck::codeAndSubject);
        List<DnsFinding> out = new ArrayList<>();
        for (DnsFinding f : after) {
            if (f.severity().rank() < minimum.rank() || f.severity() == DnsSeverity.COULD_NOT_CHECK) {
                continue;
            }
            String k = codeAndSubject(f);
            int left = was.getOrDefault(k, 0);
            if (left > 0) {
                was.put(k, left - 1);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Why the draft may not be published at all, whatever a re-check would say; null when nothing forbids it. */
    private LocalizedText guard(FixDraft d) {
        Name name = SpfEvaluator.name(d.name());
        Answer now = name == null ? null : dns.lookup(name, Type.TXT);
        if (now == null || !now.cnames().isEmpty()) {
            return LocalizedText.of(d.name() + " は CNAME で別の名前に委ねられています。レコードはその委任先で変更する必要があります。",
                    d.name() + " is a CNAME to another name: the record must be changed where it points.");
        }
        List<String> published = now.txtJoined();
        if (d.kind() == FixDraft.Kind.SPF) {
            List<String> spf = published.stream().filter(SpfParser::isSpf).toList();
            if (spf.size() == 1 && isLocked(spf.get(0)) && !d.value().equals(spf.get(0))) {
                return LocalizedText.of("このドメインは「メールを送信しない」設定（v=spf1 -all）です。自動修正で送信を許可することはしません。",
                        "This domain declares that it sends no mail (v=spf1 -all); no automatic fix opens it.");
            }
            int strongest = spf.stream().mapToInt(FixRecheck::allRank).max().orElse(-1);
            if (strongest >= 2 && allRank(d.value()) < strongest) {
                return LocalizedText.of("修正案が all の指定を弱めてしまうため（" + qualifierText(strongest) + " → " + qualifierText(allRank(d.value())) + "）提案しません。",
                        "The fix would weaken the all term (" + qualifierText(strongest) + " → " + qualifierText(allRank(d.value())) + ").");
            }
        } else {
            int[] was = new int[3];
            for (String v : published.stream().filter(DmarcRecord::isDmarc).toList()) {
                int[] e = dmarcStrength(v);
                for (int i = 0; i < 3; i++) {
                    was[i] = Math.max(was[i], e[i]);
                }
            }
            int[] now2 = dmarcStrength(d.value());
            String[] tags = {"p", "sp", "np"};
            for (int i = 0; i < 3; i++) {
                if (now2[i] < was[i]) {
                    return LocalizedText.of("修正案が DMARC の " + tags[i] + "= を弱めてしまうため（" + DMARC_POLICIES.get(was[i]) + " → "
                            + DMARC_POLICIES.get(now2[i]) + "）提案しません。", "The fix would lower DMARC " + tags[i] + "= ("
                            + DMARC_POLICIES.get(was[i]) + " → " + DMARC_POLICIES.get(now2[i]) + ").");
                }
            }
        }
        return null;
    }

    /** A record that authorises nobody: {@code v=spf1 -all}, modifiers aside. */
    static boolean isLocked(String spf) {
        SpfParser.Result parsed = SpfParser.parse(spf);
        if (!parsed.ok()) {
            return false;
        }
        List<SpfTerm> mechanisms = parsed.terms().stream().filter(t -> !t.isModifier()).toList();
        return mechanisms.size() == 1 && mechanisms.get(0).name().equals("all") && mechanisms.get(0).qualifier() == '-';
    }

    /** Strength of the first all term: -all 3, ~all 2, ?all 1, +all 0; -1 without one. Read word by word, so broken records count too. */
    static int allRank(String spf) {
        for (String word : spf.trim().split(" +")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.equals("all") || (w.length() == 4 && w.endsWith("all") && "+-~?".indexOf(w.charAt(0)) >= 0)) {
                return switch (w.charAt(0)) {
                    case '-' -> 3;
                    case '~' -> 2;
                    case '?' -> 1;
                    default -> 0;
                };
            }
        }
        return -1;
    }

    private static String qualifierText(int rank) {
        return switch (rank) {
            case 3 -> "-all";
            case 2 -> "~all";
            case 1 -> "?all";
            case 0 -> "+all";
            default -> "all なし / no all";
        };
    }

    /**
     * What a DMARC record asks of receivers for the domain (p), its subdomains (sp, else p) and names that do
     * not exist (np, else sp): 0 none, 1 quarantine, 2 reject. An invalid value counts as none, as receivers
     * then fall back to none.
     */
    static int[] dmarcStrength(String record) {
        TagList tags = TagList.parse(record);
        Function<String, Integer> rank = tag -> {
            String v = tags.tags().get(tag);
            return v == null ? -1 : DMARC_POLICIES.indexOf(v.strip().toLowerCase(Locale.ROOT));
        };
        int p = Math.max(0, rank.apply("p"));
        int sp = rank.apply("sp") >= 0 ? rank.apply("sp") : p;
        int np = rank.apply("np") >= 0 ? rank.apply("np") : sp;
        return new int[] {p, sp, np};
    }

    private static LocalizedText failure(FixDraft d, List<DnsFinding> remaining, List<DnsFinding> added, List<DnsFinding> broken) {
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!remaining.isEmpty()) {
            ja.add(titles(remaining, true) + " が解消しない");
            en.add(titles(remaining, false) + " would remain");
        }
        if (!added.isEmpty()) {
            ja.add(titles(added, true) + " が新たに出る");
            en.add(titles(added, false) + " would appear");
        }
        if (!broken.isEmpty()) {
            ja.add("SPF がまだ評価できない（" + titles(broken, true) + "）");
            en.add("SPF would still fail (" + titles(broken, false) + ")");
        }
        return LocalizedText.of("修正案（" + d.name() + " TXT \"" + d.value() + "\"）を適用して再確認すると、" + String.join("、", ja)
                        + "ため、自動修正は提案しません。",
                "Re-checked with the candidate fix (" + d.name() + " TXT \"" + d.value() + "\") applied: " + String.join("; ", en)
                        + ". No automatic fix is proposed.");
    }

    private static String titles(List<DnsFinding> findings, boolean japanese) {
        Set<String> out = new LinkedHashSet<>();
        findings.forEach(f -> out.add(japanese ? f.code().title().ja() : f.code().title().en()));
        return String.join(japanese ? "・" : ", ", out);
    }
}
