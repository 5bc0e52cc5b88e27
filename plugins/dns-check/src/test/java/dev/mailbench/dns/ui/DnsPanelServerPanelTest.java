package dev.mailbench.dns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live check of the lab's DNS for a project holding a server panel import whose name servers are Xserver's real
 * ones: sample-shoji.test is delegated to the lab's name servers, as a domain whose web and DNS are run elsewhere.
 */
@RequiresTestLab(LabService.DNS)
class DnsPanelServerPanelTest {
    @TempDir
    Path folder;

    private PanelWindow panel;

    @BeforeAll
    static void lookAndFeel() {
        PanelWindow.setUpSwing();
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private static PanelSnapshot snapshot() {
        return new PanelSnapshot("xserver", "xs123456.xsrv.jp", Instant.parse("2026-12-03T01:00:00Z"),
                new ServerInfo("sv1234", "sv1234.xserver.jp", "203.0.113.10",
                        List.of("ns1.xserver.jp", "ns2.xserver.jp", "ns3.xserver.jp", "ns4.xserver.jp", "ns5.xserver.jp"), 300.0, 10.0),
                List.of(new PanelDomain("sample-shoji.test", "main", true, "", false)), List.of(), List.of(),
                List.of(new DnsRecord("1", "sample-shoji.test", "@", "MX", "sample-shoji.test", 3600, 0),
                        new DnsRecord("2", "sample-shoji.test", "@", "A", "203.0.113.10", 3600, null)));
    }

    @Test
    void saysPlainlyThatThePanelsRecordsAreNotInEffect(TestLab lab) {
        Project project = Project.empty().withDomains(List.of(new Domain("d1", "sample-shoji.test", "", "", "", "")));
        FakeWorkbenchApi api = new FakeWorkbenchApi("dns-check", project, folder.resolve("customer.mailbench.json"),
                FakeWorkbenchApi.xserverTest());
        PanelSnapshot snapshot = snapshot();
        api.services().provide(ServerPanelService.class, p -> Optional.of(snapshot));
        new DnsCheckPlugin().initialize(api);
        panel = PanelWindow.open(api, 1366, 768);
        FrameFixture window = panel.window();
        GuiActionRunner.execute(() -> window.target().setSize(1366, 768));

        window.comboBox("dns.mode").selectItem(2);
        window.textBox("dns.server").deleteText().enterText(lab.dnsServer().getHostString() + ":" + lab.dnsServer().getPort());
        SwingButtons.press(window, "dns.run");
        Pause.pause(new Condition("panel findings shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("dns.run").target().isEnabled()) && row(window, "PANEL_DNS_NOT_IN_EFFECT") >= 0;
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));

        window.list("dns.domains").selectItem(0);
        window.tabbedPane("dns.tabs").selectTab(0);
        int elsewhere = row(window, "PANEL_DNS_NOT_IN_EFFECT");
        GuiActionRunner.execute(() -> window.tree("dns.findings").target().setSelectionRow(elsewhere));
        window.robot().waitForIdle();
        panel.screenshot("dns-panel-server-panel-elsewhere-1366.png");
        assertThat(window.textBox("dns.explanation").text()).contains("サーバーパネルの DNS レコードは使われていません",
                "ns1.xserver.jp", "ns1.xserver.test", "NS が指している DNS 事業者");
        assertThat(row(window, "PANEL_RECORD_DIFFERENT")).as("the MX and A differences are listed too").isPositive();
        panel.screenshot("dns-panel-server-panel-elsewhere-1366.png");
    }

    private static int row(FrameFixture window, String code) {
        return GuiActionRunner.execute(() -> {
            var tree = window.tree("dns.findings").target();
            for (int i = 0; i < tree.getRowCount(); i++) {
                tree.expandRow(i);
            }
            for (int i = 0; i < tree.getRowCount(); i++) {
                if (String.valueOf(tree.getPathForRow(i).getLastPathComponent()).contains(code)) {
                    return i;
                }
            }
            return -1;
        });
    }
}
