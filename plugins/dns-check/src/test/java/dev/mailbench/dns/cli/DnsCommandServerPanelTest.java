package dev.mailbench.dns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.dns.engine.TestDnsServer;
import dev.mailbench.kit.json.Json;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dns check --project}: a project whose server panel import knows the domain gets the PANEL group. */
class DnsCommandServerPanelTest {
    private static TestDnsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestDnsServer.withTestZones();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PanelSnapshot snapshot(List<String> nameServers) {
        return new PanelSnapshot("xserver", "xs123456.xsrv.jp", Instant.parse("2026-12-03T01:00:00Z"),
                new ServerInfo("sv1234", "sv1234.xserver.test", "127.0.0.1", nameServers, null, null),
                List.of(new PanelDomain("sample-shoji.test", "main", true, "", false)), List.of(), List.of(),
                List.of(new DnsRecord("1", "sample-shoji.test", "@", "MX", "sample-shoji.test", 3600, 10),
                        new DnsRecord("2", "sample-shoji.test", "www", "A", "127.0.0.9", 3600, null)));
    }

    private static JsonNode check(PanelSnapshot panel) throws Exception {
        Project project = Project.empty().withDomains(List.of(new Domain("d1", "sample-shoji.test", "", "", "", "")));
        FakeWorkbenchApi api = new FakeWorkbenchApi("dns-check", project, null, FakeWorkbenchApi.xserverTest());
        if (panel != null) {
            api.services().provide(ServerPanelService.class, p -> Optional.of(panel));
        }
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new DnsCommand(api));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute("check", "--project", Path.of("customer.mailbench.json").toString(), "--server",
                "127.0.0.1:" + server.address().getPort(), "--json");
        return Json.mapper().readTree(out.toString()).get("domains").get(0);
    }

    private static List<String> panelCodes(JsonNode domain) {
        List<String> codes = new ArrayList<>();
        domain.get("findings").forEach(f -> {
            if (f.get("group").asText().equals("PANEL")) {
                codes.add(f.get("code").asText() + "/" + f.get("severity").asText());
            }
        });
        return codes;
    }

    @Test
    void nameServersElsewhereAndTheDifferencesAreReported() throws Exception {
        JsonNode d = check(snapshot(List.of("ns1.xserver.jp", "ns2.xserver.jp")));
        assertThat(panelCodes(d)).contains("PANEL_DNS_NOT_IN_EFFECT/WARNING", "PANEL_RECORD_DIFFERENT/INFO");
    }

    @Test
    void panelInEffectWarnsAboutTheDifferentRecord() throws Exception {
        JsonNode d = check(snapshot(List.of("ns1.xserver.test", "ns2.xserver.test")));
        assertThat(panelCodes(d)).contains("PANEL_DNS_IN_EFFECT/OK", "PANEL_RECORD_DIFFERENT/WARNING")
                .doesNotContain("PANEL_DNS_NOT_IN_EFFECT/WARNING");
    }

    @Test
    void withoutAnImportThereIsNoPanelGroup() throws Exception {
        assertThat(panelCodes(check(null))).isEmpty();
    }
}
