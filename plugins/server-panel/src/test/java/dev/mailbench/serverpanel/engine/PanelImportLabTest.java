package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.kit.json.Json;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a whole server through the simulator: pacing, progress, cancel, the diff and the merge. */
@RequiresTestLab(LabService.XSERVER_API)
class PanelImportLabTest {
    private final Sim sim = new Sim();

    @BeforeEach
    void reset() {
        sim.reset(0);
    }

    @Test
    void hundredAccountsOnStandardLimitsArePacedWithoutA429AndWithProgress() throws Exception {
        // the Standard plan's 60 requests a window, with a 5 s window so the test runs twelve times faster
        sim.reset(100).config("{\"window_seconds\": 5}");
        XserverConnector connector = sim.connector("READ");
        List<int[]> steps = new ArrayList<>();
        PanelSnapshot s = new PanelImporter(Clock.systemUTC())
                .run(connector, (done, total, what) -> steps.add(new int[] {done, total}), () -> false);

        assertThat(s.accounts()).hasSize(104);
        assertThat(s.accounts()).allSatisfy(a -> assertThat(a.usedMb()).isNotNull());
        int requests = connector.api().requests();
        // me, server info and usage, domains, two per account, filters and DNS per domain (3, or 4 with write-through)
        assertThat(requests).isEqualTo(2 + 1 + 1 + 104 * 2 + s.domains().size() * 2);
        assertThat(sim.stats().path("rate_limited").asInt()).as("429 answers").isZero();
        assertThat(sim.stats().path("requests").asInt()).isEqualTo(requests);
        // 218 (or 220) requests at 60 a window need at least three waits for a new window
        assertThat(connector.api().pacer().waits()).isGreaterThanOrEqualTo(3);
        assertThat(connector.api().pacer().limit()).isEqualTo(60);
        assertThat(steps).last().satisfies(p -> assertThat(p[0]).isEqualTo(p[1]).isEqualTo(requests));
        assertThat(steps).extracting(p -> p[0]).isSorted();
    }

    @Test
    void cancelStopsTheImportAtOnce() throws Exception {
        sim.reset(20);
        XserverConnector connector = sim.connector("READ");
        AtomicBoolean cancel = new AtomicBoolean();
        PanelException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new PanelImporter(Clock.systemUTC())
                .run(connector, (done, total, what) -> cancel.set(done >= 10), cancel::get), PanelException.class);
        assertThat(e.failure()).isEqualTo(PanelFailure.CANCELLED);
        assertThat(connector.api().requests()).isBetween(10, 12);
    }

    @Test
    void importReadsServerAccountsForwardingFiltersAndDns() throws Exception {
        PanelSnapshot s = new PanelImporter(Clock.systemUTC()).run(sim.connector("READ"), (d, t, w) -> { }, () -> false);
        assertThat(s.server().serverId()).isEqualTo("sv1234");
        assertThat(s.server().mailHost()).isEqualTo("sv1234.xserver.test");
        assertThat(s.server().nameServers()).contains("ns1.xserver.test", "ns2.xserver.test");
        assertThat(s.accounts()).filteredOn(a -> a.address().startsWith("billing@")).singleElement().satisfies(a -> {
            assertThat(a.forwardTo()).containsExactly("keiri.shoji@gmail.com");
            assertThat(a.keepInMailbox()).isFalse();
            assertThat(a.usedMb()).isEqualTo(88.0);
        });
        assertThat(s.filters()).anyMatch(f -> f.deletesMail() && f.conditions().get(0).keyword().equals("未承諾広告"));
        assertThat(s.dnsRecords()).anyMatch(r -> r.domain().equals("sample-shoji.test") && r.type().equals("MX")
                && r.priority() == 10);
    }

    @Test
    void diffAgainstTheProjectThenMergeAsOneEditThenAChangeOnTheServerShowsSinceTheLastImport() throws Exception {
        Project project = SampleProject.load();
        PanelImporter importer = new PanelImporter(Clock.systemUTC());
        PanelSnapshot first = importer.run(sim.connector("READ"), (d, t, w) -> { }, () -> false);

        List<PanelChange> toProject = ImportDiff.againstProject(project, first);
        assertThat(toProject).anyMatch(c -> c.kind() == PanelChange.Kind.NEW && c.area().equals("mailbox")
                && c.key().equals("full@sample-shoji.test"));
        Project merged = ProjectMerge.merge(project, first);
        assertThat(merged.provider().serverId()).isEqualTo("sv1234");
        assertThat(merged.mailboxes()).anyMatch(m -> m.address().equals("billing@sample-shoji.test")
                && m.quotaMb() == 2000 && m.forwardTo().equals(List.of("keiri.shoji@gmail.com")));
        assertThat(ImportDiff.againstProject(merged, first)).noneMatch(c -> c.kind() != PanelChange.Kind.GONE);
        PanelSection kept = Json.convert(merged.plugins().get(ProjectMerge.PLUGIN_ID), PanelSection.class);
        assertThat(kept.lastImport()).isEqualTo(first);

        // the customer's staff change a quota and a forwarding in the server panel
        XserverApi full = sim.api("FULL");
        full.send("PUT", sim.base() + "/mail/taro%40sample-shoji.test", Map.of("quota_mb", 5000), () -> false);
        full.send("PUT", sim.base() + "/mail/info%40sample-shoji.test/forwarding",
                Map.of("forwarding_addresses", List.of(), "keep_in_mailbox", true), () -> false);
        full.send("DELETE", sim.base() + "/mail/full%40sample-shoji.test", null, () -> false);

        PanelSnapshot second = importer.run(sim.connector("READ"), (d, t, w) -> { }, () -> false);
        List<PanelChange> since = ImportDiff.sinceLastImport(kept.lastImport(), second);
        assertThat(since).containsExactlyInAnyOrder(
                new PanelChange(PanelChange.Kind.CHANGED, "mailbox", "taro@sample-shoji.test", "quotaMb", "2000", "5000"),
                new PanelChange(PanelChange.Kind.CHANGED, "mailbox", "info@sample-shoji.test", "forwardTo",
                        "taro@sample-shoji.test", ""),
                new PanelChange(PanelChange.Kind.GONE, "mailbox", "full@sample-shoji.test", "",
                        ImportDiff.describe(first.accounts().stream().filter(a -> a.address().startsWith("full@"))
                                .findFirst().orElseThrow()), ""));
        assertThat(ImportDiff.againstProject(ProjectMerge.merge(project, first), second))
                .contains(new PanelChange(PanelChange.Kind.CHANGED, "mailbox", "taro@sample-shoji.test", "quotaMb", "2000", "5000"))
                .anyMatch(c -> c.kind() == PanelChange.Kind.GONE && c.key().equals("full@sample-shoji.test"));
    }

    @Test
    void theMergedProjectHoldsNoKey() throws Exception {
        PanelSnapshot s = new PanelImporter(Clock.systemUTC()).run(sim.connector("FULL"), (d, t, w) -> { }, () -> false);
        String json = Json.pretty(ProjectMerge.merge(SampleProject.load(), s));
        for (String kind : List.of("FULL", "READ")) {
            assertThat(json).doesNotContain(sim.key(kind));
        }
        assertThat(json).doesNotContain("lab-generated"); // the simulator's stored passwords never leave it
        assertThat(s.accounts()).extracting(MailAccount::address).contains("info@sample-shoji.test");
    }
}
