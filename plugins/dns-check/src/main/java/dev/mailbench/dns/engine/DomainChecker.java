package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;

import dev.mailbench.api.dns.CutoverTtl;
import dev.mailbench.api.model.LocalizedText;
import java.net.IDN;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Runs every check on one domain. All top-level questions are sent at once; the answers then go through
 * the checks of each record group. Thread-safe: one instance serves a whole run.
 */
public final class DomainChecker {
    private static final java.util.regex.Pattern DOMAIN_NAME =
            java.util.regex.Pattern.compile("([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    /** The OK code of each group that has one, in report order. */
    private static final List<FindingCode> GROUP_OKS = List.of(NS_OK, MX_OK, SPF_OK, DMARC_OK);
    private final DnsSource dns;
    private final CheckProfile profile;
    private final boolean zoneMode;
    private final Clock clock;
    private final List<ZoneFiles.LongString> longStrings;
    /** False for the re-check of a fix: it must not propose (and re-check) fixes of its own. */
    private final boolean proposeFixes;
    private final List<ZoneFiles.OversizedRecord> oversized;
    /** Remembers each policy fetched, so the re-check of a fix sees the same policy without fetching again. */
    private final MtaStsFetcher policies;

    public DomainChecker(DnsSource dns, CheckProfile profile, boolean zoneMode) {
        this(dns, profile, zoneMode, List.of(), Clock.systemUTC());
    }

    /** @param longStrings TXT strings over 255 bytes found while loading the zone file */
    public DomainChecker(DnsSource dns, CheckProfile profile, boolean zoneMode, List<ZoneFiles.LongString> longStrings,
                         Clock clock) {
        this(dns, profile, zoneMode, longStrings, List.of(), clock, true);
    }

    /** Checks a loaded zone file, with what was noted while loading it; {@code dns} answers from that zone. */
    public DomainChecker(DnsSource dns, CheckProfile profile, ZoneFiles.Loaded zone, Clock clock) {
        this(dns, profile, true, zone.longStrings(), zone.oversized(), clock, true);
    }

    private DomainChecker(DnsSource dns, CheckProfile profile, boolean zoneMode, List<ZoneFiles.LongString> longStrings,
                          List<ZoneFiles.OversizedRecord> oversized, Clock clock, boolean proposeFixes) {
        this(dns, profile, zoneMode, longStrings, oversized, clock, proposeFixes, MtaStsFetcher.NONE);
    }

    private DomainChecker(DnsSource dns, CheckProfile profile, boolean zoneMode, List<ZoneFiles.LongString> longStrings,
                          List<ZoneFiles.OversizedRecord> oversized, Clock clock, boolean proposeFixes, MtaStsFetcher policies) {
        this.policies = policies;
        this.dns = dns;
        this.profile = profile;
        this.zoneMode = zoneMode;
        this.longStrings = List.copyOf(longStrings);
        this.oversized = List.copyOf(oversized);
        this.clock = clock;
        this.proposeFixes = proposeFixes;
    }

    /**
     * The same check over {@code source} (the answers with a fix applied), without fixes of its own. Notes the
     * zone file loader made about the replaced names no longer apply.
     */
    private DomainReport recheck(String domain, DnsSource source, Set<String> replaced) {
        List<ZoneFiles.LongString> kept = longStrings.stream()
                .filter(s -> !replaced.contains(SpfEvaluator.withoutFinalDot(s.owner().toLowerCase(Locale.ROOT)))).toList();
        return new DomainChecker(source, profile, zoneMode, kept, oversized, clock, false, policies).check(domain);
    }

    /**
     * The same checker fetching MTA-STS policies with {@code fetcher} (a live check); without it, policies are
     * not fetched (the offline check of zone files).
     */
    public DomainChecker withPolicyFetcher(MtaStsFetcher fetcher) {
        java.util.concurrent.ConcurrentHashMap<String, MtaStsFetcher.Result> fetched = new java.util.concurrent.ConcurrentHashMap<>();
        MtaStsFetcher remembered = (host, addresses) -> fetched.computeIfAbsent(host + " " + addresses, k -> fetcher.fetch(host, addresses));
        return new DomainChecker(dns, profile, zoneMode, longStrings, oversized, clock, proposeFixes, remembered);
    }

    /**
     * Normalises what the user typed: lower case, no trailing dot, Japanese domains to their ACE form.
     *
     * @throws IllegalArgumentException with a message fit to show when it is not a domain name
     */
    public static String normalise(String input) {
        String s = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ドメイン名として読めません / not a domain name: " + input, e);
        }
        // Length first: the pattern repeats a group per label, and a long enough input overflowed the stack.
        if (s.length() > 253 || !DOMAIN_NAME.matcher(s).matches()) {
            throw new IllegalArgumentException("ドメイン名として読めません / not a domain name: " + input);
        }
        return s;
    }

