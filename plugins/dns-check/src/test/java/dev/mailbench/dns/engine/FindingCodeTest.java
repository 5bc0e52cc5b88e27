package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every finding code, each produced from records built here (a healthy domain with one thing changed). */
class FindingCodeTest {
    static final String D = "x.test";
    static String key2048;
    static String key1024;
    static String key512;
    static String ed25519;

    @BeforeAll
    static void keys() throws Exception {
        key2048 = rsa(2048);
        key1024 = rsa(1024);
        key512 = rsa(512);
        byte[] spki = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        ed25519 = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    static String rsa(int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits);
        return Base64.getEncoder().encodeToString(g.generateKeyPair().getPublic().getEncoded());
    }

    /** A TXT record line with the value split into ≤255-byte strings. */
    static String txt(String name, String value) {
        StringBuilder sb = new StringBuilder(name + " TXT");
        for (int i = 0; i < value.length(); i += 200) {
            sb.append(" \"").append(value, i, Math.min(value.length(), i + 200)).append('"');
        }
        return sb.toString();
    }

    static FakeDns healthy() {
        return new FakeDns(new ArrayList<>(List.of(
                "x.test NS ns1.host.test.", "x.test NS ns2.host.test.",
                "x.test SOA ns1.host.test. admin.x.test. 1 3600 900 604800 300",
                "x.test A 192.0.2.10", "x.test MX 10 x.test.",
                txt("x.test", "v=spf1 +a:sv1.host.test +a:x.test +mx include:spf.host.test ~all"),
                txt("default._domainkey.x.test", "v=DKIM1; k=rsa; p=" + key2048),
                txt("_dmarc.x.test", "v=DMARC1; p=quarantine; rua=mailto:dmarc@x.test"),
                "sv1.host.test A 192.0.2.10", "10.2.0.192.in-addr.arpa PTR sv1.host.test.",
                txt("spf.host.test", "v=spf1 ip4:192.0.2.0/24 ~all"),
                txt("_mta-sts.x.test", "v=STSv1; id=20261129"), "mta-sts.x.test A 192.0.2.20",
                txt("_smtp._tls.x.test", "v=TLSRPTv1; rua=mailto:tls@x.test"))));
    }

    static CheckProfile profile() {
        return CheckProfile.generic().withMailHost("sv1.host.test", "spf.host.test").withFormerHosts(List.of("old.test"));
    }

    static DomainReport check(Consumer<FakeDns> change) {
        FakeDns dns = healthy();
        change.accept(dns);
        return new DomainChecker(dns, profile(), false).check(D);
    }

    static DomainReport spf(String record) {
        return check(d -> d.remove(D, "TXT").add(txt(D, record)));
    }

    static final String POLICY = "version: STSv1\r\nmode: enforce\r\nmx: x.test\r\nmax_age: 604800\r\n";

    static final String SPF_RECORD = "v=spf1 +a:sv1.host.test +a:x.test +mx include:spf.host.test ~all";

    /** The healthy domain as a server panel import holds it (name servers ns1/ns2.host.test), one thing changed. */
    static DomainReport panel(List<String> nameServers, Consumer<List<dev.mailbench.api.services.ServerPanelService.DnsRecord>> panelChange,
                              Consumer<FakeDns> dnsChange) {
        FakeDns dns = healthy();
        dnsChange.accept(dns);
        List<dev.mailbench.api.services.ServerPanelService.DnsRecord> records = new ArrayList<>(List.of(
                panelRecord("@", "A", "192.0.2.10", null), panelRecord("@", "MX", "x.test", 10),
                panelRecord("@", "TXT", SPF_RECORD, null),
                panelRecord("_dmarc", "TXT", "v=DMARC1; p=quarantine; rua=mailto:dmarc@x.test", null)));
        panelChange.accept(records);
        var snapshot = new dev.mailbench.api.services.ServerPanelService.PanelSnapshot("xserver", "xs1.host.test",
                java.time.Instant.parse("2026-12-01T00:00:00Z"),
                new dev.mailbench.api.services.ServerPanelService.ServerInfo("sv1", "sv1.host.test", "192.0.2.10", nameServers, null, null),
                List.of(), List.of(), List.of(), records);
        return PanelDnsComparison.addTo(new DomainChecker(dns, profile(), false).check(D), snapshot, dns);
    }

    static dev.mailbench.api.services.ServerPanelService.DnsRecord panelRecord(String host, String type, String content, Integer priority) {
        return new dev.mailbench.api.services.ServerPanelService.DnsRecord("1", D, host, type, content, 3600, priority);
    }

