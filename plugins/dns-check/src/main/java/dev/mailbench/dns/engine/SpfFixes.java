package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Candidate SPF records for one domain, each to be re-checked before it is proposed:
 * <ul>
 * <li>the domain's own record, merged and cleaned (ptr, stale hosts, includes of names without SPF, loops
 * closing at the domain, void terms when there are too many), with the provider's include added when the
 * project expects it, keeping the strongest all qualifier that was published;</li>
 * <li>when that still needs more than 10 lookups: without the a/mx terms the provider's include already
 * covers, then with named includes flattened into their current ip4/ip6 ranges;</li>
 * <li>for a loop that closes in a record at one of the customer's own names, that record without the term
 * that closes it.</li>
 * </ul>
 * A domain that sends no mail ({@code v=spf1 -all}) is never opened, and neither is a domain with a null MX
 * given an SPF without a person's decision.
 */
final class SpfFixes {
    /** The findings an SPF fix at the domain can clear. */
    static final Set<FindingCode> ADDRESSED = EnumSet.of(SPF_MISSING, SPF_MULTIPLE, SPF_SYNTAX, SPF_PLUS_ALL, SPF_NEUTRAL_ALL,
            SPF_NO_ALL, SPF_PTR, SPF_PROVIDER_INCLUDE_MISSING, SPF_STALE_INCLUDE, SPF_INCLUDE_NO_RECORD, SPF_LOOP,
            SPF_TOO_MANY_LOOKUPS, SPF_TOO_MANY_VOID, SPF_STRING_TOO_LONG);

    private final String domain;
    private final CheckProfile profile;
    private final SpfEvaluator.Evaluation eval;
    private final List<DnsFinding> findings;
    private final DnsSource dns;
    private final List<String> published;
    private final List<NoSafeFix> decisions = new ArrayList<>();
    /** Loop terms in the domain's own record (the loop closes at the domain). */
    private final Set<String> rootLoopTerms = new LinkedHashSet<>();
    /** Loop findings another draft (or a person) takes care of. */
    private final Set<DnsFinding> loopsElsewhere = new LinkedHashSet<>();
    private final List<FixDraft> loopBreaks = new ArrayList<>();

    SpfFixes(String domain, CheckProfile profile, SpfEvaluator.Evaluation eval, List<DnsFinding> findings, DnsSource dns) {
        this.domain = domain;
        this.profile = profile;
        this.eval = eval;
        this.findings = findings;
        this.dns = dns;
        this.published = eval.txt().txtJoined().stream().filter(SpfParser::isSpf).toList();
        if (eval.root().status() == SpfNode.Status.OK) {
            planLoops();
        }
    }

    /** Findings only a person can settle, with what they must decide. */
    List<NoSafeFix> decisions() {
        return List.copyOf(decisions);
    }

    /** Records at the customer's own names with the term that closes a loop removed. */
    List<FixDraft> loopBreaks() {
        return List.copyOf(loopBreaks);
    }

