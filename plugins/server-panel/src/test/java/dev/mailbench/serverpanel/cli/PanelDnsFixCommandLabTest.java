package dev.mailbench.serverpanel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.FindingSeverity;
import dev.mailbench.api.services.DnsCheckService.FindingView;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.ChangeSetFile;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mailbench panel plan|apply|undo --from dns-check}: the DNS checker's fixes for the project's domain, from the
 * command line, the one way DNS writes go. The real checker asks the lab NSD, the simulator writes the zone through into
 * it, so the live check after the apply is clean and after the undo shows the old findings again.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class PanelDnsFixCommandLabTest {
    private static final String DOMAIN = "panel-sync.test";
    private final Sim sim = new Sim();
    private FakeWorkbenchApi api;
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        sim.reset(0);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).as("the simulator writes %s through; run testlab/start.sh", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
        // DMARC reports to an address on the domain itself: an address elsewhere would need an authorisation record in a
        // zone the simulator does not write through
        Project project = SampleProject.load();
        Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
        plugins.put("dns-check", Map.of("reportAddress", "dmarc-reports@" + DOMAIN));
        api = new FakeWorkbenchApi(ServerPanelPlugin.ID, project.withPlugins(plugins), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = new CommandLine(new PanelCommand(api, () -> Map.of(PanelCommand.KEY_VARIABLE, sim.key("FULL"))));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            return cmd.execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    private String[] args(String sub, String... more) {
        List<String> a = new ArrayList<>(List.of(sub, SampleProject.path().toString()));
        a.addAll(List.of(more));
        a.addAll(List.of("--servername", sim.lab.xserverServername(), "--base-url", sim.lab.xserverApiBase().toString(),
                "--ca", sim.lab.caCertificate().toString(), "--dns-server", "127.0.0.1:" + sim.lab.dnsPort()));
        return a.toArray(String[]::new);
    }

    private Set<String> liveProblems() throws Exception {
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElseThrow();
        Set<String> codes = new TreeSet<>();
        for (FindingView f : dns.check(List.of(DOMAIN), new DnsCheckService.Target("127.0.0.1:" + sim.lab.dnsPort(), null, false))
                .get(0).findings()) {
            if (f.severity() == FindingSeverity.WARNING || f.severity() == FindingSeverity.ERROR
                    || f.severity() == FindingSeverity.COULD_NOT_CHECK) {
                codes.add(f.code());
            }
        }
        return codes;
    }

    @Test
    void theCheckersFixesArePlannedAppliedMakeTheLiveCheckCleanAndAreUndone() throws Exception {
        Set<String> found = liveProblems();
        assertThat(found).as("the seed zone's known findings").anyMatch(c -> c.startsWith("SPF")).anyMatch(c -> c.startsWith("DMARC"));

        assertThat(run(args("plan", "--from", "dns-check", "--domain", DOMAIN))).as(err + out.toString()).isZero();
        assertThat(out.toString()).contains(DOMAIN + " の修正案: ").contains("変更前: ").contains("変更後: ")
                .contains("NS の判定 " + DOMAIN + ": Xserver を指しています");
        assertThat(liveProblems()).as("plan sends nothing").isEqualTo(found);

        Path undo = dir.resolve("dns-fix.undo.json");
        assertThat(run(args("apply", "--from", "dns-check", "--domain", DOMAIN, "--undo-file", undo.toString(), "--yes")))
                .as(err + out.toString()).isZero();
        assertThat(out.toString()).contains("記録:").contains(": OK");
        assertThat(liveProblems()).as("live DNS after the fixes").isEmpty();
        assertThat(ChangeSetFile.read(undo).changes()).isNotEmpty();
        assertThat(Files.readString(undo)).doesNotContain(sim.key("FULL"));

        assertThat(run(args("apply", "--from", "dns-check", "--domain", DOMAIN, "--undo-file", dir.resolve("again.json").toString(),
                "--yes"))).as(err + out.toString()).isZero();
        assertThat(out.toString()).contains("DNS チェックの修正案はありません");
        assertThat(dir.resolve("again.json")).as("nothing sent, nothing to undo").doesNotExist();

        assertThat(run(args("undo", undo.toString(), "--yes"))).as(err + out.toString()).isZero();
        assertThat(liveProblems()).as("live DNS after the undo").isEqualTo(found);
    }
}