    static final List<String> HOST_NS = List.of("ns1.host.test", "ns2.host.test");

    static final Map<FindingCode, java.util.function.Supplier<DomainReport>> SCENARIOS = new EnumMap<>(FindingCode.class);

    static {
        SCENARIOS.put(NS_OK, () -> check(d -> { }));
        SCENARIOS.put(PANEL_DNS_IN_EFFECT, () -> panel(HOST_NS, p -> { }, d -> { }));
        SCENARIOS.put(PANEL_DNS_MATCHES, () -> panel(HOST_NS, p -> { }, d -> { }));
        SCENARIOS.put(PANEL_DNS_NOT_IN_EFFECT, () -> panel(List.of("ns1.xserver.jp", "ns2.xserver.jp"), p -> { }, d -> { }));
        SCENARIOS.put(PANEL_RECORD_NOT_LIVE, () -> panel(HOST_NS, p -> p.add(panelRecord("old", "A", "192.0.2.99", null)), d -> { }));
        SCENARIOS.put(PANEL_RECORD_NOT_IN_PANEL, () -> panel(HOST_NS, p -> p.remove(3), d -> { }));
        SCENARIOS.put(PANEL_RECORD_DIFFERENT, () -> panel(HOST_NS, p -> p.set(0, panelRecord("@", "A", "192.0.2.11", null)), d -> { }));
        SCENARIOS.put(PANEL_DNS_UNCHECKED, () -> panel(HOST_NS, p -> { }, d -> d.fail("_dmarc.x.test", LookupState.TIMEOUT)));
        SCENARIOS.put(DOMAIN_NXDOMAIN, () -> new DomainChecker(new FakeDns(List.of("y.test A 192.0.2.1")), profile(), false).check(D));
        SCENARIOS.put(NS_MISSING, () -> check(d -> d.remove(D, "NS")));
        SCENARIOS.put(NS_SINGLE, () -> check(d -> d.remove(D, "NS").add("x.test NS ns1.host.test.")));
        SCENARIOS.put(NS_ONE_NETWORK, () -> check(d -> d.add("ns1.host.test A 192.0.2.1").add("ns2.host.test A 192.0.2.2")));
        SCENARIOS.put(SOA_MISSING, () -> check(d -> d.remove(D, "SOA")));
        SCENARIOS.put(NS_UNCHECKED, () -> check(d -> d.fail(D, LookupState.SERVFAIL)));
        SCENARIOS.put(MX_OK, () -> check(d -> { }));
        SCENARIOS.put(MX_MISSING, () -> check(d -> d.remove(D, "MX")));
        SCENARIOS.put(MX_NULL, () -> check(d -> d.remove(D, "MX").add("x.test MX 0 .")));
        SCENARIOS.put(MX_NULL_MIXED, () -> check(d -> d.add("x.test MX 0 .")));
        SCENARIOS.put(MIGRATION_TTL_LONG, () -> new DomainChecker(healthy().remove(D, "MX").add("x.test 86400 MX 10 x.test."),
                profile().withMigration(new CheckProfile.Migration(true, java.time.LocalDateTime.parse("2026-12-12T19:00"))), false).check(D));
        SCENARIOS.put(MX_TARGET_NO_ADDRESS, () -> check(d -> d.remove(D, "MX").add("x.test MX 10 mail.x.test.").add("mail.x.test TXT \"x\"")));
        SCENARIOS.put(MX_TARGET_CNAME, () -> check(d -> d.remove(D, "MX").add("x.test MX 10 mail.x.test.").add("mail.x.test CNAME sv1.host.test.")));
        SCENARIOS.put(MX_NOT_PROVIDER, () -> check(d -> d.remove(D, "MX").add("x.test MX 10 mail.old.test.").add("mail.old.test A 198.51.100.5")));
        SCENARIOS.put(MX_UNCHECKED, () -> check(d -> d.remove(D, "MX").add("x.test MX 10 mail.slow.test.").fail("mail.slow.test", LookupState.TIMEOUT)));
        SCENARIOS.put(MX_PTR_MISSING, () -> check(d -> d.remove("10.2.0.192.in-addr.arpa", "PTR")));
        SCENARIOS.put(MX_PTR_MISMATCH, () -> check(d -> d.remove("10.2.0.192.in-addr.arpa", "PTR")
                .add("10.2.0.192.in-addr.arpa PTR dsl-10.pool.isp.test.")));
        SCENARIOS.put(MX_PTR_UNCHECKED, () -> check(d -> d.fail("10.2.0.192.in-addr.arpa", LookupState.TIMEOUT)));
        SCENARIOS.put(SPF_OK, () -> check(d -> { }));
        SCENARIOS.put(SPF_MISSING, () -> check(d -> d.remove(D, "TXT")));
        SCENARIOS.put(SPF_MULTIPLE, () -> check(d -> d.add(txt(D, "v=spf1 include:other.test ~all"))));
        SCENARIOS.put(SPF_SYNTAX, () -> spf("v=spf1 +a include:spf.host.test ip4:192.0.2.300 ~all"));
        SCENARIOS.put(SPF_TOO_MANY_LOOKUPS, () -> spf("v=spf1 a:a1.x.test a:a2.x.test a:a3.x.test a:a4.x.test a:a5.x.test a:a6.x.test a:a7.x.test a:a8.x.test a:a9.x.test a:x.test include:spf.host.test ~all"));
        SCENARIOS.put(SPF_TOO_MANY_VOID, () -> spf("v=spf1 a:n1.x.test a:n2.x.test a:n3.x.test include:spf.host.test ~all"));
        SCENARIOS.put(SPF_LOOP, () -> check(d -> d.remove(D, "TXT").add(txt(D, "v=spf1 include:loop.x.test include:spf.host.test ~all"))
                .add(txt("loop.x.test", "v=spf1 include:x.test ~all"))));
        SCENARIOS.put(SPF_PLUS_ALL, () -> spf("v=spf1 +mx include:spf.host.test +all"));
        SCENARIOS.put(SPF_NEUTRAL_ALL, () -> spf("v=spf1 +mx include:spf.host.test ?all"));
        SCENARIOS.put(SPF_NO_ALL, () -> spf("v=spf1 +mx include:spf.host.test"));
        SCENARIOS.put(SPF_PTR, () -> spf("v=spf1 ptr include:spf.host.test ~all"));
        SCENARIOS.put(SPF_STRING_TOO_LONG, FindingCodeTest::zoneWithLongString);
        SCENARIOS.put(SPF_ANSWER_TOO_BIG, () -> check(d -> {
            for (int i = 0; i < 8; i++) {
                d.add(txt(D, "verification-" + i + "=" + "abcdef0123456789".repeat(4)));
            }
        }));
        SCENARIOS.put(SPF_PROVIDER_INCLUDE_MISSING, () -> spf("v=spf1 +a +mx ~all"));
        SCENARIOS.put(SPF_STALE_INCLUDE, () -> check(d -> d.remove(D, "TXT").add(txt(D, "v=spf1 +mx include:spf.old.test include:spf.host.test ~all"))
                .add(txt("spf.old.test", "v=spf1 ip4:198.51.100.0/24 -all"))));
        SCENARIOS.put(SPF_INCLUDE_NO_RECORD, () -> spf("v=spf1 +mx include:gone.test include:spf.host.test ~all"));
        SCENARIOS.put(SPF_TYPE99_ONLY, () -> check(d -> d.remove(D, "TXT").add("x.test SPF \"v=spf1 +mx include:spf.host.test ~all\"")));
        SCENARIOS.put(SPF_UNCHECKED, () -> check(d -> d.fail("spf.host.test", LookupState.TIMEOUT)));
        SCENARIOS.put(DKIM_OK, () -> check(d -> { }));
        SCENARIOS.put(DKIM_MISSING, () -> check(d -> d.remove("default._domainkey.x.test", "TXT")));
        SCENARIOS.put(DKIM_REVOKED, () -> dkim("v=DKIM1; k=rsa; p="));
        SCENARIOS.put(DKIM_TESTING, () -> dkim("v=DKIM1; t=y; k=rsa; p=" + key2048));
        SCENARIOS.put(DKIM_SYNTAX, () -> dkim("v=DKIM1; k=rsa; no-equals-here"));
        SCENARIOS.put(DKIM_KEY_TOO_SHORT, () -> dkim("v=DKIM1; k=rsa; p=" + key512));
        SCENARIOS.put(DKIM_KEY_1024, () -> dkim("v=DKIM1; k=rsa; p=" + key1024));
        SCENARIOS.put(DKIM_KEY_INVALID, () -> dkim("v=DKIM1; k=rsa; p=" + key2048.substring(0, 100)));
        SCENARIOS.put(DKIM_KEY_TYPE_UNKNOWN, () -> dkim("v=DKIM1; k=dsa; p=" + key2048));
        SCENARIOS.put(DKIM_UNCHECKED, () -> check(d -> d.fail("default._domainkey.x.test", LookupState.SERVFAIL)));
        SCENARIOS.put(DMARC_OK, () -> check(d -> { }));
        SCENARIOS.put(DMARC_MISSING, () -> check(d -> d.remove("_dmarc.x.test", "TXT")));
        SCENARIOS.put(DMARC_MULTIPLE, () -> check(d -> d.add(txt("_dmarc.x.test", "v=DMARC1; p=none"))));
        SCENARIOS.put(DMARC_SYNTAX, () -> dmarc("v=DMARC1; p"));
        SCENARIOS.put(DMARC_BAD_VALUE, () -> dmarc("v=DMARC1; p=block"));
        SCENARIOS.put(DMARC_UNKNOWN_TAG, () -> dmarc("v=DMARC1; p=none; rua=mailto:d@x.test; polcy=reject"));
        SCENARIOS.put(DMARC_OBSOLETE_TAG, () -> dmarc("v=DMARC1; p=reject; pct=50; rua=mailto:d@x.test"));
        SCENARIOS.put(DMARC_INHERITED, () -> {
            FakeDns dns = healthy().add("news.x.test A 192.0.2.10").add("news.x.test MX 10 x.test.");
            return new DomainChecker(dns, profile(), false).check("news.x.test");
        });
        SCENARIOS.put(DMARC_POLICY_NONE, () -> dmarc("v=DMARC1; p=none; rua=mailto:d@x.test"));
        SCENARIOS.put(DMARC_NO_RUA, () -> dmarc("v=DMARC1; p=reject"));
        SCENARIOS.put(DMARC_REPORT_NOT_AUTHORIZED, () -> dmarc("v=DMARC1; p=none; rua=mailto:r@vendor.test"));
        SCENARIOS.put(DMARC_CNAME, () -> check(d -> d.remove("_dmarc.x.test", "TXT").add("_dmarc.x.test CNAME x._dmarc.vendor.test.")
                .add(txt("x._dmarc.vendor.test", "v=DMARC1; p=none; rua=mailto:d@x.test"))));
        SCENARIOS.put(DMARC_UNCHECKED, () -> check(d -> d.fail("_dmarc.x.test", LookupState.TIMEOUT)));
        SCENARIOS.put(MTA_STS_OK, () -> check(d -> { }));
        SCENARIOS.put(MTA_STS_ABSENT, () -> check(d -> d.remove("_mta-sts.x.test", "TXT")));
        SCENARIOS.put(MTA_STS_INVALID, () -> check(d -> d.remove("_mta-sts.x.test", "TXT").add(txt("_mta-sts.x.test", "v=STSv1; id=not-valid!"))));
        SCENARIOS.put(TLS_RPT_OK, () -> check(d -> { }));
        SCENARIOS.put(TLS_RPT_ABSENT, () -> check(d -> d.remove("_smtp._tls.x.test", "TXT")));
        SCENARIOS.put(TLS_RPT_INVALID, () -> check(d -> d.remove("_smtp._tls.x.test", "TXT").add(txt("_smtp._tls.x.test", "v=TLSRPTv1; rua=ftp://x"))));
        SCENARIOS.put(MTA_STS_UNCHECKED, () -> check(d -> d.fail("_mta-sts.x.test", LookupState.REFUSED)));
        SCENARIOS.put(MTA_STS_HOST_MISSING, () -> check(d -> d.remove("mta-sts.x.test", "A")));
        SCENARIOS.put(MTA_STS_POLICY_OK, () -> policy(POLICY));
        SCENARIOS.put(MTA_STS_POLICY_FETCH_FAILED, () -> fetched(new MtaStsFetcher.Result(MtaStsFetcher.Outcome.FAILED, "",
                dev.mailbench.api.model.LocalizedText.of("証明書", "certificate"))));
        SCENARIOS.put(MTA_STS_POLICY_INVALID, () -> policy(POLICY.replace("mode: enforce", "mode: enforced")));
        SCENARIOS.put(MTA_STS_MX_NOT_COVERED, () -> policy(POLICY.replace("mx: x.test", "mx: mail.other.test")));
        SCENARIOS.put(MTA_STS_NOT_ENFORCED, () -> policy(POLICY.replace("mode: enforce", "mode: testing")));
        SCENARIOS.put(MTA_STS_MAX_AGE_SHORT, () -> policy(POLICY.replace("max_age: 604800", "max_age: 3600")));
        SCENARIOS.put(MTA_STS_POLICY_UNCHECKED, () -> check(d -> d.fail("mta-sts.x.test", LookupState.TIMEOUT)));
        SCENARIOS.put(MTA_STS_POLICY_NOT_FETCHED, () -> check(d -> { }));
        SCENARIOS.put(SENDER_REQUIREMENTS, () -> check(d -> { }));
        SCENARIOS.put(ZONE_FILE_UNREADABLE, () -> zoneFile(HostileZones.unknownTypeOnLine11(D)));
        SCENARIOS.put(RECORD_TOO_LONG, () -> zoneFile(HostileZones.txtOver64k(D)));
        SCENARIOS.put(CHECK_FAILED, () -> CheckRunner.checkOrReport(new DomainChecker(new DnsSource() {
            @Override
            public java.util.concurrent.CompletableFuture<Answer> query(org.xbill.DNS.Name name, int type) {
                throw new IllegalStateException("a source that fails");
            }

            @Override
            public String describe() {
                return "failing";
            }
        }, profile(), false), D, false));
    }

