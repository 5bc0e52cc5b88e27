package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against the test lab's NSD (testlab/start.sh): its zones, its SERVFAIL zone and its black-hole port. */
@RequiresTestLab(LabService.DNS)
class LabDnsTest {
    private static final CheckProfile PROFILE = TestZones.xserverTest().withFormerHosts(List.of("old-provider.test"))
            .withExtraSelectors(List.of("short", "revoked", "testing", "garbage"));

    private static DomainReport live(TestLab lab, String domain, InetSocketAddress server) throws Exception {
        return live(domain, server, PROFILE);
    }

    private static DomainReport live(String domain, InetSocketAddress server, CheckProfile profile) throws Exception {
        var resolver = ResolverSettings.authoritative(server).withTimeout(Duration.ofMillis(800));
        return CheckRunner.run(new CheckRunner.Request(List.of(domain), resolver, Map.of(), false, profile, 1), (a, b, c) -> { }).get(0);
    }

    private static Set<FindingCode> problems(DomainReport r) {
        return r.findings().stream().filter(f -> f.severity().rank() >= DnsSeverity.WARNING.rank()).map(DnsFinding::code)
                .collect(Collectors.toSet());
    }

    @Test
    void healthyXserverDomainHasNoWarningErrorOrUnchecked(TestLab lab) throws Exception {
        DomainReport r = live(TestLab.ZONE_HEALTHY, lab.dnsServer(), TestZones.xserverTest());
        assertThat(problems(r)).as(r.findings().toString()).isEmpty();
        assertThat(r.codes()).contains(NS_OK, MX_OK, SPF_OK, DKIM_OK, DMARC_OK);
    }

    @Test
    void eachBrokenZoneYieldsExactlyItsFindings(TestLab lab) throws Exception {
        InetSocketAddress dns = lab.dnsServer();
        assertThat(problems(live(lab, "broken-spf.test", dns))).containsExactlyInAnyOrder(SPF_MULTIPLE, DKIM_MISSING, DMARC_MISSING);
        assertThat(problems(live(lab, "too-many-lookups.test", dns)))
                .containsExactlyInAnyOrder(SPF_TOO_MANY_LOOKUPS, SPF_PROVIDER_INCLUDE_MISSING, DKIM_MISSING, DMARC_MISSING);
        assertThat(problems(live(lab, "old-host.test", dns)))
                .containsExactlyInAnyOrder(MX_NOT_PROVIDER, MX_PTR_MISMATCH, SPF_PROVIDER_INCLUDE_MISSING, SPF_STALE_INCLUDE, DKIM_MISSING);
        assertThat(problems(live(lab, "weak-dkim.test", dns)))
                .containsExactlyInAnyOrder(DKIM_KEY_1024, DKIM_KEY_TOO_SHORT, DKIM_REVOKED, DKIM_TESTING, DKIM_KEY_INVALID);
        DomainReport dmarc = live(lab, "bad-dmarc.test", dns);
        assertThat(problems(dmarc)).containsExactlyInAnyOrder(DMARC_REPORT_NOT_AUTHORIZED, DKIM_MISSING);
        assertThat(dmarc.findings().stream().filter(f -> f.code() == DMARC_OBSOLETE_TAG)).hasSize(3);
        assertThat(problems(live(lab, "cname-mx.test", dns))).containsExactlyInAnyOrder(MX_TARGET_CNAME, DKIM_MISSING, DMARC_MISSING);
        assertThat(problems(live(lab, "long-txt.test", dns))).containsExactlyInAnyOrder(SPF_ANSWER_TOO_BIG, DKIM_MISSING, DMARC_MISSING);
        assertThat(problems(live(lab, "no-auth.test", dns))).containsExactlyInAnyOrder(SPF_MISSING, DKIM_MISSING, DMARC_MISSING);
    }

    @Test
    void servfailRefusedAndTimeoutAreCouldNotCheck(TestLab lab) throws Exception {
        for (DomainReport r : List.of(live(lab, TestLab.ZONE_SERVFAIL, lab.dnsServer()), live(lab, TestLab.ZONE_NOT_SERVED, lab.dnsServer()),
                live(lab, TestLab.ZONE_HEALTHY, new InetSocketAddress(lab.address(), lab.blackholePort())))) {
            assertThat(r.worst()).as(r.domain()).isEqualTo(DnsSeverity.COULD_NOT_CHECK);
            assertThat(r.codes()).contains(NS_UNCHECKED, MX_UNCHECKED, SPF_UNCHECKED, DMARC_UNCHECKED)
                    .doesNotContain(MX_MISSING, SPF_MISSING, DMARC_MISSING, DKIM_MISSING);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-shoji.test", "broken-spf.test", "too-many-lookups.test", "old-host.test", "weak-dkim.test",
            "bad-dmarc.test", "cname-mx.test", "long-txt.test", "no-auth.test"})
    void zoneFileModeEqualsLive(String domain, TestLab lab) throws Exception {
        Path zone = lab.zoneFile(domain);
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        DomainReport fromZone = CheckRunner.run(new CheckRunner.Request(List.of(domain), resolver, Map.of(domain, zone), false,
                PROFILE, 1), (a, b, c) -> { }).get(0);
        DomainReport live = live(lab, domain, lab.dnsServer());
        assertThat(keys(fromZone)).isEqualTo(keys(live));
    }

    private static List<String> keys(DomainReport r) {
        return r.findings().stream().map(f -> f.code() + " " + f.subject() + " " + f.detail().en()).sorted().toList();
    }
}
