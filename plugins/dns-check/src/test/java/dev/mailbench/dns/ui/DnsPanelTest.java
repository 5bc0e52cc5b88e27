package dev.mailbench.dns.ui;

import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testkit.FakeWorkbenchApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.dns.engine.TestZones;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTextArea;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel on a project whose domains have zone files beside it (the offline sample scenario). */
class DnsPanelTest {
    @TempDir
    Path folder;

    private FakeWorkbenchApi api;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @BeforeEach
    void open() throws Exception {
        for (String d : List.of("sample-shoji.test", "bad-dmarc.test", "old-host.test")) {
            Files.copy(TestZones.file(d), folder.resolve(d + ".zone"));
        }
        Project project = Project.empty().withDomains(List.of(
                new Domain("d1", "sample-shoji.test", "", "", "", ""),
                new Domain("d2", "bad-dmarc.test", "", "", "", ""),
                new Domain("d3", "old-host.test", "", "", "", "")));
        api = new FakeWorkbenchApi("dns-check", project, folder.resolve("customer.mailbench.json"), FakeWorkbenchApi.xserverTest());
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("DNS");
            f.setContentPane(new DnsPanel(api));
            f.setSize(1280, 760);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        awaitAutomaticCheck();
    }

    /** Every domain has a zone file, so the panel checks them as soon as it opens. */
    private void awaitAutomaticCheck() {
        Pause.pause(new Condition("automatic check finished") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("dns.run").target().isEnabled()
                        && window.label("dns.offlineBanner").target().isVisible());
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    /** Through Swing: a robot click lost under a loaded Xvfb made this test flaky. */
    private void pressRun() {
        GuiActionRunner.execute(() -> window.button("dns.run").target().doClick());
    }

    private void runCheckAndWait() {
        pressRun();
        Pause.pause(new Condition("check finished") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("dns.run").target().isEnabled()
                        && window.label("dns.status").target().getText().contains("ゾーン外"));
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
    }

    @Test
    void checksZoneFilesOfflineShowsTrafficLightsFixesAndSavesHistory() throws Exception {
        assertThat(window.list("dns.domains").contents()).hasSize(3);
        runCheckAndWait();
        assertThat(window.label("dns.offlineBanner").text()).contains("ゾーンファイル").contains("オフライン");
        assertThat(api.edits).containsExactly("DNS チェックの結果を保存");
        assertThat(api.project.plugins().get("dns-check")).isInstanceOf(Map.class);

        window.list("dns.domains").selectItem(1);
        window.tabbedPane("dns.tabs").selectTab(0);
        assertThat(window.tree("dns.findings").target().getRowCount()).isGreaterThan(5);
        window.tree("dns.findings").selectRow(1);
        assertThat(window.textBox("dns.explanation").text()).isNotBlank();
        window.tabbedPane("dns.tabs").selectTab(2);
        JTextArea after = (JTextArea) window.textBox("dns.fix.0.after").target();
        String afterText = GuiActionRunner.execute((java.util.concurrent.Callable<String>) after::getText);
        assertThat(afterText).startsWith("v=DMARC1; p=none;");
        SwingButtons.press(window, "dns.fix.0.copy");
        assertThat(window.label("dns.status").text()).contains("コピーしました");
        screenshot("dns-panel-fixes.png");

        window.list("dns.domains").selectItem(0);
        window.tabbedPane("dns.tabs").selectTab(1);
        assertThat(window.tree("dns.spfTree").target().getRowCount()).isGreaterThanOrEqualTo(2);
        window.tabbedPane("dns.tabs").selectTab(0);
        window.list("dns.domains").selectItem(1);
        screenshot("dns-panel.png");

        runCheckAndWait();
        window.tabbedPane("dns.tabs").selectTab(4);
        assertThat(window.textBox("dns.changes").text()).contains("変化はありません");
    }

    @Test
    void opensWithTheZoneFilesCheckedOfflineAndSaysSoWithoutSaving() throws Exception {
        assertThat(window.label("dns.offlineBanner").text())
                .isEqualTo("ゾーンファイル sample-shoji.test.zone ほか 2 件 をオフラインで確認しました（公開中の DNS ではありません）");
        assertThat(window.label("dns.status").text()).contains("ゾーン外の名前");
        window.list("dns.domains").selectItem(0);
        assertThat(window.tree("dns.findings").target().getRowCount()).isGreaterThan(5);
        String findings = GuiActionRunner.execute(() -> {
            StringBuilder sb = new StringBuilder();
            var tree = window.tree("dns.findings").target();
            for (int i = 0; i < tree.getRowCount(); i++) {
                sb.append(tree.getPathForRow(i).getLastPathComponent()).append('\n');
            }
            return sb.toString();
        });
        assertThat(findings).contains("DKIM_OK").contains("DMARC_OK");
        assertThat(api.edits).as("an automatic run is shown, not saved").isEmpty();
        screenshot("dns-panel-offline-auto.png");
    }

    @Test
    void liveModeDoesNotRunByItself() {
        api.project = api.project.withDomains(List.of(new Domain("n", "no-zone-file.test", "", "", "", "")));
        window.cleanUp();
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("DNS");
            f.setContentPane(new DnsPanel(api));
            f.setSize(1000, 600);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        window.button("dns.run").requireEnabled();
        javax.swing.JLabel banner = window.robot().finder().findByName(window.target(), "dns.offlineBanner", javax.swing.JLabel.class, false);
        assertThat(GuiActionRunner.execute(banner::isVisible)).isFalse();
        assertThat(window.label("dns.status").text()).contains("「確認」を押すと");
    }

    @Test
    void badServerAddressIsExplainedAndNothingRuns() {
        window.comboBox("dns.mode").selectItem(2);
        window.textBox("dns.server").setText("ns.example.jp");
        pressRun();
        assertThat(window.label("dns.status").text()).contains("IP アドレス");
        assertThat(api.edits).isEmpty();
    }

    @Test
    void cancelKeepsPreviousResults() throws Exception {
        try (var server = dev.mailbench.dns.engine.TestDnsServer.withTestZones()) {
            api.project = api.project.withDomains(List.of(new Domain("t", "timeout.test", "", "", "", "")));
            window.cleanUp();
            JFrame frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame("DNS");
                f.setContentPane(new DnsPanel(api));
                f.setSize(1000, 600);
                return f;
            });
            window = new FrameFixture(frame);
            window.show();
            window.comboBox("dns.mode").selectItem(2);
            window.textBox("dns.server").setText("127.0.0.1:" + server.address().getPort());
            SwingButtons.press(window, "dns.run");
            SwingButtons.press(window, "dns.cancel");
            Pause.pause(new Condition("cancelled") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> window.label("dns.status").target().getText().contains("中止"));
                }
            }, Timeout.timeout(10, TimeUnit.SECONDS));
            window.button("dns.run").requireEnabled();
            assertThat(api.edits).isEmpty();
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = ((JFrame) window.target()).getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            root.paint(img.getGraphics());
            return img;
        });
        ImageIO.write(image, "png", dir.resolve(name).toFile());
    }
}