    static DomainReport policy(String body) {
        return fetched(new MtaStsFetcher.Result(MtaStsFetcher.Outcome.FETCHED, body, dev.mailbench.api.model.LocalizedText.of("", "")));
    }

    static DomainReport fetched(MtaStsFetcher.Result result) {
        return new DomainChecker(healthy(), profile(), false).withPolicyFetcher((host, addresses) -> result).check(D);
    }

    /** The offline check of a zone file for x.test with {@code text}. */
    static DomainReport zoneFile(String text) {
        try {
            java.nio.file.Path file = HostileZones.write(java.nio.file.Files.createTempDirectory("zone"), D, text);
            return CheckRunner.run(new CheckRunner.Request(List.of(D), ResolverSettings.system(), Map.of(D, file), true, profile(), 1),
                    (done, total, d) -> { }).get(0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DomainReport dkim(String record) {
        return check(d -> d.remove("default._domainkey.x.test", "TXT").add(txt("default._domainkey.x.test", record)));
    }

    static DomainReport dmarc(String record) {
        return check(d -> d.remove("_dmarc.x.test", "TXT").add(txt("_dmarc.x.test", record)));
    }

    static DomainReport zoneWithLongString() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("zone");
            java.nio.file.Path file = dir.resolve("x.test.zone");
            java.nio.file.Files.writeString(file, """
                    $ORIGIN x.test.
                    $TTL 300
                    @ SOA ns1.host.test. admin.x.test. 1 3600 900 604800 300
                    @ NS ns1.host.test.
                    @ NS ns2.host.test.
                    @ MX 10 x.test.
                    @ A 192.0.2.10
                    @ TXT "v=spf1 +a +mx include:spf.host.test %s ~all"
                    """.formatted("ip4:192.0.2.1 ".repeat(20).trim()));
            ZoneFiles.Loaded loaded = ZoneFiles.load(file, null);
            return new DomainChecker(new ZoneDnsSource(loaded.zone(), "x.test.zone", null), profile(), true,
                    loaded.longStrings(), java.time.Clock.systemUTC()).check(D);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dmarcTreeWalkStartsAtSevenLabelsAndNeverAsksTheTopLevelDomain() {
        assertThat(DmarcChecks.parents("a.b.x.test")).containsExactly("b.x.test", "x.test");
        assertThat(DmarcChecks.parents("x.test")).isEmpty();
        assertThat(DmarcChecks.parents("1.2.3.4.5.6.7.8.9.x.test")).containsExactly(
                "5.6.7.8.9.x.test", "6.7.8.9.x.test", "7.8.9.x.test", "8.9.x.test", "9.x.test", "x.test");
    }

    @Test
    void subdomainWithoutDmarcGetsTheParentsPolicyAndNoStarterFix() {
        FakeDns dns = healthy().add("news.x.test A 192.0.2.10").add("news.x.test MX 10 x.test.");
        DomainReport r = new DomainChecker(dns, profile(), false).check("news.x.test");
        assertThat(r.codes()).contains(DMARC_INHERITED, DMARC_OK).doesNotContain(DMARC_MISSING);
        assertThat(r.fixes()).noneMatch(f -> f.id().startsWith("dmarc"));
        DomainReport none = new DomainChecker(healthy().remove("_dmarc.x.test", "TXT").add("news.x.test A 192.0.2.10"), profile(), false)
                .check("news.x.test");
        assertThat(none.codes()).contains(DMARC_MISSING).doesNotContain(DMARC_INHERITED);
    }

    @Test
    void everyCodeHasAScenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(FindingCode.values());
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void scenarioProducesTheCode(FindingCode code) {
        DomainReport report = SCENARIOS.get(code).get();
        assertThat(report.codes()).as(report.findings().toString()).contains(code);
        DnsFinding f = report.findings().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(code.severity());
        assertThat(code.title().ja()).isNotBlank();
        assertThat(code.title().en()).isNotBlank();
        assertThat(code.explanation().ja()).isNotBlank();
        assertThat(code.rfc()).isNotBlank();
        if (code.severity().rank() >= DnsSeverity.WARNING.rank()) {
            assertThat(code.remedy().ja()).as("remedy of " + code).isNotBlank();
        }
    }

    @Test
    void healthyDomainHasOnlyOkAndInfo() {
        DomainReport r = check(d -> { });
        assertThat(r.worst()).isEqualTo(DnsSeverity.INFO);
        assertThat(r.fixes()).isEmpty();
    }

    @Test
    void ed25519KeyIsAccepted() {
        assertThat(dkim("v=DKIM1; k=ed25519; p=" + ed25519).codes()).contains(DKIM_OK);
    }

    @Test
    void spfFixMergesRecordsAddsProviderRemovesStaleAndSplitsLongValues() {
        DomainReport r = check(d -> d.remove(D, "TXT").add(txt(D, "v=spf1 +mx include:spf.old.test ?all"))
                .add(txt(D, "v=spf1 ip4:192.0.2.7 ptr -all")).add(txt("spf.old.test", "v=spf1 -all")));
        Fix fix = r.fixes().stream().filter(f -> f.id().equals("spf")).findFirst().orElseThrow();
        assertThat(fix.before()).contains("spf.old.test").contains("ip4:192.0.2.7");
        // one of the merged records ended in -all: the merge keeps the stronger qualifier (never -all → ~all)
        assertThat(fix.after()).isEqualTo("v=spf1 +mx ip4:192.0.2.7 include:spf.host.test -all");
        assertThat(fix.rechecked()).isTrue();
        assertThat(fix.clears()).extracting(DnsFinding::code).contains(SPF_MULTIPLE);
        assertThat(FixGenerator.quoteForPanel("v=spf1 " + "ip4:192.0.2.1 ".repeat(30) + "~all"))
                .startsWith("\"v=spf1 ").contains("\" \"");
    }

    @Test
    void dmarcFixesStarterAndReportAuthorisation() {
        // No mailbox in the project: the starter record has no rua, and says why (never an invented address).
        DomainReport missing = check(d -> d.remove("_dmarc.x.test", "TXT"));
        assertThat(missing.fixes()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("_dmarc.x.test");
            assertThat(f.before()).isEmpty();
            assertThat(f.after()).isEqualTo("v=DMARC1; p=none");
            assertThat(f.note().ja()).contains("rua").contains("メールボックスが登録されていません");
        });
        // With the project's shared mailbox on the domain, reports go there.
        CheckProfile withMailbox = profile().withMailboxes(List.of(new dev.mailbench.api.model.Mailbox("m1", "info@x.test", "",
                dev.mailbench.api.model.MailboxRole.REPRESENTATIVE, null, null, null, null, null)), "");
        FakeDns noDmarc = healthy().remove("_dmarc.x.test", "TXT");
        DomainReport starter = new DomainChecker(noDmarc, withMailbox, false).check(D);
        assertThat(starter.fixes()).anySatisfy(f -> {
            assertThat(f.after()).isEqualTo("v=DMARC1; p=none; rua=mailto:info@x.test");
            assertThat(f.clears()).extracting(DnsFinding::code).containsExactly(DMARC_MISSING);
        });
        DomainReport external = dmarc("v=DMARC1; p=none; rua=mailto:r@vendor.test");
        assertThat(external.fixes()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("x.test._report._dmarc.vendor.test");
            assertThat(f.after()).isEqualTo("v=DMARC1");
        });
        DomainReport bad = dmarc("v=DMARC1; p=block; pct=50; rua=mailto:d@x.test");
        assertThat(bad.fixes()).anySatisfy(f -> assertThat(f.after()).isEqualTo("v=DMARC1; p=none; rua=mailto:d@x.test"));
    }
}
