package dev.mailbench.design.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.FilterAction;
import dev.mailbench.api.services.ServerPanelService.FilterCondition;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.design.MailDesignPlugin;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.testing.PanelSnapshots;
import dev.mailbench.design.testing.Scenario;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The design tab of the sample project with a server panel import, at a laptop's 1366x768. */
class DesignPanelServerPanelTest {
    private FakeWorkbenchApi api;
    private PanelWindow shown;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() {
        var snapshot = PanelSnapshots.of(
                List.of(new MailAccount("info@sample-shoji.test", 3000, 2730.0, "代表", List.of("shoji.sato@gmail.com"), false)),
                List.of(new MailFilter("f1", "sample-shoji.test", 1, List.of(new FilterCondition("未承諾広告", "subject", "contain")),
                        new FilterAction("delete", "", "move"))));
        ServerPanelService service = project -> Optional.of(snapshot);
        api = new FakeWorkbenchApi(MailDesignPlugin.ID, SampleProject.load(), null, null);
        shown = PanelWindow.open(api, 1366, 768, scope -> new DesignPanel(api, scope,
                () -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Optional.of(service), Scenario.TODAY)));
        window = shown.window();
        GuiActionRunner.execute(() -> window.target().setSize(1366, 768));
        window.robot().waitForIdle();
    }

    @AfterEach
    void close() {
        shown.close();
    }

    private String reasons() {
        RecommendationPane pane = (RecommendationPane) window.robot().finder().findByName("design.recommendationPane");
        return GuiActionRunner.execute(pane::reasonsText);
    }

    @Test
    void risksAndForecastSayWhatCameFromTheServerPanel() {
        window.table("design.mailboxTable").selectRows(0);
        window.label("design.detailTitle").requireText(java.util.regex.Pattern.compile("info@sample-shoji.test.*"));
        assertThat(reasons()).contains("R-PANEL-FORWARD-NO-KEEP", "R-FORWARD-FREEMAIL-DMARC", "R-PANEL-FILTER-DELETE",
                "shoji.sato@gmail.com", "件名が「未承諾広告」を含む");
        shown.screenshot("design-server-panel-risks-1366.png");

        window.tabbedPane("design.tabs").selectTab(1);
        window.spinner("design.used").requireDisabled();
        assertThat(window.label("design.volumeSource").text()).contains("使用量と容量: サーバーパネルの実際の値");
        shown.screenshot("design-server-panel-questionnaire-1366.png");

        window.tabbedPane("design.tabs").selectTab(2);
        assertThat(panelSource())
                .startsWith("使用量と容量: サーバーパネルの実際の値（xs123456.xsrv.jp、").endsWith(" 取得）");
        shown.screenshot("design-server-panel-forecast-1366.png");
        // at the panel's 3,000 MB, the panel's 2,730 MB used is past the 80% level: archive today
        window.spinner("design.whatIfQuota").enterTextAndCommit("3000");
        window.label("design.forecast.archiveBy").requireText(Scenario.TODAY.toString());
        window.label("design.forecast.untilFull").requireText(java.util.regex.Pattern.compile("[0-9.]+ か月"));

        shown.switchLanguage(Locale.ENGLISH);
        assertThat(panelSource())
                .startsWith("Usage and quota: real figures from the server panel (xs123456.xsrv.jp, imported ");
    }

    /** The forecast's note on where the figures come from (a wrapping label). */
    private String panelSource() {
        var label = window.robot().finder().findByName(window.target(), "design.forecast.panelSource",
                dev.mailbench.kit.swing.WrappingLabel.class, false);
        return GuiActionRunner.execute(() -> label.getText());
    }
}
