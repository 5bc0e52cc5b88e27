package dev.mailbench.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's "old DNS operator" (24054) against its Xserver-side zone (24053), through the real DNS checker. */
@RequiresTestLab(LabService.DNS)
class LabDnsDiffTest {
    private static final String DOMAIN = "sample-shoji.test";

    private static DnsCheckService service() {
        FakeWorkbenchApi api = new FakeWorkbenchApi("dns-check", SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        return (DnsCheckService) api.services.get(DnsCheckService.class);
    }

    private static String server(int port) {
        return "127.0.0.1:" + port;
    }

    @Test
    void diffBetweenOldAndNewZonesListsExactlyTheDifferingRecords(TestLab lab) throws Exception {
        DnsCheckService dns = service();
        List<RecordView> old = dns.fetchRecords(DOMAIN, new DnsCheckService.Target(server(lab.dnsOldPort()), null, false));
        List<RecordView> now = dns.fetchRecords(DOMAIN, new DnsCheckService.Target(server(lab.dnsPort()), null, false));

        List<DnsChange> diff = RecordDiff.diff(old, now, false);

        assertThat(diff).extracting(c -> c.name() + " " + c.type() + " " + c.kind()).containsExactlyInAnyOrder(
                "sample-shoji.test NS CHANGE",
                "sample-shoji.test MX CHANGE",
                "sample-shoji.test TXT CHANGE",
                "default._domainkey.sample-shoji.test TXT ADD",
                "_dmarc.sample-shoji.test TXT CHANGE");
        DnsChange mx = diff.stream().filter(c -> c.type().equals("MX")).findFirst().orElseThrow();
        assertThat(mx.before()).singleElement().asString().contains("mx.old-provider.test");
        assertThat(mx.after()).singleElement().asString().contains("10 sample-shoji.test");
        assertThat(mx.currentTtl()).isEqualTo(3600);
        DnsChange spf = diff.stream().filter(c -> c.type().equals("TXT") && c.name().equals(DOMAIN)).findFirst().orElseThrow();
        assertThat(spf.currentTtl()).isEqualTo(86400);
        // the same server on both sides: nothing differs
        assertThat(RecordDiff.diff(now, now, false)).isEmpty();
    }

    @Test
    void planAgainstTheOldOperatorNeedsMxSpfDkimDmarcAndLowersTheLongTtlTwoDaysAhead(TestLab lab) {
        DnsCheckService dns = service();
        LocalDateTime cutover = LocalDateTime.of(2026, 12, 11, 19, 0);
        DnsSnapshot snapshot = DnsSnapshot.lookUp(dns, List.of(DOMAIN), server(lab.dnsOldPort()), server(lab.dnsPort()),
                FakeWorkbenchApi.xserverTest(), cutover, cutover.minusDays(10), () -> false, (a, b, c) -> { });

        DomainDns d = snapshot.domains().get(0);
        assertThat(d.error()).isEmpty();
        assertThat(d.changes()).extracting(c -> c.label() + " " + c.kind())
                .containsExactly("MX CHANGE", "SPF CHANGE", "DKIM ADD", "DMARC CHANGE");
        assertThat(d.ttl()).extracting(t -> t.label() + " " + t.currentTtl() + " " + t.state())
                .containsExactlyInAnyOrder("MX 3600 LOWER", "SPF 86400 LOWER", "DMARC 3600 LOWER");
        assertThat(d.ttl()).filteredOn(t -> t.label().equals("SPF")).singleElement()
                .extracting(TtlAdvice::lowerBy).isEqualTo(cutover.minusHours(48));
        assertThat(d.newHostCheck()).isNotNull();
        assertThat(d.newHostCheck().worst()).isNotEqualTo(dev.mailbench.api.services.DnsCheckService.FindingSeverity.COULD_NOT_CHECK);
        assertThat(d.longestChangingTtl()).isEqualTo(86400);
        assertThat(d.afterSwitch()).isFalse();
        assertThat(d.checkLabel().ja()).isEqualTo("切替前の確認（新 DNS サーバー）");
        DomainDns after = DnsSnapshot.lookUp(dns, List.of(DOMAIN), server(lab.dnsPort()), server(lab.dnsPort()),
                FakeWorkbenchApi.xserverTest(), cutover, cutover.plusDays(1), () -> false, (a, b, c) -> { }).domains().get(0);
        assertThat(after.afterSwitch()).isTrue();
        // once the switch is done the new zone is what is published: nothing more to change (its DMARC only monitors)
        assertThat(after.changes()).extracting(c -> c.label() + " " + c.kind())
                .containsExactly("MX SAME", "SPF SAME", "DKIM SAME", "DMARC SAME");
    }

    @Test
    void aServerThatNeverAnswersIsCouldNotCheckNotMissing(TestLab lab) {
        DnsCheckService dns = service();
        DomainDns d = DnsSnapshot.lookUp(dns, List.of(DOMAIN), server(lab.blackholePort()), server(lab.dnsPort()),
                FakeWorkbenchApi.xserverTest(), LocalDateTime.of(2026, 12, 11, 19, 0), LocalDateTime.of(2026, 12, 1, 9, 0),
                () -> false, (a, b, c) -> { }).domains().get(0);
        assertThat(d.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(DnsChange.Kind.COULD_NOT_CHECK));
        assertThat(d.ttl()).allSatisfy(t -> assertThat(t.state()).isEqualTo(TtlAdvice.State.UNKNOWN));
    }
}