    /** Where the answers come from, as reports say it. */
    public String source() {
        return dns.describe();
    }

    public DomainReport check(String input) {
        String domain = normalise(input);
        Name apex = SpfEvaluator.name(domain);
        var ns = dns.query(apex, Type.NS);
        var soa = dns.query(apex, Type.SOA);
        var mx = dns.query(apex, Type.MX);
        var txt = dns.query(apex, Type.TXT);
        var dmarc = query("_dmarc.", domain, Type.TXT);
        Map<String, CompletableFuture<Answer>> dkim = new LinkedHashMap<>();
        for (String selector : profile.dkimSelectors()) {
            Name n = SpfEvaluator.name(selector + "._domainkey." + domain);
            if (n != null) {
                dkim.put(selector, dns.query(n, Type.TXT));
            }
        }
        var mtaSts = query("_mta-sts.", domain, Type.TXT);
        var tlsRpt = query("_smtp._tls.", domain, Type.TXT);
        LookAhead ahead = new LookAhead(dns);
        ahead.nameServers(ns);
        ahead.mailExchangers(mx);
        ahead.spf(domain, txt);
        ahead.dmarcReports(domain, dmarc);
        ahead.mtaStsHost(domain, mtaSts);

        List<DnsFinding> findings = new ArrayList<>();
        List<PublishedRecord> records = new ArrayList<>();
        publish(records, ns.join(), soa.join(), mx.join(), txt.join(), dmarc.join());
        dkim.values().forEach(f -> publish(records, f.join()));
        publish(records, mtaSts.join(), tlsRpt.join());

        if (ns.join().state() == LookupState.NXDOMAIN) {
            findings.add(DnsFinding.of(DOMAIN_NXDOMAIN, domain, null, List.of()));
            return new DomainReport(domain, dns.describe(), zoneMode, clock.instant(), findings, records, null, List.of());
        }
        findings.addAll(nameServers(domain, ns.join(), soa.join()));
        findings.addAll(oneNetwork(domain, ns.join()));
        findings.addAll(mailExchangers(domain, mx.join(), records));
        findings.addAll(migrationTtl(domain, mx.join()));
        SpfEvaluator.Evaluation spf = new SpfEvaluator(dns).evaluate(domain);
        findings.addAll(SpfChecks.check(domain, spf, profile, isNullMx(mx.join())));
        findings.addAll(obsoleteSpfType(domain, apex, spf));
        for (ZoneFiles.LongString s : longStrings) {
            if (s.owner().equalsIgnoreCase(domain) && SpfParser.isSpf(s.text())) {
                findings.add(DnsFinding.of(SPF_STRING_TOO_LONG, domain, LocalizedText.of(
                        "ゾーンファイル " + s.line() + " 行目: " + s.bytes() + " バイト",
                        "zone file line " + s.line() + ": " + s.bytes() + " bytes"), List.of(s.text())));
            }
        }
        for (ZoneFiles.OversizedRecord r : oversized) {
            findings.add(DnsFinding.of(RECORD_TOO_LONG, r.owner().toString(true), LocalizedText.of(
                    Type.string(r.type()) + ": " + ZoneFiles.grouped(r.bytes()) + " バイト（DNS の上限 " + ZoneFiles.grouped(ZoneFiles.MAX_RDATA_BYTES)
                            + " バイト）。このレコードを除いて確認しました",
                    Type.string(r.type()) + ": " + ZoneFiles.grouped(r.bytes()) + " bytes (DNS limit " + ZoneFiles.grouped(ZoneFiles.MAX_RDATA_BYTES)
                            + " bytes); checked without this record"), List.of(r.start())));
        }
        for (var e : dkim.entrySet()) {
            findings.addAll(DkimChecks.check(domain, e.getKey(), e.getValue().join()));
        }
        DmarcChecks.Result dmarcResult = DmarcChecks.check(domain, dmarc.join(), dns);
        findings.addAll(dmarcResult.findings());
        findings.addAll(MtaStsChecks.check(domain, mtaSts.join(), tlsRpt.join()));
        findings.addAll(MtaStsChecks.policy(domain, mtaSts.join(), mx.join(), dns, policies));
        addGroupOks(domain, findings);
        findings.add(SenderRequirements.summarise(domain, findings));
        if (!proposeFixes) {
            return new DomainReport(domain, dns.describe(), zoneMode, clock.instant(), findings, records, spf.root(), List.of());
        }
        FixGenerator.Proposal proposal = FixGenerator.propose(domain, profile, spf, findings, dmarcResult, dns,
                (source, replaced) -> recheck(domain, source, replaced));
        return new DomainReport(domain, dns.describe(), zoneMode, clock.instant(), findings, records, spf.root(),
                proposal.fixes(), proposal.unfixed());
    }

