package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DNS writes through the one change path against the simulator: plan checks, confirmation, audit, undo. */
@RequiresTestLab(LabService.XSERVER_API)
class DnsChangeLabTest {
    private static final List<String> XSERVER_NS = List.of("ns1.xserver.test", "ns2.xserver.test", "ns3.xserver.test");
    private final Sim sim = new Sim();

    @BeforeEach
    void reset() {
        sim.reset(0);
    }

    private DnsRecord spf(XserverConnector c) throws PanelException {
        return c.dnsRecords("sample-shoji.test", () -> false).stream()
                .filter(r -> r.type().equals("TXT") && r.host().equals("@")).findFirst().orElseThrow();
    }

    @Test
    void anSpfFixIsAppliedWithAnAuditEntryAndUndoneByTheInversePlan() throws Exception {
        XserverConnector c = sim.connector("FULL");
        DnsRecord before = spf(c);
        DnsRecord after = new DnsRecord(before.id(), before.domain(), "@", "TXT",
                before.content().replace("~all", "-all"), before.ttl(), 0);
        DnsRecord dmarcReport = new DnsRecord(null, "sample-shoji.test", "_report._dmarc", "TXT", "v=DMARC1", 3600, 0);
        List<DnsChange> plan = List.of(DnsChange.update(before, after), DnsChange.create(dmarcReport));

        assertThat(DnsChangeRunner.check(plan, XSERVER_NS, d -> List.of("ns1.xserver.test.", "NS2.xserver.test"))).isEmpty();
        DnsChangeRunner runner = new DnsChangeRunner(c, Clock.systemUTC());
        assertThatThrownBy(() -> runner.apply(plan, false, () -> false)).isInstanceOf(IllegalStateException.class);

        DnsChangeRunner.Outcome done = runner.apply(plan, true, () -> false);
        assertThat(done.complete()).isTrue();
        assertThat(spf(c).content()).endsWith("-all");
        assertThat(done.audit()).hasSize(2).allSatisfy(a -> assertThat(a.result()).isEqualTo("OK"));
        assertThat(done.audit().get(0).before()).contains("~all");
        assertThat(done.audit().get(0).after()).contains("-all");
        assertThat(done.audit().toString()).doesNotContain(sim.key("FULL"));
        String createdId = done.applied().get(1).after().id();
        assertThat(createdId).isNotBlank();

        DnsChangeRunner.Outcome undone = runner.apply(done.undoPlan(), true, () -> false);
        assertThat(undone.complete()).isTrue();
        assertThat(spf(c).content()).isEqualTo(before.content());
        assertThat(c.dnsRecords("sample-shoji.test", () -> false)).noneMatch(r -> r.id().equals(createdId));
        assertThat(undone.applied()).extracting(DnsChange::op).containsExactly(DnsChange.Op.DELETE, DnsChange.Op.UPDATE);
    }

    @Test
    void dnsWritesAreRefusedWhenTheNameServersPointElsewhereOrCannotBeChecked() {
        DnsRecord r = new DnsRecord(null, "old-host.test", "@", "TXT", "v=spf1 -all", 3600, 0);
        var elsewhere = DnsChangeRunner.check(List.of(DnsChange.create(r)), XSERVER_NS,
                d -> List.of("ns1.other-dns.example", "ns2.other-dns.example"));
        assertThat(elsewhere).singleElement().satisfies(t -> assertThat(t.ja())
                .contains("Xserver を指していない").contains("ns1.other-dns.example").contains("書き込みはしません"));
        var timeout = DnsChangeRunner.check(List.of(DnsChange.create(r)), XSERVER_NS, d -> {
            throw new SocketTimeoutException("timed out");
        });
        assertThat(timeout).singleElement().satisfies(t -> assertThat(t.ja()).contains("確認できませんでした").contains("timed out"));
    }

    @Test
    void aTtlBelowTheFloorIsRefusedInThePlanAndA422FromTheServerStopsTheRunWithoutRetry() throws Exception {
        DnsRecord low = new DnsRecord(null, "sample-shoji.test", "x", "A", "127.0.0.1", 30, 0);
        assertThat(DnsChangeRunner.check(List.of(DnsChange.create(low)), XSERVER_NS, d -> XSERVER_NS))
                .singleElement().satisfies(t -> assertThat(t.ja()).contains("TTL は 60 秒以上"));

        XserverConnector c = sim.connector("FULL");
        DnsRecord good = new DnsRecord(null, "sample-shoji.test", "ok", "A", "127.0.0.1", 300, 0);
        DnsChangeRunner.Outcome out = new DnsChangeRunner(c, Clock.systemUTC())
                .apply(List.of(DnsChange.create(low), DnsChange.create(good)), true, () -> false);
        assertThat(out.failure().failure()).isEqualTo(PanelFailure.VALIDATION);
        assertThat(out.applied()).isEmpty();
        assertThat(out.audit()).singleElement().satisfies(a -> assertThat(a.result()).startsWith("VALIDATION").contains("ttl"));
        assertThat(c.api().requests()).isEqualTo(1);
        assertThat(c.dnsRecords("sample-shoji.test", () -> false)).noneMatch(r -> r.host().equals("ok"));
    }

    @Test
    void aReadOnlyKeyCannotWriteAndTheAuditSaysSo() throws Exception {
        XserverConnector c = sim.connector("READ");
        DnsChangeRunner.Outcome out = new DnsChangeRunner(c, Clock.systemUTC()).apply(
                List.of(DnsChange.create(new DnsRecord(null, "sample-shoji.test", "y", "A", "127.0.0.1", 300, 0))), true, () -> false);
        assertThat(out.failure().failure()).isEqualTo(PanelFailure.FORBIDDEN_PERMISSION);
        assertThat(out.audit()).singleElement().satisfies(a -> assertThat(a.result()).startsWith("FORBIDDEN_PERMISSION"));
    }
}