    private void planLoops() {
        Map<SpfNode, List<SpfNode>> byParent = new LinkedHashMap<>();
        collectLoops(eval.root(), byParent);
        List<DnsFinding> loopFindings = new ArrayList<>(findings.stream().filter(f -> f.code() == SPF_LOOP).toList());
        for (var e : byParent.entrySet()) {
            SpfNode parent = e.getKey();
            List<DnsFinding> targets = new ArrayList<>();
            for (SpfNode loop : e.getValue()) {
                String detail = loop.via() + " → " + loop.domain();
                loopFindings.stream().filter(f -> f.detail().en().equals(detail)).findFirst().ifPresent(f -> {
                    loopFindings.remove(f);
                    targets.add(f);
                });
            }
            if (parent == eval.root()) {
                e.getValue().forEach(l -> rootLoopTerms.add(l.via().toLowerCase(Locale.ROOT)));
                continue;
            }
            loopsElsewhere.addAll(targets);
            String owner = normal(parent.domain());
            if (!own(owner)) {
                for (DnsFinding f : targets) {
                    decisions.add(new NoSafeFix(f, LocalizedText.of(
                            "自動で安全な修正はありません。ループは " + owner + " のレコード（お客様の名前ではありません）の中で閉じています。"
                                    + "人が決めること: " + owner + " の管理者に修正を依頼するか、そこへ至る include が今も必要かを判断してください。",
                            "No safe automatic fix: the loop closes in the record at " + owner + ", which is not one of the customer's names. "
                                    + "A person must decide: ask its operator to correct it, or whether the include that leads there is still needed.")));
                }
                continue;
            }
            Set<String> remove = new LinkedHashSet<>();
            e.getValue().forEach(l -> remove.add(l.via().toLowerCase(Locale.ROOT)));
            boolean hasAll = parent.terms().stream().anyMatch(t -> !t.isModifier() && t.name().equals("all"));
            StringBuilder value = new StringBuilder("v=spf1");
            boolean removedRedirect = false;
            for (SpfTerm t : parent.terms()) {
                if (remove.remove(t.text().toLowerCase(Locale.ROOT))) {
                    removedRedirect |= t.isModifier() && t.name().equals("redirect");
                    continue;
                }
                value.append(' ').append(t.text());
            }
            if (removedRedirect && !hasAll) {
                value.append(" ~all"); // the redirect decided the result; without it the record needs its own end
            }
            loopBreaks.add(new FixDraft("spf-" + owner, LocalizedText.of("SPF のループを " + owner + " で断つ",
                    "Break the SPF loop at " + owner), owner, FixDraft.Kind.SPF, parent.record(), value.toString(), targets,
                    LocalizedText.of("ループを閉じている項目（" + String.join(", ", viaTexts(e.getValue())) + "）をお客様の名前 " + owner
                                    + " のレコードから外します。",
                            "Removes the term that closes the loop (" + String.join(", ", viaTexts(e.getValue())) + ") from the record at "
                                    + owner + ", one of the customer's own names."), List.of()));
        }
    }

    private static List<String> viaTexts(List<SpfNode> loops) {
        return loops.stream().map(SpfNode::via).toList();
    }

    private static void collectLoops(SpfNode node, Map<SpfNode, List<SpfNode>> out) {
        for (SpfNode child : node.children()) {
            if (child.status() == SpfNode.Status.LOOP) {
                out.computeIfAbsent(node, k -> new ArrayList<>()).add(child);
            } else {
                collectLoops(child, out);
            }
        }
    }

    private boolean own(String name) {
        return name.equals(domain) || name.endsWith("." + domain);
    }

    private static String normal(String name) {
        return SpfEvaluator.withoutFinalDot(name.toLowerCase(Locale.ROOT));
    }

