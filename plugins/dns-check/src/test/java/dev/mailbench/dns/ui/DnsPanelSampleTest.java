package dev.mailbench.dns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.swing.WrappingLabel;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample, as a consultant demonstrates it: its offline DNS check shows real findings, not "could not check". */
class DnsPanelSampleTest {
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

    @Test
    void theSampleShowsTheOldProvidersIncludeAsItsOneWarningAndNothingUnchecked() throws Exception {
        Path samples = SampleProject.path().getParent();
        for (String name : List.of("sample-shoji.mailbench.json", "sample-shoji.test.zone", "reference-zones/xserver.jp.zone",
                "reference-zones/113.0.203.in-addr.arpa.zone", "reference-zones/old-provider.test.zone")) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.copy(samples.resolve(name), folder.resolve(name));
        }
        Path file = folder.resolve("sample-shoji.mailbench.json");
        // The sample's provider as host/src/main/resources/provider-profiles/xserver.json gives it, on server sv1234.
        ProviderProfile xserver = new ProviderProfile("xserver", "エックスサーバー (Xserver)", "sv1234.xserver.jp", null, null, null,
                null, null, null, "FULL_ADDRESS", "spf.sender.xserver.jp",
                "v=spf1 +a:{mailHost} +a:{domain} +mx include:spf.sender.xserver.jp ~all", List.of("default"),
                "v=DMARC1; p=none;", "{domain}", Map.of());
        FakeWorkbenchApi api = new FakeWorkbenchApi("dns-check", SampleProject.load(file), file, xserver);
        new DnsCheckPlugin().initialize(api);
        panel = PanelWindow.open(api, 1280, 760);
        FrameFixture window = panel.window();
        Pause.pause(new Condition("automatic check finished") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("dns.run").target().isEnabled()
                        && window.robot().finder().findByName(window.target(), "dns.offlineBanner", WrappingLabel.class, false).isVisible());
            }
        }, Timeout.timeout(30_000));
        window.list("dns.domains").selectItem(0);
        String findings = GuiActionRunner.execute(() -> {
            StringBuilder sb = new StringBuilder();
            var tree = window.tree("dns.findings").target();
            for (int i = 0; i < tree.getRowCount(); i++) {
                sb.append(tree.getPathForRow(i).getLastPathComponent()).append('\n');
            }
            return sb.toString();
        });
        assertThat(findings).contains("SPF_STALE_INCLUDE", "MX_OK", "DKIM_OK", "DMARC_OK")
                .doesNotContain("UNCHECKED", "確認できず");
        assertThat(window.list("dns.domains").contents()[0]).contains("注意");
        assertThat(GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), "dns.status", WrappingLabel.class, false).getText())).startsWith("ゾーン外の名前は参照ゾーン 3 件で確認しました");
        panel.screenshot("dns-panel-sample.png");
    }
}
