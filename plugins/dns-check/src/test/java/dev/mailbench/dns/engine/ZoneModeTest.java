package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Zone-file mode gives the same findings as the live check of the same zone. */
class ZoneModeTest {
    private static TestDnsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestDnsServer.withTestZones();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> keys(DomainReport r) {
        return r.findings().stream().map(f -> f.code() + " " + f.subject() + " " + f.detail().en()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-shoji.test", "broken-spf.test", "multiple-spf.test", "too-many-lookups.test",
            "old-host.test", "weak-dkim.test", "bad-dmarc.test", "cname-mx.test", "long-txt.test"})
    void zoneFileEqualsLive(String domain) throws Exception {
        var resolver = ResolverSettings.authoritative(server.address()).withTimeout(Duration.ofSeconds(2));
        CheckProfile profile = TestZones.xserverTest().withFormerHosts(List.of("oldhost.test"));
        DomainReport live = CheckRunner.run(new CheckRunner.Request(List.of(domain), resolver, Map.of(), false, profile, 4),
                (d, t, n) -> { }).get(0);
        DomainReport zone = CheckRunner.run(new CheckRunner.Request(List.of(domain), resolver,
                Map.of(domain, TestZones.file(domain)), false, profile, 4), (d, t, n) -> { }).get(0);
        assertThat(zone.zoneMode()).isTrue();
        assertThat(live.zoneMode()).isFalse();
        assertThat(keys(zone)).isEqualTo(keys(live));
        assertThat(zone.fixes()).isEqualTo(live.fixes());
    }

    @Test
    void offlineSampleZoneIsCompleteAndSaysWhatItCouldNotSee() throws Exception {
        Path sample = Path.of("../../samples/sample-shoji.test.zone");
        DomainReport r = CheckRunner.run(new CheckRunner.Request(List.of("sample-shoji.test"), ResolverSettings.system(),
                Map.of("sample-shoji.test", sample), true,
                // the sample project's own profile: Xserver, server sv1234
                CheckProfile.generic().withMailHost("sv1234.xserver.jp", "spf.sender.xserver.jp"), 1), (d, t, n) -> { }).get(0);
        assertThat(r.source()).contains("offline");
        assertThat(r.codes()).contains(FindingCode.NS_OK, FindingCode.DKIM_OK, FindingCode.DMARC_OK, FindingCode.SPF_UNCHECKED,
                        FindingCode.MX_PTR_UNCHECKED)
                .doesNotContain(FindingCode.SPF_MISSING, FindingCode.MX_MISSING, FindingCode.MX_PTR_MISSING);
        assertThat(r.findings().stream().filter(f -> f.code() == FindingCode.SPF_UNCHECKED).findFirst().orElseThrow()
                .detail().ja()).contains("オフライン");
    }

    /**
     * The sample as the workbench opens it: its planned zone with the reference zones its DNS section names and
     * the project's own profile (the migration's old host counts as former). One warning with a fix, the rest
     * clean, nothing unchecked: what a demo in front of a customer should show.
     */
    @Test
    void sampleWithItsReferenceZonesShowsOneWarningAndTheRestClean() throws Exception {
        Path project = dev.mailbench.testkit.SampleProject.path();
        var sample = dev.mailbench.testkit.SampleProject.load();
        List<Path> references = ((List<?>) ((Map<?, ?>) sample.plugins().get("dns-check")).get("referenceZones")).stream()
                .map(n -> project.getParent().resolve(String.valueOf(n))).toList();
        assertThat(references).hasSize(3).allMatch(Files::isRegularFile);
        // the project's profile (its mailboxes, the migration's old host) with Xserver server sv1234
        CheckProfile profile = CheckProfile.forProject(null, sample).withMailHost("sv1234.xserver.jp", "spf.sender.xserver.jp");
        DomainReport r = CheckRunner.run(new CheckRunner.Request(List.of("sample-shoji.test"), ResolverSettings.system(),
                Map.of("sample-shoji.test", project.resolveSibling("sample-shoji.test.zone")), true, profile, 1, references),
                (d, t, n) -> { }).get(0);
        assertThat(r.findings()).filteredOn(f -> f.severity() == DnsSeverity.WARNING).extracting(DnsFinding::code)
                .containsExactly(FindingCode.SPF_STALE_INCLUDE);
        assertThat(r.findings()).noneMatch(f -> f.severity() == DnsSeverity.ERROR || f.severity() == DnsSeverity.COULD_NOT_CHECK);
        assertThat(r.codes()).contains(FindingCode.MX_OK, FindingCode.DKIM_OK, FindingCode.DMARC_OK, FindingCode.NS_OK);
        assertThat(r.fixes()).anyMatch(f -> f.after().contains("include:spf.sender.xserver.jp")
                && !f.after().contains("old-provider"));
        String sampleText = Files.readString(project.resolveSibling("sample-shoji.test.zone"))
                + Files.readString(project) + String.join("", references.stream().map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
        assertThat(sampleText).as("no test-lab leftovers in the sample").doesNotContain("127.0.0.1", "127.in-addr.arpa", ":2405");
    }

    @Test
    void aReferenceZoneThatCannotBeReadIsBadInputBeforeAnyQuery(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("xserver.jp.zone");
        Files.writeString(broken, "$ORIGIN xserver.jp.\n@ 300 MX ten x.\n");
        assertThatThrownBy(() -> CheckRunner.run(new CheckRunner.Request(List.of("sample-shoji.test"), ResolverSettings.system(),
                Map.of("sample-shoji.test", Path.of("../../samples/sample-shoji.test.zone")), true, CheckProfile.generic(), 1,
                List.of(broken)), (d, t, n) -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xserver.jp.zone");
    }

    @Test
    void brokenZoneFileIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.test.zone");
        Files.writeString(file, "$ORIGIN x.test.\n@ 300 SOA ns. a. 1 2 3 4 5\n@ 300 NS ns.x.test.\n@ 300 MX ten x.test.\n");
        assertThatThrownBy(() -> ZoneFiles.load(file, null)).isInstanceOf(ZoneFiles.ZoneFileException.class)
                .hasMessageContaining("x.test.zone").hasMessageContaining("4");
    }

    @Test
    void truncatedUdpAnswerIsRetriedOverTcp(@TempDir Path dir) throws Exception {
        StringBuilder zone = new StringBuilder("$ORIGIN big.test.\n$TTL 300\n@ SOA ns. a. 1 2 3 4 5\n@ NS ns1.xserver.test.\n");
        for (int i = 0; i < 40; i++) {
            zone.append("@ TXT \"record-").append(i).append("-").append("x".repeat(60)).append("\"\n");
        }
        Path file = dir.resolve("big.test.zone");
        Files.writeString(file, zone);
        try (TestDnsServer big = new TestDnsServer(List.of(ZoneFiles.load(file, null).zone()))) {
            Answer a = new LiveDnsSource(ResolverSettings.authoritative(big.address())).lookup(SpfEvaluator.name("big.test"),
                    org.xbill.DNS.Type.TXT);
            assertThat(a.state()).isEqualTo(LookupState.ANSWERED);
            assertThat(a.records()).hasSize(40);
            assertThat(a.wireBytes()).isGreaterThan(1232);
        }
    }
}
