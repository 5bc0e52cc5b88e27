package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A migration plan's actions proposed to the panel (the proposing plugin never talks HTTP): TTLs lowered and refused
 * below 60 s, a mailbox created with the design's quota, forwarding set and cleared, the audit, and undo.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class ProposalLabTest {
    private static final String DOMAIN = WriteThroughZone.DOMAIN;
    private static final String NEW = "tanaka@" + DOMAIN;
    private static final LocalizedText WHY = LocalizedText.of("移行計画", "migration plan");
    private final Sim sim = new Sim();
    private XserverConnector panel;
    private ProposalPlanner.Checks checks;

    @BeforeEach
    void setUp() throws Exception {
        sim.reset(0);
        WriteThroughZone.require(sim);
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElseThrow();
        panel = sim.connector("FULL");
        DnsCheckService.Target target = new DnsCheckService.Target("127.0.0.1:" + sim.lab.dnsPort(), null, false);
        checks = ProposalPlanner.liveChecks(panel, dns, target, () -> false);
        MailboxCreation.Ownership o = new MailboxCreation(panel, dns, target).checkOwnership(DOMAIN, () -> false);
        if (!o.verified()) { // the panel's own check needs the ownership record published first
            assertThat(new DnsChangeRunner(panel, Clock.systemUTC()).apply(List.of(o.proposal()), true, () -> false).complete()).isTrue();
        }
    }

    @AfterEach
    void wipe() {
        sim.reset(0); // the created account leaves the lab Dovecot again
    }

    private List<DnsRecord> records() throws PanelException {
        return panel.dnsRecords(DOMAIN, () -> false);
    }

    private int ttl(String host, String type, String prefix) throws PanelException {
        return records().stream().filter(r -> r.host().equals(host) && r.type().equals(type) && r.content().startsWith(prefix))
                .findFirst().orElseThrow().ttl();
    }

    @Test
    void ttlsLoweredMailboxCreatedWithQuotaForwardingSetAuditedAndUndone() throws Exception {
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);
        ChangeProposal proposal = new ChangeProposal("migration", WHY, List.of(
                ProposedChange.createMailbox(NEW, 1500, WHY),
                ProposedChange.setForwarding(NEW, List.of("boss@example.jp"), true, WHY),
                ProposedChange.setTtl(DOMAIN, "@", "MX", null, 300, WHY),
                ProposedChange.setTtl(DOMAIN, "@", "A", null, 300, WHY),
                ProposedChange.setTtl(DOMAIN, "@", "TXT", "v=spf1", 300, WHY)));

        ProposalPlanner.Plan plan = new ProposalPlanner(panel, checks, () -> false).plan(proposal);
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.sendable()).isTrue();
        assertThat(plan.steps()).extracting(ProposalStep::describe).containsExactly(
                "CREATE MAILBOX " + NEW + " 1500 MB",
                "SET FORWARDING " + NEW + " 転送なし / no forwarding → 転送 / forward to boss@example.jp (メールボックスにも残す / keep a copy)",
                plan.steps().get(2).describe(), plan.steps().get(3).describe(), plan.steps().get(4).describe());
        assertThat(plan.steps().subList(2, 5)).allSatisfy(s -> {
            assertThat(s.dns().op()).isEqualTo(DnsChange.Op.UPDATE);
            assertThat(s.before()).contains("TTL 3600");
            assertThat(s.after()).contains("TTL 300");
        });

        ProposalRunner runner = new ProposalRunner(panel, Clock.systemUTC());
        ProposalRunner.Outcome done = runner.apply(plan.steps(), true, () -> false);
        assertThat(done.complete()).as(String.valueOf(done.failure())).isTrue();
        assertThat(ttl("@", "MX", "")).isEqualTo(300);
        assertThat(ttl("@", "A", "")).isEqualTo(300);
        assertThat(ttl("@", "TXT", "v=spf1")).isEqualTo(300);
        assertThat(ttl("mail", "A", "")).as("a record not proposed keeps its TTL").isEqualTo(3600);
        assertThat(panel.mailAccount(NEW, () -> false).quotaMb()).isEqualTo(1500);
        assertThat(panel.mailAccount(NEW, () -> false).forwardTo()).containsExactly("boss@example.jp");
        char[] password = done.passwords().get(NEW);
        assertThat(sim.imapLogin(NEW, password)).startsWith("a1 OK");
        assertThat(done.audit()).hasSize(5).allSatisfy(a -> assertThat(a.result()).isEqualTo("OK"));
        assertThat(done.audit()).extracting(AuditEntry::change).startsWith("CREATE MAILBOX " + NEW, "SET FORWARDING " + NEW);
        assertThat(done.audit().get(2).before()).contains("TTL 3600");
        String written = dev.mailbench.kit.json.Json.pretty(new PanelSection(null).withProposalRun(done.audit(), done.undoPlan()));
        assertThat(written).doesNotContain(new String(password)).doesNotContain(sim.key("FULL"));
        done.wipe();

        ProposalPlanner.Plan again = new ProposalPlanner(panel, checks, () -> false).plan(proposal);
        assertThat(again.steps()).as("everything is true now: nothing to send").isEmpty();
        assertThat(again.notes()).hasSize(5);

        List<ProposalStep> undo = done.undoPlan();
        assertThat(new ProposalPlanner(panel, checks, () -> false).check(undo)).isEmpty();
        ProposalRunner.Outcome undone = runner.apply(undo, true, () -> false);
        assertThat(undone.complete()).as(String.valueOf(undone.failure())).isTrue();
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);
        assertThat(ttl("@", "TXT", "v=spf1")).isEqualTo(3600);
        assertThat(panel.mailAccounts(() -> false)).noneMatch(a -> a.address().equalsIgnoreCase(NEW));
        assertThat(undone.audit()).extracting(AuditEntry::change).endsWith("SET FORWARDING " + NEW, "DELETE MAILBOX " + NEW);
    }

    @Test
    void aTtlBelowSixtySecondsIsRefusedBeforeAnythingIsSent() throws Exception {
        ProposalPlanner.Plan plan = new ProposalPlanner(panel, checks, () -> false).plan(new ChangeProposal("migration", WHY,
                List.of(ProposedChange.setTtl(DOMAIN, "@", "MX", null, 30, WHY))));
        assertThat(plan.sendable()).isFalse();
        assertThat(plan.refusals()).singleElement().satisfies(t -> {
            assertThat(t.ja()).contains("TTL 30 秒は設定できません").contains("60 秒");
            assertThat(t.en()).contains("60 s");
        });
        assertThat(ttl("@", "MX", "")).isEqualTo(3600);
    }

    @Test
    void forwardingIsClearedAndAnAccountNeitherThereNorPlannedIsRefused() throws Exception {
        String info = sim.lab.get("LAB_USER_INFO");
        assertThat(panel.mailAccount(info, () -> false).forwardTo()).isNotEmpty();
        ProposalPlanner.Plan plan = new ProposalPlanner(panel, checks, () -> false).plan(new ChangeProposal("migration", WHY,
                List.of(ProposedChange.setForwarding(info, List.of(), true, WHY))));
        assertThat(plan.sendable()).isTrue();
        ProposalRunner.Outcome done = new ProposalRunner(panel, Clock.systemUTC()).apply(plan.steps(), true, () -> false);
        assertThat(done.complete()).isTrue();
        assertThat(panel.mailAccount(info, () -> false).forwardTo()).isEmpty();
        assertThat(done.audit().get(0).after()).contains("転送なし");

        ProposalPlanner.Plan missing = new ProposalPlanner(panel, checks, () -> false).plan(new ChangeProposal("migration", WHY,
                List.of(ProposedChange.setForwarding("nobody@" + DOMAIN, List.of("a@example.jp"), true, WHY))));
        assertThat(missing.refusals()).singleElement().satisfies(t -> assertThat(t.ja()).contains("パネルになく"));
    }
}
