package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker behind a lossy, slow network (testlab/bin/lossy_dns_proxy.py in front of the lab's NSD: 30 % of
 * the questions and 10 % of the answers lost, a fifth of the answers late): with the checker's own deadline
 * (the default 3 s per question) every lab zone gets the findings of a clean run, and none is "could not check".
 */
@RequiresTestLab({LabService.DNS, LabService.LOSSY_DNS})
class LossyNetworkTest {
    private static final CheckProfile PROFILE = TestZones.xserverTest().withFormerHosts(List.of("old-provider.test"))
            .withExtraSelectors(List.of("short", "revoked", "testing", "garbage"));

    private static Map<String, List<String>> findings(List<String> domains, InetSocketAddress server) {
        // the product's deadline, not a test's: "bounded" means the checker gives up on its own
        var resolver = ResolverSettings.authoritative(server).withTimeout(ResolverSettings.DEFAULT_TIMEOUT);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (DomainReport r : CheckRunner.run(new CheckRunner.Request(domains, resolver, Map.of(), false, PROFILE, 4),
                (a, b, c) -> { })) {
            out.put(r.domain(), r.findings().stream().map(f -> f.code() + " " + f.subject() + " " + f.detail().en()).sorted().toList());
        }
        return out;
    }

    /** Every lab zone the checker can see whole: not the SERVFAIL one (its text names the server asked). */
    private static List<String> domains(TestLab lab) {
        return lab.zones().stream().filter(z -> !z.endsWith(".arpa") && !z.equals(TestLab.ZONE_SERVFAIL)).toList();
    }

    @Test
    void thirtyPercentLossGivesTheFindingsOfACleanRun(TestLab lab) {
        List<String> domains = domains(lab);
        assertThat(domains).contains(TestLab.ZONE_HEALTHY, TestLab.ZONE_LONG_TXT, TestLab.ZONE_CNAME_MX);
        Map<String, List<String>> clean = findings(domains, lab.dnsServer());
        Map<String, List<String>> lossy = findings(domains, lab.lossyDnsServer());
        assertThat(clean.values()).allSatisfy(f -> assertThat(f).noneMatch(s -> s.contains("_UNCHECKED")));
        assertThat(lossy).isEqualTo(clean);
    }

    @Test
    void aTruncatedAnswerComesOverTcpThroughTheLossyNetwork(TestLab lab) {
        try (LiveDnsSource live = new LiveDnsSource(ResolverSettings.authoritative(lab.lossyDnsServer()))) {
            Answer big = live.lookup(SpfEvaluator.name("big." + TestLab.ZONE_LONG_TXT), org.xbill.DNS.Type.TXT);
            assertThat(big.state()).isEqualTo(LookupState.ANSWERED);
            assertThat(big.records()).hasSize(12);
        }
    }
}
