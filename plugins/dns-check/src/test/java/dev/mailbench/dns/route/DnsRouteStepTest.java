package dev.mailbench.dns.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.dns.engine.CheckProfile;
import dev.mailbench.dns.engine.CheckRunner;
import dev.mailbench.dns.engine.ResolverSettings;
import dev.mailbench.dns.engine.RunHistory;
import dev.mailbench.dns.engine.TestZones;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DnsRouteStepTest {
    private static final Project CUSTOMER = Project.empty().withDomains(List.of(new Domain("d1", "Sample-Shoji.test", "", "", "", "")));

    private static StepStatus status(Project p) {
        return new DnsRouteStep().status(p).orElseThrow();
    }

    /** A saved run in which each domain's worst finding is as given. */
    private static Map<String, Object> run(Map<String, String> worstByDomain) {
        List<Object> domains = new ArrayList<>();
        worstByDomain.forEach((d, w) -> domains.add(Map.of("domain", d, "worst", w)));
        return Map.of("at", "2026-12-04T05:00:00Z", "domains", domains);
    }

    private static Project withRuns(Project p, List<Map<String, Object>> runs) {
        return p.withPlugins(Map.of(DnsCheckPlugin.ID, Map.of("runs", runs)));
    }

    private static Project withRun(String worst) {
        return withRuns(CUSTOMER, List.of(run(Map.of("sample-shoji.test", worst))));
    }

    @Test
    void noDomainOrNoSavedRunIsNotStartedAndSaysWhatToDo() {
        assertThat(status(Project.empty())).satisfies(s -> {
            assertThat(s.state()).isEqualTo(StepState.NOT_STARTED);
            assertThat(s.summary().ja()).startsWith("ドメインを記録してから");
        });
        assertThat(status(CUSTOMER)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(StepState.NOT_STARTED);
            assertThat(s.summary().ja()).contains("「確認」を押すと");
            assertThat(s.summary().en()).startsWith("Press Check");
        });
    }

    @Test
    void theLastRunsWorstFindingDecides() {
        assertThat(status(withRun("WARNING")).state()).isEqualTo(StepState.FINDINGS);
        assertThat(status(withRun("ERROR")).summary().ja()).contains("直す点か確認できなかった点のあるドメインが 1 件");
        assertThat(status(withRun("COULD_NOT_CHECK")).state()).as("not checked is not clean").isEqualTo(StepState.FINDINGS);
        assertThat(status(withRun("INFO")).state()).isEqualTo(StepState.DONE);
        assertThat(status(withRun("OK")).summary().en()).isEqualTo("The last check found nothing to fix on any domain.");
        // an older run with a warning does not count once a newer one is clean
        assertThat(status(withRuns(CUSTOMER, List.of(run(Map.of("sample-shoji.test", "WARNING")),
                run(Map.of("sample-shoji.test", "OK"))))).state()).isEqualTo(StepState.DONE);
    }

    @Test
    void aDomainTheLastRunDidNotCheckKeepsTheStepOpen() {
        Project two = CUSTOMER.withDomains(List.of(CUSTOMER.domains().get(0), new Domain("d2", "branch.test", "", "", "", "")));
        StepStatus s = status(withRuns(two, List.of(run(Map.of("sample-shoji.test", "OK")))));
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).isEqualTo("まだ確認していないドメインが 1 件あります。");
    }

    @Test
    void aRunSavedByTheCheckerItselfIsRead() throws Exception {
        Project weak = Project.empty().withDomains(List.of(new Domain("d", "weak-dkim.test", "", "", "", "")));
        var reports = CheckRunner.run(new CheckRunner.Request(List.of("weak-dkim.test"), ResolverSettings.system(),
                Map.of("weak-dkim.test", TestZones.file("weak-dkim.test")), true, CheckProfile.generic(), 1), (a, b, c) -> { });
        Project saved = weak.withPlugins(Map.of(DnsCheckPlugin.ID, RunHistory.append(Map.of(), reports, Instant.now())));
        assertThat(status(saved).state()).isEqualTo(StepState.FINDINGS);
    }

    @Test
    void thePluginRegistersItForTheDnsStepWithItsPanel() {
        var api = new FakeWorkbenchApi(DnsCheckPlugin.ID, Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        assertThat(api.routeSteps).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(VisitStep.DNS);
            assertThat(c.panelId()).isEqualTo("dns-check");
        });
    }
}
