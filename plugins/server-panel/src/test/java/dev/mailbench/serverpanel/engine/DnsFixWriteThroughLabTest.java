package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.DomainResult;
import dev.mailbench.api.services.DnsCheckService.FindingSeverity;
import dev.mailbench.api.services.DnsCheckService.FindingView;
import dev.mailbench.api.model.Project;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issue's "DNS fix applied, then a live DNS check that is clean, then undo, then the check shows the old finding
 * again": the real DNS checker asks the lab NSD, the fix goes through the simulator, which writes the zone through
 * into that NSD (testlab/README.md, "Write-through").
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class DnsFixWriteThroughLabTest {
    private static final String DOMAIN = WriteThroughZone.DOMAIN;
    private final Sim sim = new Sim();
    private DnsCheckService dns;
    private DnsCheckService.Target live;

    @BeforeEach
    void setUp() {
        sim.reset(0);
        WriteThroughZone.require(sim);
        // DMARC reports to an address on the domain itself: an address elsewhere would need an authorisation record in
        // a zone the simulator does not write through
        Project project = SampleProject.load();
        Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
        plugins.put("dns-check", Map.of("reportAddress", "dmarc-reports@" + DOMAIN));
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, project.withPlugins(plugins), null,
                FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        dns = api.services().find(DnsCheckService.class).orElseThrow();
        live = new DnsCheckService.Target("127.0.0.1:" + sim.lab.dnsPort(), null, false);
    }

    private DomainResult check() throws Exception {
        return dns.check(List.of(DOMAIN), live).get(0);
    }

    private static Set<String> problems(DomainResult r) {
        Set<String> out = new TreeSet<>();
        for (FindingView f : r.findings()) {
            if (f.severity() == FindingSeverity.WARNING || f.severity() == FindingSeverity.ERROR
                    || f.severity() == FindingSeverity.COULD_NOT_CHECK) {
                out.add(f.code());
            }
        }
        return out;
    }

    @Test
    void theCheckersFixesAppliedThroughThePanelMakeTheLiveCheckCleanAndTheUndoBringsTheFindingsBack() throws Exception {
        DomainResult before = check();
        Set<String> found = problems(before);
        assertThat(found).as("the seed zone's known findings").isNotEmpty()
                .anyMatch(c -> c.startsWith("SPF")).anyMatch(c -> c.startsWith("DMARC"));
        assertThat(before.fixes()).isNotEmpty();

        XserverConnector panel = sim.connector("FULL");
        List<DnsChange> plan = DnsFixPlanning.changes(DOMAIN, before.fixes(), panel.dnsRecords(DOMAIN, () -> false));
        assertThat(plan).extracting(DnsChange::op).contains(DnsChange.Op.UPDATE, DnsChange.Op.CREATE);
        DnsPlanCheck planCheck = DnsPlanCheck.of(plan, panel, dns, live, () -> false);
        assertThat(planCheck.refusals()).isEmpty();
        assertThat(planCheck.verdicts().get(DOMAIN).state()).isEqualTo(NsVerdict.State.IN_EFFECT);

        DnsChangeRunner runner = new DnsChangeRunner(panel, Clock.systemUTC());
        DnsChangeRunner.Outcome done = runner.apply(planCheck.plan(), true, () -> false);
        assertThat(done.complete()).as(String.valueOf(done.failure())).isTrue();

        DomainResult fixed = check();
        assertThat(problems(fixed)).as("live DNS after the fix: %s", fixed.findings()).isEmpty();
        assertThat(fixed.fixes()).isEmpty();

        DnsChangeRunner.Outcome undone = runner.apply(done.undoPlan(), true, () -> false);
        assertThat(undone.complete()).as(String.valueOf(undone.failure())).isTrue();
        assertThat(problems(check())).as("live DNS after the undo").isEqualTo(found);
    }
}