    private boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** The domain's own record as it should be; empty when nothing is to be fixed there or only a person can. */
    Optional<FixDraft> apex() {
        SpfNode root = eval.root();
        if (root.status() == SpfNode.Status.UNCHECKED) {
            return Optional.empty();
        }
        List<DnsFinding> targets = new ArrayList<>(findings.stream().filter(f -> ADDRESSED.contains(f.code())
                && f.subject().equalsIgnoreCase(domain) && !loopsElsewhere.contains(f)).toList());
        if (root.status() == SpfNode.Status.NO_RECORD) {
            return missing(targets);
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        boolean locked = published.size() == 1 && FixRecheck.isLocked(published.get(0));
        if (locked) {
            targets.stream().filter(f -> f.code() == SPF_PROVIDER_INCLUDE_MISSING).findFirst().ifPresent(f -> {
                decisions.add(new NoSafeFix(f, lockedDecision()));
                targets.remove(f);
            });
            if (targets.isEmpty()) {
                return Optional.empty();
            }
        }
        Set<String> removable = new LinkedHashSet<>(rootLoopTerms);
        root.children().stream().filter(n -> n.status() == SpfNode.Status.NO_RECORD)
                .forEach(n -> removable.add(n.via().toLowerCase(Locale.ROOT)));
        Set<String> voids = targets.stream().anyMatch(f -> f.code() == SPF_TOO_MANY_VOID) ? voidTerms(root) : Set.of();
        String provider = profile.spfInclude();
        int providerRecord = 0;
        for (int i = 0; i < published.size(); i++) {
            if (!provider.isEmpty() && published.get(i).toLowerCase(Locale.ROOT).contains("include:" + provider)) {
                providerRecord = i;
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> fromOthers = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        String redirect = null;
        boolean anyAll = false;
        for (int i = 0; i < published.size(); i++) {
            String record = published.get(i);
            SpfParser.Result parsed = SpfParser.parse(record);
            for (SpfTerm t : parsed.ok() ? parsed.terms() : salvage(record)) {
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (!t.isModifier() && t.name().equals("all")) {
                    anyAll = true;
                    continue;
                }
                if (!t.isModifier() && t.name().equals("ptr")) {
                    dropped.add(t.text());
                    continue;
                }
                if (removable.contains(lower) || voids.contains(lower)) {
                    dropped.add(t.text());
                    continue;
                }
                if (t.value() != null && !t.name().startsWith("ip") && !t.hasMacro() && profile.isFormer(t.value())) {
                    stale.add(t.text());
                    continue;
                }
                if (t.isModifier() && t.name().equals("redirect")) {
                    redirect = t.text();
                    continue;
                }
                if (seen.add(lower)) {
                    kept.add(t.text());
                    if (published.size() > 1 && i != providerRecord) {
                        fromOthers.add(t.text());
                    }
                }
            }
        }
        boolean providerWanted = !provider.isEmpty() && !locked && (targets.stream().anyMatch(f -> f.code() == SPF_PROVIDER_INCLUDE_MISSING)
                || root.status() != SpfNode.Status.OK);
        if (providerWanted && seen.stream().noneMatch(t -> t.equals("include:" + provider) || t.equals("+include:" + provider))) {
            kept.add("include:" + provider);
        }
        int strongest = published.stream().mapToInt(FixRecheck::allRank).max().orElse(-1);
        String end = redirect != null && published.size() == 1 && !anyAll ? redirect : (strongest == 3 ? "-all" : "~all");
        String value = record(kept, end);
        if (published.size() == 1 && value.equals(published.get(0))
                && targets.stream().noneMatch(f -> f.code() == SPF_STRING_TOO_LONG || f.code() == SPF_TOO_MANY_LOOKUPS)) {
            return Optional.empty(); // nothing this generator knows changes the record: a person decides (see FixGenerator)
        }
        List<LocalizedText> notes = new ArrayList<>();
        if (!stale.isEmpty()) {
            notes.add(LocalizedText.of("お客様が移行済みのホストとして登録されている " + String.join(", ", stale) + " を外しました。",
                    "Left out " + String.join(", ", stale) + ": registered as hosts the customer has left."));
        }
        if (!dropped.isEmpty()) {
            notes.add(LocalizedText.of(String.join(", ", dropped) + " を外しました（SPF を壊すか、存在しない名前を指す項目です）。",
                    "Left out " + String.join(", ", dropped) + " (terms that break SPF or name hosts that do not exist)."));
        }
        if (!fromOthers.isEmpty()) {
            notes.add(LocalizedText.of("2 つ目以降の SPF レコードから " + String.join(", ", fromOthers)
                            + " を引き継ぎました。お客様がそのホストやサービスをもう使っていないなら、公開前に削除してください"
                            + "（旧ホストとして登録すると自動で外します）。",
                    "Carried over " + String.join(", ", fromOthers) + " from the other SPF record. If the customer no longer uses "
                            + "that host or service, remove it before publishing (register it as a former host and the fix leaves it out)."));
        }
        return Optional.of(new FixDraft("spf", LocalizedText.of("SPF を 1 つの正しいレコードに修正", "Correct SPF as one valid record"),
                domain, FixDraft.Kind.SPF, String.join("\n", published), value, targets, join(notes), List.of()));
    }

    private Optional<FixDraft> missing(List<DnsFinding> targets) {
        DnsFinding missing = targets.stream().filter(f -> f.code() == SPF_MISSING).findFirst().orElse(null);
        if (missing == null) {
            return Optional.empty();
        }
        if (has(MX_NULL)) {
            decisions.add(new NoSafeFix(missing, LocalizedText.of(
                    "自動で安全な修正はありません。このドメインは Null MX（メールを受け取らない）と宣言しています。人が決めること: "
                            + "送信もしないなら v=spf1 -all を、送信するなら実際の送信サーバーを含む SPF を登録してください。",
                    "No safe automatic fix: the domain declares a null MX (it receives no mail). A person must decide: if it sends "
                            + "no mail either, publish v=spf1 -all; if it does, an SPF naming the servers that really send.")));
            return Optional.empty();
        }
        String value = profile.spfTemplate().isEmpty()
                ? "v=spf1 +a +mx" + (profile.spfInclude().isEmpty() ? "" : " include:" + profile.spfInclude()) + " ~all"
                : profile.spfTemplate().replace("{domain}", domain);
        // SPF published only as type 99: the same value as TXT keeps the senders the customer listed there
        DnsFinding obsolete = findings.stream().filter(f -> f.code() == SPF_TYPE99_ONLY).findFirst().orElse(null);
        if (obsolete != null && obsolete.records().size() == 1 && SpfParser.parse(obsolete.records().get(0)).ok()
                && (profile.spfInclude().isEmpty() || obsolete.records().get(0).toLowerCase(java.util.Locale.ROOT)
                        .contains("include:" + profile.spfInclude()))) {
            return Optional.of(new FixDraft("spf", LocalizedText.of("SPF を TXT レコードとして登録", "Publish SPF as a TXT record"), domain,
                    FixDraft.Kind.SPF, "", obsolete.records().get(0), List.of(missing, obsolete), LocalizedText.of(
                            "SPF 型（type 99）のレコードと同じ内容です。TXT を登録したら type 99 のレコードは削除してください。",
                            "The same value as the SPF-type (type 99) record; once the TXT record is published, remove the type 99 record."),
                    List.of()));
        }
        return Optional.of(new FixDraft("spf", LocalizedText.of("SPF を新しく登録", "Publish SPF"), domain, FixDraft.Kind.SPF, "",
                value, List.of(missing), null, List.of()));
    }

    private LocalizedText lockedDecision() {
        String include = "include:" + profile.spfInclude();
        return LocalizedText.of("自動で安全な修正はありません。このドメインは「メールを送信しない」設定（v=spf1 -all）で、送信を許可しない状態が"
                        + "意図されたものと考えられます。人が決めること: このドメインから " + (profile.providerName().isEmpty() ? "プロバイダー"
                        : profile.providerName()) + " 経由で送信するかどうか。送信するなら -all の前に " + include + " を加えます（-all は残します）。",
                "No safe automatic fix: the domain declares that it sends no mail (v=spf1 -all), which looks deliberate. A person must "
                        + "decide whether it will send through " + (profile.providerName().isEmpty() ? "the provider" : profile.providerName())
                        + "; if so, add " + include + " before -all (keeping -all).");
    }

    /** Root terms whose lookup comes back empty; an a-term of a host with only IPv6 addresses is not void. */
    private Set<String> voidTerms(SpfNode root) {
        Set<String> out = new LinkedHashSet<>();
        for (SpfTerm t : root.terms()) {
            if (!t.countsLookup() || t.hasMacro() || t.name().equals("ptr")) {
                continue;
            }
            Name target = SpfEvaluator.name(t.targetOr(domain));
            if (target == null) {
                continue;
            }
            int type = switch (t.name()) {
                case "include", "redirect" -> Type.TXT;
                case "mx" -> Type.MX;
                default -> Type.A;
            };
            Answer a = dns.lookup(target, type);
            if (a.state().isEmpty() && !(t.name().equals("a") && dns.lookup(target, Type.AAAA).answered())) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Records with fewer DNS lookups than {@code base}, to try in order when {@code base} needs more than 10:
     * without the a/mx terms the provider's include already covers, then with named includes flattened into
     * their current ranges (biggest first) until the limit holds. Empty when {@code base} is within the limit.
     */
    List<FixDraft> fewerLookups(FixDraft base) {
        List<FixDraft> out = new ArrayList<>();
        if (lookups(base.value()) <= SpfChecks.MAX_LOOKUPS) {
            return out;
        }
        SpfParser.Result parsed = SpfParser.parse(base.value());
        if (!parsed.ok()) {
            return out;
        }
        List<SpfTerm> terms = new ArrayList<>(parsed.terms());
        FixDraft current = base;
        String provider = profile.spfInclude();
        SpfAddresses addresses = new SpfAddresses(dns);
        if (!provider.isEmpty() && terms.stream().anyMatch(t -> isInclude(t, provider))
                && terms.stream().allMatch(t -> t.isModifier() || t.name().equals("all") || t.qualifier() == '+')) {
            Optional<List<IpRange>> covered = addresses.passing(provider);
            List<String> redundant = new ArrayList<>();
            if (covered.isPresent()) {
                for (SpfTerm t : List.copyOf(terms)) {
                    if (!t.isModifier() && (t.name().equals("a") || t.name().equals("mx"))) {
                        Optional<List<IpRange>> ranges = addresses.addresses(t, domain);
                        if (ranges.isPresent() && !ranges.get().isEmpty() && SpfAddresses.covered(ranges.get(), covered.get())) {
                            terms.remove(t);
                            redundant.add(t.text());
                        }
                    }
                }
            }
            if (!redundant.isEmpty()) {
                current = withValue(base, terms, LocalizedText.of(String.join(", ", redundant) + " はプロバイダーの include:" + provider
                                + " が既に許可しているアドレスなので外しました（DNS 参照を減らすため）。",
                        "Left out " + String.join(", ", redundant) + ": include:" + provider
                                + " already authorises those addresses (to save DNS lookups)."));
                out.add(current);
            }
        }
        List<String> flattened = new ArrayList<>();
        int count = 0;
        int lookups = lookups(current.value());
        Map<String, Integer> cost = new java.util.HashMap<>();
        while (lookups > SpfChecks.MAX_LOOKUPS) {
            Optional<SpfTerm> pick = terms.stream()
                    .filter(t -> !t.isModifier() && t.name().equals("include") && t.qualifier() == '+' && !t.hasMacro()
                            && !isInclude(t, provider))
                    .sorted(Comparator.comparingInt((SpfTerm t) -> -cost.computeIfAbsent(normal(t.value()),
                            v -> new SpfEvaluator(dns).evaluate(v).lookups())))
                    .filter(t -> addresses.passing(t.value()).isPresent())
                    .findFirst();
            if (pick.isEmpty()) {
                break;
            }
            SpfTerm include = pick.get();
            List<IpRange> ranges = addresses.passing(include.value()).orElseThrow();
            int at = terms.indexOf(include);
            terms.remove(at);
            Set<String> present = new LinkedHashSet<>();
            terms.forEach(t -> present.add(t.text().toLowerCase(Locale.ROOT)));
            List<SpfTerm> replacement = new ArrayList<>();
            for (IpRange r : ranges) {
                if (present.add(r.spfTerm().toLowerCase(Locale.ROOT))) {
                    replacement.add(new SpfTerm('+', r.isIp4() ? "ip4" : "ip6", r.spfTerm().substring(4), 0, r.spfTerm()));
                }
            }
            terms.addAll(at, replacement);
            flattened.add(include.text());
            count += replacement.size();
            lookups = lookups(record(terms));
        }
        if (!flattened.isEmpty() && lookups <= SpfChecks.MAX_LOOKUPS) {
            out.add(withValue(current, terms, LocalizedText.of(String.join(", ", flattened) + " を現在の IP アドレス（ip4/ip6 " + count
                            + " 件）に展開しました。注意: 展開元（送信サービス）がアドレスを変えると SPF が合わなくなります。"
                            + "サービスの告知を確認し、定期的に再確認して更新し続けてください。",
                    "Flattened " + String.join(", ", flattened) + " into its current IP ranges (" + count + " ip4/ip6 terms). "
                            + "Warning: when that service changes its addresses, SPF stops matching. Watch its notices and re-check "
                            + "regularly to keep the ranges up to date.")));
        }
        return out;
    }

    private static boolean isInclude(SpfTerm t, String provider) {
        return !t.isModifier() && t.name().equals("include") && t.value() != null && normal(t.value()).equals(provider);
    }

    private FixDraft withValue(FixDraft base, List<SpfTerm> terms, LocalizedText more) {
        LocalizedText note = base.note().ja().isEmpty() ? more
                : LocalizedText.of(base.note().ja() + "\n" + more.ja(), base.note().en() + "\n" + more.en());
        return new FixDraft(base.id(), base.title(), base.name(), base.kind(), base.before(), record(terms), base.targets(),
                note, base.requires());
    }

    /** How many lookups the domain's SPF needs with {@code value} published (over the answers the check has). */
    private int lookups(String value) {
        Name apex = SpfEvaluator.name(domain);
        OverlayDnsSource overlay = new OverlayDnsSource(dns,
                List.of(new OverlayDnsSource.Replacement(apex, SpfParser::isSpf, FixDraft.split(value))));
        return new SpfEvaluator(overlay).evaluate(domain).lookups();
    }

    private static String record(List<SpfTerm> terms) {
        StringBuilder out = new StringBuilder("v=spf1");
        terms.forEach(t -> out.append(' ').append(t.text()));
        return out.toString();
    }

    private static String record(List<String> terms, String end) {
        StringBuilder out = new StringBuilder("v=spf1");
        terms.forEach(t -> out.append(' ').append(t));
        return out.append(' ').append(end).toString();
    }

    private static LocalizedText join(List<LocalizedText> notes) {
        return LocalizedText.of(String.join("\n", notes.stream().map(LocalizedText::ja).toList()),
                String.join("\n", notes.stream().map(LocalizedText::en).toList()));
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
}