    /**
     * A question about {@code prefix + domain}. A domain near 253 characters makes {@code _smtp._tls.<domain>}
     * longer than a DNS name can be: nobody can ask for it, so it is not checked (and never "missing").
     */
    private CompletableFuture<Answer> query(String prefix, String domain, int type) {
        Name n = SpfEvaluator.name(prefix + domain);
        return n != null ? dns.query(n, type)
                : CompletableFuture.completedFuture(Answer.failed(SpfEvaluator.name(domain), type, LookupState.ERROR));
    }

    private static List<DnsFinding> nameServers(String domain, Answer ns, Answer soa) {
        List<DnsFinding> out = new ArrayList<>();
        if (!ns.state().isConclusive() || !soa.state().isConclusive()) {
            Answer failed = !ns.state().isConclusive() ? ns : soa;
            out.add(DnsFinding.of(NS_UNCHECKED, domain, stateText(failed), List.of()));
            return out;
        }
        if (ns.state().isEmpty()) {
            out.add(DnsFinding.of(NS_MISSING, domain));
        } else if (ns.records().size() == 1) {
            out.add(DnsFinding.of(NS_SINGLE, domain, null, ns.presentation()));
        }
        if (soa.state().isEmpty()) {
            out.add(DnsFinding.of(SOA_MISSING, domain));
        }
        return out;
    }

    /** A null MX alone (RFC 7505): the domain declares that it receives no mail. */
    static boolean isNullMx(Answer mx) {
        return mx.state().isConclusive() && mx.records().size() == 1 && mx.records().get(0) instanceof MXRecord r
                && r.getTarget().equals(Name.root);
    }

