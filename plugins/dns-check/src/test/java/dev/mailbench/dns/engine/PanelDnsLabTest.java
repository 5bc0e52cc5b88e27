package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.PANEL_DNS_IN_EFFECT;
import static dev.mailbench.dns.engine.FindingCode.PANEL_DNS_MATCHES;
import static dev.mailbench.dns.engine.FindingCode.PANEL_DNS_NOT_IN_EFFECT;
import static dev.mailbench.dns.engine.FindingCode.PANEL_RECORD_DIFFERENT;
import static dev.mailbench.dns.engine.FindingCode.PANEL_RECORD_NOT_IN_PANEL;
import static dev.mailbench.dns.engine.FindingCode.PANEL_RECORD_NOT_LIVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server panel's DNS records against the lab's live DNS (NSD). sample-shoji.test is delegated to
 * ns1/ns2.xserver.test, the simulator's name servers; the snapshot is built here as the server-panel plugin keeps it.
 */
@RequiresTestLab(LabService.DNS)
class PanelDnsLabTest {
    private static final String DOMAIN = "sample-shoji.test";
    private static final String SPF = "v=spf1 +a:sv1234.xserver.test +a:sample-shoji.test +mx include:spf.sender.xserver.test ~all";
    private static final List<String> LAB_PANEL_NS = List.of("ns1.xserver.test", "ns2.xserver.test", "ns3.xserver.test",
            "ns4.xserver.test", "ns5.xserver.test");
    /** Xserver's real name servers: the lab domain is not delegated to them, as with web and DNS at another company. */
    private static final List<String> REAL_XSERVER_NS = List.of("ns1.xserver.jp", "ns2.xserver.jp", "ns3.xserver.jp",
            "ns4.xserver.jp", "ns5.xserver.jp");

    private static List<DnsRecord> asPublished() {
        return new ArrayList<>(List.of(
                record("@", "A", "127.0.0.1", null),
                record("@", "MX", "sample-shoji.test", 10),
                record("@", "TXT", SPF, null),
                record("mail", "A", "127.0.0.1", null),
                record("www", "A", "127.0.0.1", null),
                record("_dmarc", "TXT", "v=DMARC1; p=none; rua=mailto:dmarc-reports@sample-shoji.test", null)));
    }

    private static DnsRecord record(String host, String type, String content, Integer priority) {
        return new DnsRecord(String.valueOf(host.hashCode()), DOMAIN, host, type, content, 3600, priority);
    }

    private static PanelSnapshot snapshot(List<String> nameServers, List<DnsRecord> records) {
        return new PanelSnapshot("xserver", "xs123456.xsrv.jp", Instant.parse("2026-12-03T01:00:00Z"),
                new ServerInfo("sv1234", "sv1234.xserver.test", "127.0.0.1", nameServers, 300.0, 10.0),
                List.of(new PanelDomain(DOMAIN, "main", true, "", false)), List.of(), List.of(), records);
    }

    private static DomainReport check(TestLab lab, PanelSnapshot panel) {
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        return CheckRunner.run(new CheckRunner.Request(List.of(DOMAIN), resolver, Map.of(), false, TestZones.xserverTest(), 1)
                .withPanel(panel), (a, b, c) -> { }).get(0);
    }

    private static List<DnsFinding> panelFindings(DomainReport r) {
        return r.findings().stream().filter(f -> f.group() == RecordGroup.PANEL).toList();
    }

    @Test
    void panelThatMatchesLiveDnsIsInEffectAndAgrees(TestLab lab) {
        DomainReport r = check(lab, snapshot(LAB_PANEL_NS, asPublished()));
        assertThat(panelFindings(r)).extracting(DnsFinding::code).containsExactlyInAnyOrder(PANEL_DNS_IN_EFFECT, PANEL_DNS_MATCHES);
        assertThat(panelFindings(r)).allMatch(f -> f.severity() == DnsSeverity.OK);
    }

    @Test
    void eachKindOfDifferenceIsNamedWithBothValues(TestLab lab) {
        List<DnsRecord> records = asPublished();
        records.set(4, record("www", "A", "127.0.0.9", null));          // different value
        records.remove(5);                                                 // DMARC only in live DNS
        records.add(record("old-form", "CNAME", "forms.example.test", null)); // only in the panel
        DomainReport r = check(lab, snapshot(LAB_PANEL_NS, records));

        assertThat(panelFindings(r)).extracting(DnsFinding::code).containsExactlyInAnyOrder(
                PANEL_DNS_IN_EFFECT, PANEL_RECORD_DIFFERENT, PANEL_RECORD_NOT_IN_PANEL, PANEL_RECORD_NOT_LIVE);
        DnsFinding different = find(r, PANEL_RECORD_DIFFERENT);
        assertThat(different.subject()).isEqualTo("www.sample-shoji.test");
        assertThat(different.detail().ja()).contains("パネル 127.0.0.9", "実際の DNS 127.0.0.1");
        assertThat(different.severity()).isEqualTo(DnsSeverity.WARNING);
        assertThat(find(r, PANEL_RECORD_NOT_IN_PANEL).subject()).isEqualTo("_dmarc.sample-shoji.test");
        assertThat(find(r, PANEL_RECORD_NOT_IN_PANEL).detail().en()).contains("v=DMARC1; p=none");
        assertThat(find(r, PANEL_RECORD_NOT_LIVE).subject()).isEqualTo("old-form.sample-shoji.test");
        assertThat(find(r, PANEL_RECORD_NOT_LIVE).detail().ja()).contains("forms.example.test");
    }

    @Test
    void nameServersElsewhereSayPlainlyThatThePanelRecordsAreNotInEffect(TestLab lab) {
        List<DnsRecord> records = asPublished();
        records.set(1, record("@", "MX", "sv1234.xserver.jp", 10));
        DomainReport r = check(lab, snapshot(REAL_XSERVER_NS, records));

        DnsFinding elsewhere = find(r, PANEL_DNS_NOT_IN_EFFECT);
        assertThat(elsewhere.severity()).isEqualTo(DnsSeverity.WARNING);
        assertThat(elsewhere.detail().ja()).contains("ns1.xserver.test", "ns1.xserver.jp", "公開されていない");
        assertThat(PANEL_DNS_NOT_IN_EFFECT.title().ja()).isEqualTo("サーバーパネルの DNS レコードは使われていません");
        assertThat(r.codes()).doesNotContain(PANEL_DNS_IN_EFFECT);
        // the MX differs, but while the panel's DNS is not used that is expected: information, not a warning
        DnsFinding mx = find(r, PANEL_RECORD_DIFFERENT);
        assertThat(mx.detail().ja()).contains("10 sv1234.xserver.jp", "10 sample-shoji.test");
        assertThat(mx.severity()).isEqualTo(DnsSeverity.INFO);
    }

    @Test
    void aDomainThePanelDoesNotKnowGetsNoPanelFindings(TestLab lab) {
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        DomainReport r = CheckRunner.run(new CheckRunner.Request(List.of("old-host.test"), resolver, Map.of(), false,
                TestZones.xserverTest(), 1).withPanel(snapshot(LAB_PANEL_NS, asPublished())), (a, b, c) -> { }).get(0);
        assertThat(panelFindings(r)).isEmpty();
    }

    private static DnsFinding find(DomainReport r, FindingCode code) {
        return r.findings().stream().filter(f -> f.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + r.findings()));
    }
}