    /**
     * Every name server's IPv4 address in one /24 (RFC 2182 3.1), as information only. Name servers whose
     * addresses are not known (outside the zone file, a failed lookup) make no statement: this is advice about
     * redundancy, and the NS check itself has already said whether NS could be checked.
     */
    private List<DnsFinding> oneNetwork(String domain, Answer ns) {
        if (!ns.state().isConclusive() || ns.records().size() < 2) {
            return List.of();
        }
        List<CompletableFuture<Answer>> lookups = ns.records().stream()
                .map(r -> dns.query(((org.xbill.DNS.NSRecord) r).getTarget(), Type.A)).toList();
        Set<String> networks = new java.util.TreeSet<>();
        for (CompletableFuture<Answer> f : lookups) {
            Answer a = f.join();
            if (!a.answered()) {
                return List.of();
            }
            for (Record r : a.records()) {
                byte[] b = ((ARecord) r).getAddress().getAddress();
                networks.add((b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24");
            }
        }
        return networks.size() == 1 ? List.of(DnsFinding.of(NS_ONE_NETWORK, domain, LocalizedText.of(networks.iterator().next(),
                networks.iterator().next()), ns.presentation())) : List.of();
    }

    /**
     * With a move planned, a record the switch changes (the MX set, the domain's and its MX hosts' A records)
     * whose TTL is longer than the cutover allows: the migration planner's rule ({@link CutoverTtl}), with the
     * lead time it implies and, when the cutover is set, the latest time to lower it.
     */
    private List<DnsFinding> migrationTtl(String domain, Answer mx) {
        if (!profile.migration().planned() || !mx.state().isConclusive()) {
            return List.of();
        }
        Map<String, Answer> sets = new LinkedHashMap<>();
        sets.put(domain + " MX", mx);
        Name apex = SpfEvaluator.name(domain);
        sets.put(domain + " A", dns.lookup(apex, Type.A));
        for (Record r : mx.records()) {
            Name target = ((MXRecord) r).getTarget();
            if (!target.equals(Name.root) && !target.equals(apex) && target.subdomain(apex)) {
                sets.putIfAbsent(target.toString(true) + " A", dns.lookup(target, Type.A));
            }
        }
        // Record sets with the same TTL share one finding: the advice and its deadline are the same for all of them.
        Map<Long, List<String>> namesByTtl = new LinkedHashMap<>();
        Map<Long, List<String>> recordsByTtl = new LinkedHashMap<>();
        for (var e : sets.entrySet()) {
            Answer a = e.getValue();
            if (!a.answered() || a.records().isEmpty()) {
                continue; // nothing cached that the switch would have to wait out
            }
            long ttl = a.records().stream().mapToLong(Record::getTTL).max().orElse(0);
            if (CutoverTtl.isReady(ttl)) {
                continue;
            }
            namesByTtl.computeIfAbsent(ttl, t -> new ArrayList<>()).add(e.getKey());
            recordsByTtl.computeIfAbsent(ttl, t -> new ArrayList<>()).addAll(a.presentation());
        }
        List<DnsFinding> out = new ArrayList<>();
        for (var e : namesByTtl.entrySet()) {
            long ttl = e.getKey();
            long hours = CutoverTtl.lead(ttl).toHours();
            java.time.LocalDateTime cutover = profile.migration().cutover();
            String by = cutover == null ? "" : cutover.minus(CutoverTtl.lead(ttl)).toString().replace('T', ' ');
            String at = cutover == null ? "" : cutover.toString().replace('T', ' ');
            out.add(DnsFinding.of(MIGRATION_TTL_LONG, String.join(", ", e.getValue()), LocalizedText.of(
                    String.join("・", e.getValue()) + " の TTL " + ttl + " 秒: 切り替えの " + hours + " 時間前までに "
                            + CutoverTtl.LOW_TTL + " 秒へ下げる"
                            + (cutover == null ? "（切り替え日時が未設定）" : "（切り替え " + at + " → " + by + " までに）"),
                    "TTL " + ttl + " s of " + String.join(", ", e.getValue()) + ": lower it to " + CutoverTtl.LOW_TTL
                            + " s at least " + hours + " hours before the switch"
                            + (cutover == null ? " (no cutover time set)" : " (switch " + at + " → by " + by + ")")),
                    recordsByTtl.get(ttl)));
        }
        return out;
    }

    /** SPF only as the obsolete type 99 (RFC 7208 3.1): asked only when no TXT SPF exists. */
    private List<DnsFinding> obsoleteSpfType(String domain, Name apex, SpfEvaluator.Evaluation spf) {
        if (spf.root().status() != SpfNode.Status.NO_RECORD) {
            return List.of();
        }
        Answer type99 = dns.lookup(apex, Type.SPF);
        List<String> values = type99.records().stream().filter(r -> r instanceof org.xbill.DNS.SPFRecord)
                .map(r -> String.join("", ((org.xbill.DNS.SPFRecord) r).getStrings())).filter(SpfParser::isSpf).toList();
        return values.isEmpty() ? List.of() : List.of(DnsFinding.of(SPF_TYPE99_ONLY, domain, LocalizedText.of(
                domain + " の SPF 型レコード", "the SPF-type record of " + domain), values));
    }

    private List<DnsFinding> mailExchangers(String domain, Answer mx, List<PublishedRecord> published) {
        List<DnsFinding> out = new ArrayList<>();
        if (!mx.state().isConclusive()) {
            out.add(DnsFinding.of(MX_UNCHECKED, domain, stateText(mx), List.of()));
            return out;
        }
        if (mx.state().isEmpty()) {
            out.add(DnsFinding.of(MX_MISSING, domain));
            return out;
        }
        List<MXRecord> all = mx.records().stream().map(MXRecord.class::cast).toList();
        if (isNullMx(mx)) {
            out.add(DnsFinding.of(MX_NULL, domain, null, mx.presentation()));
            return out;
        }
        // RFC 7505 3.3: "0 ." beside other MX is a mistake; the name "." has no address to look up
        List<MXRecord> targets = all.stream().filter(r -> !r.getTarget().equals(Name.root)).toList();
        if (targets.size() < all.size()) {
            out.add(DnsFinding.of(MX_NULL_MIXED, domain, null, mx.presentation()));
        }
        Map<Name, CompletableFuture<Answer>> a = new LinkedHashMap<>();
        Map<Name, CompletableFuture<Answer>> aaaa = new LinkedHashMap<>();
        for (MXRecord r : targets) {
            a.put(r.getTarget(), dns.query(r.getTarget(), Type.A));
            aaaa.put(r.getTarget(), dns.query(r.getTarget(), Type.AAAA));
        }
        CompletableFuture<Answer> provider = profile.mailHost().isEmpty() ? null
                : dns.query(SpfEvaluator.name(profile.mailHost()), Type.A);
        Set<String> mxAddresses = new HashSet<>();
        Map<java.net.InetAddress, String> hostOf = new LinkedHashMap<>();
        boolean unchecked = false;
        for (MXRecord r : targets) {
            Answer four = a.get(r.getTarget()).join();
            Answer six = aaaa.get(r.getTarget()).join();
            publish(published, four);
            if (!four.cnames().isEmpty() || !six.cnames().isEmpty()) {
                List<String> recs = new ArrayList<>(mx.presentation());
                (four.cnames().isEmpty() ? six : four).cnames().forEach(c -> recs.add(c.toString()));
                out.add(DnsFinding.of(MX_TARGET_CNAME, r.getTarget().toString(true), null, recs));
            }
            if (!four.state().isConclusive() || (!six.state().isConclusive() && !four.answered())) {
                out.add(DnsFinding.of(MX_UNCHECKED, r.getTarget().toString(true), stateText(four.state().isConclusive() ? six : four), List.of()));
                unchecked = true;
                continue;
            }
            if (!four.answered() && !six.answered()) {
                out.add(DnsFinding.of(MX_TARGET_NO_ADDRESS, r.getTarget().toString(true), null, List.of(r.toString())));
            }
            four.records().forEach(rec -> mxAddresses.add(((ARecord) rec).getAddress().getHostAddress()));
            six.records().forEach(rec -> mxAddresses.add(((AAAARecord) rec).getAddress().getHostAddress()));
            four.records().forEach(rec -> hostOf.putIfAbsent(((ARecord) rec).getAddress(), r.getTarget().toString(true)));
            six.records().forEach(rec -> hostOf.putIfAbsent(((AAAARecord) rec).getAddress(), r.getTarget().toString(true)));
        }
        out.addAll(reverseDns(hostOf, published));
        if (provider != null && !unchecked) {
            Answer host = provider.join();
            boolean named = targets.stream().anyMatch(t -> t.getTarget().toString(true).equalsIgnoreCase(profile.mailHost()));
            if (!host.state().isConclusive()) {
                out.add(DnsFinding.of(MX_UNCHECKED, profile.mailHost(), stateText(host), List.of()));
            } else if (!named && host.records().stream().map(r -> ((ARecord) r).getAddress().getHostAddress())
                    .noneMatch(mxAddresses::contains)) {
                out.add(DnsFinding.of(MX_NOT_PROVIDER, domain, LocalizedText.of(
                        "プロバイダーのメールサーバー: " + profile.mailHost(), "provider's mail server: " + profile.mailHost()),
                        mx.presentation()));
            }
        }
        return out;
    }

    /**
     * PTR and forward-confirmed reverse DNS of every MX address: the PTR names must resolve back to the
     * address. Gmail and Yahoo ask this of sending IPs; at Xserver the MX host is also the sending server.
     */
    private List<DnsFinding> reverseDns(Map<java.net.InetAddress, String> hostOf, List<PublishedRecord> published) {
        Map<java.net.InetAddress, CompletableFuture<Answer>> ptr = new LinkedHashMap<>();
        hostOf.keySet().forEach(ip -> ptr.put(ip, dns.query(org.xbill.DNS.ReverseMap.fromAddress(ip), Type.PTR)));
        Map<java.net.InetAddress, Map<Name, CompletableFuture<Answer>>> forward = new LinkedHashMap<>();
        for (var e : ptr.entrySet()) {
            Map<Name, CompletableFuture<Answer>> names = new LinkedHashMap<>();
            int type = e.getKey() instanceof java.net.Inet6Address ? Type.AAAA : Type.A;
            for (Record r : e.getValue().join().records()) {
                Name target = ((org.xbill.DNS.PTRRecord) r).getTarget();
                names.putIfAbsent(target, dns.query(target, type));
            }
            forward.put(e.getKey(), names);
        }
        List<DnsFinding> out = new ArrayList<>();
        for (var e : ptr.entrySet()) {
            java.net.InetAddress ip = e.getKey();
            Answer reverse = e.getValue().join();
            publish(published, reverse);
            String subject = ip.getHostAddress() + " (" + hostOf.get(ip) + ")";
            if (!reverse.state().isConclusive()) {
                out.add(DnsFinding.of(MX_PTR_UNCHECKED, subject, stateText(reverse), List.of()));
                continue;
            }
            if (reverse.records().isEmpty()) {
                out.add(DnsFinding.of(MX_PTR_MISSING, subject, null, List.of(reverse.name().toString(true) + " PTR (" + reverse.state() + ")")));
                continue;
            }
            boolean confirmed = false;
            Answer failed = null;
            for (CompletableFuture<Answer> f : forward.get(ip).values()) {
                Answer back = f.join();
                if (!back.state().isConclusive()) {
                    failed = back;
                }
                confirmed |= back.records().stream().anyMatch(r -> ip.equals(r instanceof ARecord a ? a.getAddress()
                        : ((AAAARecord) r).getAddress()));
            }
            if (!confirmed && failed != null) {
                out.add(DnsFinding.of(MX_PTR_UNCHECKED, subject, stateText(failed), List.of()));
            } else if (!confirmed) {
                String names = String.join(", ", forward.get(ip).keySet().stream().map(n -> n.toString(true)).toList());
                out.add(DnsFinding.of(MX_PTR_MISMATCH, subject, LocalizedText.of(
                        "逆引き " + names + " の A/AAAA に " + ip.getHostAddress() + " がありません",
                        names + " does not resolve back to " + ip.getHostAddress()), reverse.presentation()));
            }
        }
        return out;
    }

    /** Adds the group's OK code when the group has nothing at warning level or worse. */
    private static void addGroupOks(String domain, List<DnsFinding> findings) {
        java.util.EnumSet<RecordGroup> bad = java.util.EnumSet.noneOf(RecordGroup.class);
        for (DnsFinding f : findings) {
            if (f.severity().rank() >= DnsSeverity.WARNING.rank()) {
                bad.add(f.group());
            }
            if (f.code() == DMARC_MISSING || f.code() == DOMAIN_NXDOMAIN) {
                bad.add(RecordGroup.DMARC); // no DMARC record, or no domain at all: nothing to call OK
            }
        }
        for (FindingCode ok : GROUP_OKS) {
            if (!bad.contains(ok.group())) {
                findings.add(DnsFinding.of(ok, domain));
            }
        }
    }

    static LocalizedText stateText(Answer a) {
        LocalizedText state = stateOnly(a);
        if (a.tried() == null) {
            return state;
        }
        return LocalizedText.of(state.ja() + "（試したこと: " + a.tried().ja() + "）", state.en() + " (tried: " + a.tried().en() + ")");
    }

    private static LocalizedText stateOnly(Answer a) {
        String what = a.name().toString(true) + " " + Type.string(a.type());
        return switch (a.state()) {
            case TIMEOUT -> LocalizedText.of(what + ": タイムアウト", what + ": timed out");
            case SERVFAIL -> LocalizedText.of(what + ": SERVFAIL（サーバーエラー）", what + ": SERVFAIL");
            case REFUSED -> LocalizedText.of(what + ": 問い合わせを拒否されました (REFUSED)", what + ": REFUSED");
            case OFFLINE -> LocalizedText.of(what + ": ゾーンファイルの外の名前のため確認していません（オフライン）",
                    what + ": outside the zone file, not checked (offline)");
            default -> LocalizedText.of(what + ": " + a.state(), what + ": " + a.state());
        };
    }

    private static void publish(List<PublishedRecord> out, Answer... answers) {
        for (Answer a : answers) {
            if (a.answered()) {
                for (var c : a.cnames()) {
                    out.add(new PublishedRecord(c.getName().toString(true), "CNAME", c.getTTL(), c.rdataToString(), LookupState.ANSWERED));
                }
                for (Record r : a.records()) {
                    out.add(new PublishedRecord(r.getName().toString(true), Type.string(r.getType()), r.getTTL(),
                            Answer.rdata(r), LookupState.ANSWERED));
                }
            } else {
                out.add(new PublishedRecord(a.name().toString(true), Type.string(a.type()), 0, "", a.state()));
            }
        }
    }
}
