package dev.mailbench.design.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.MailDesignPlugin;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.DesignSectionCodec;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.testing.Scenario;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import java.awt.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DesignPanelTest {
    private static final int TARO_ROW = 4;
    private static final int CONTACT_ROW = 2;

    private FakeWorkbenchApi api;
    private PanelWindow shown;
    private DesignPanel panel;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() {
        api = new FakeWorkbenchApi(MailDesignPlugin.ID, SampleProject.load(), null, null);
        shown = PanelWindow.open(api, 1440, 860,
                scope -> new DesignPanel(api, scope, () -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY)));
        panel = (DesignPanel) shown.panel();
        window = shown.window();
        // Showing the window packs it to its preferred size; the panel is laid out for a full workbench window.
        GuiActionRunner.execute(() -> window.target().setSize(1440, 860));
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

    private void screenshot(String name) {
        shown.screenshot(name);
    }

    @Test
    void selectingAMailboxShowsItsReasonsAndRisks() {
        window.table("design.mailboxTable").requireRowCount(6);
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        window.label("design.detailTitle").requireText("taro@sample-shoji.test（個人）");
        assertThat(window.label("design.value.protocol").text()).contains("IMAP", "現在: POP（サーバーにコピーを残す）");
        assertThat(reasons()).contains("D-IMAP-DEFAULT", "2 台（佐藤 iPhone、佐藤 MacBook）", "C-POP-STATE-NOT-SHARED", "対策");
        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(TARO_ROW).column(3)))
                .isEqualTo("→ IMAP");
        screenshot("design-panel-recommendation.png");

        window.table("design.mailboxTable").selectRows(0);
        assertThat(reasons()).contains("D-SHARED-IMAP", "3 人", "D-SHARED-FORWARD");
    }

    @Test
    void acceptingSetsTheMailboxProtocolInOneUndoableEdit() {
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        int before = api.edits.size();
        SwingButtons.press(window, "design.accept");

        assertThat(api.edits).hasSize(before + 1);
        assertThat(api.edits.get(api.edits.size() - 1)).isEqualTo("メール設計を採用: taro@sample-shoji.test");
        var project = GuiActionRunner.execute(() -> api.project().current());
        assertThat(project.mailbox("m-taro").orElseThrow().protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(project.mailbox("m-taro").orElseThrow().quotaMb()).isEqualTo(2500);
        assertThat(DesignSectionCodec.read(project).decisions().get("m-taro").protocol()).isEqualTo(MailProtocol.IMAP);
        window.label("design.status").requireText(java.util.regex.Pattern.compile("採用済み.*IMAP"));
        assertThat(window.label("design.message").text()).contains("採用しました");
        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(TARO_ROW).column(5)))
                .isEqualTo("採用済み");
    }

    @Test
    void overrideNeedsANoteAndIsRecordedAsOverridden() {
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        window.textBox("design.overrideNote").deleteText();
        SwingButtons.press(window, "design.override");
        assertThat(window.label("design.message").text()).contains("理由をメモに書いてください");
        int before = api.edits.size();
        assertThat(api.edits).hasSize(before);

        window.comboBox("design.overrideProtocol").selectItem(1); // POP (leave a copy)
        window.textBox("design.overrideNote").enterText("本人の希望で POP のまま");
        SwingButtons.press(window, "design.override");

        var project = GuiActionRunner.execute(() -> api.project().current());
        var decision = DesignSectionCodec.read(project).decisions().get("m-taro");
        assertThat(decision.overridden()).isTrue();
        assertThat(decision.note()).isEqualTo("本人の希望で POP のまま");
        assertThat(decision.leaveCopyDays()).isEqualTo(30);
        assertThat(project.mailbox("m-taro").orElseThrow().protocol()).isEqualTo(MailProtocol.POP_KEEP_COPY);
        assertThat(reasons()).contains("担当者の判断", "本人の希望で POP のまま");
    }

    @Test
    void questionnaireEditsChangeTheAdviceAndAreSaved() {
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        window.tabbedPane("design.tabs").selectTab(1);
        window.checkBox("design.sharedState").requireSelected().uncheck();
        window.comboBox("design.backup").selectItem(BackupKind.DEVICE_BACKUP.ordinal());
        screenshot("design-panel-questionnaire.png");

        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(TARO_ROW).column(3)))
                .isEqualTo("POP（コピーを残す）");
        GuiActionRunner.execute(() -> panel.flushAnswers());
        var answers = DesignSectionCodec.read(GuiActionRunner.execute(() -> api.project().current())).answersFor("m-taro");
        assertThat(answers.backup()).isEqualTo(BackupKind.DEVICE_BACKUP);
        assertThat(answers.sharedStateNeeded()).isFalse();
        assertThat(api.edits).last().asString().startsWith("質問票を更新: taro@");
    }

    @Test
    void forecastTabShowsTheChartAndTheWhatIf() {
        window.table("design.mailboxTable").selectRows(0);
        window.tabbedPane("design.tabs").selectTab(2);
        ForecastPane forecast = (ForecastPane) window.robot().finder().findByName("design.forecastPane");
        assertThat(GuiActionRunner.execute(() -> forecast.chart().getTitle().getText())).isEqualTo("容量の見通し: info@sample-shoji.test");
        window.label("design.forecast.growth").requireText("178.1 MB/月");
        window.label("design.forecast.untilFull").requireText("28.1 か月");
        screenshot("design-panel-forecast.png");

        window.spinner("design.whatIfQuota").enterTextAndCommit("10000");
        window.label("design.forecast.untilFull").requireText("56.1 か月");
        window.spinner("design.whatIfYears").enterTextAndCommit("3");
        assertThat(window.label("design.forecast.steady").text()).startsWith("6,413 MB（容量の 64%）");

        SwingButtons.press(window, "design.useWhatIfQuota");
        window.tabbedPane("design.tabs").requireSelectedTab(org.assertj.swing.data.Index.atIndex(0));
        window.spinner("design.overrideQuota").requireValue(10000);
    }

    @Test
    void followsALanguageSwitchAndBack() {
        window.table("design.mailboxTable").selectRows(CONTACT_ROW);
        shown.switchLanguage(Locale.ENGLISH);
        assertThat(tabTitles()).containsExactly("Recommendation", "Questionnaire", "Capacity forecast");
        assertThat(columnHeaders("design.mailboxTable")).containsExactly("Address", "Role", "Now", "Recommended", "Risks", "Status");
        assertThat(columnHeaders("design.riskTable")).containsExactly("Severity", "Address", "Issue");
        window.table("design.mailboxTable").requireColumnNamed("Address");
        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(1)))
                .isEqualTo("Main contact");
        window.label("design.heading").requireText("Mail design — 株式会社サンプル商事");
        assertThat(summaryBadges()).allMatch(b -> b.matches("(High|Warning|Open) \\d+"));
        window.label("design.detailTitle").requireText("contact@sample-shoji.test (Web form)");
        window.label("design.status").requireText("Not decided");
        assertThat(reasons()).contains("forward-only address", "Reasons");
        window.button("design.accept").requireText("Accept recommendation");
        window.button("design.override").requireText("Accept with changes");
        screenshot("design-panel-english.png");
        window.tabbedPane("design.tabs").selectTab(1);
        window.checkBox("design.sharedState").requireText("Read and replied state must match across devices and people");
        window.tabbedPane("design.tabs").selectTab(2);
        window.button("design.useWhatIfQuota").requireText("Use for override");

        shown.switchLanguage(Locale.JAPANESE);
        assertThat(tabTitles()).containsExactly("推奨と理由", "質問票", "容量の見通し");
        assertThat(columnHeaders("design.mailboxTable")).containsExactly("アドレス", "役割", "現在", "推奨", "リスク", "状態");
        assertThat(columnHeaders("design.riskTable")).containsExactly("重要度", "アドレス", "内容");
        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("代表");
        window.label("design.heading").requireText("メール設計 — 株式会社サンプル商事");
        assertThat(summaryBadges()).allMatch(b -> b.matches("(重大|注意|未決定) \\d+"));
        window.button("design.useWhatIfQuota").requireText("この容量で変更案に");
        window.tabbedPane("design.tabs").selectTab(1);
        window.checkBox("design.sharedState").requireText("既読・返信済みなどの状態を端末間・人の間でそろえる必要がある");
        window.tabbedPane("design.tabs").selectTab(0);
        window.label("design.detailTitle").requireText("contact@sample-shoji.test（フォーム）");
        window.label("design.status").requireText("未決定");
        assertThat(reasons()).contains("理由").doesNotContain("Reasons");
        window.button("design.accept").requireText("推奨を採用");
    }

    private List<String> tabTitles() {
        JTabbedPane tabs = window.tabbedPane("design.tabs").target();
        return GuiActionRunner.execute(() -> IntStream.range(0, tabs.getTabCount()).mapToObj(tabs::getTitleAt).toList());
    }

    private List<String> columnHeaders(String tableName) {
        JTable table = window.table(tableName).target();
        return GuiActionRunner.execute(() -> IntStream.range(0, table.getColumnCount())
                .mapToObj(i -> String.valueOf(table.getColumnModel().getColumn(i).getHeaderValue())).toList());
    }

    private List<String> summaryBadges() {
        Badges summary = (Badges) window.robot().finder().findByName("design.summary");
        return GuiActionRunner.execute(() -> summary.badges().stream().map(Badges.Badge::text).toList());
    }

    @Test
    void closingThePanelSavesWaitingAnswersAndLeavesNoListener() {
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        window.tabbedPane("design.tabs").selectTab(1);
        int before = api.edits.size();
        assertThat(api.listenerCount()).as("the open panel listens through its scope").isPositive();

        editThenClose(() -> { });

        assertThat(api.listenerCount()).isZero();
        assertThat(api.edits).hasSize(before + 1);
        assertThat(api.edits).last().asString().startsWith("質問票を更新: taro@");
        assertThat(DesignSectionCodec.read(api.project).answersFor("m-taro").sharedStateNeeded()).isFalse();
    }

    @Test
    void answersWaitingWhenAnotherProjectOpensStayWithTheirProject() {
        window.table("design.mailboxTable").selectRows(TARO_ROW);
        window.tabbedPane("design.tabs").selectTab(1);
        int before = api.edits.size();
        var opened = SampleProject.load();

        editThenClose(() -> api.project = opened); // the host disposes the panel once the other project is open

        assertThat(api.edits).hasSize(before);
        assertThat(api.project).isSameAs(opened);
        assertThat(api.listenerCount()).isZero();
    }

    /**
     * Unticks "shared state" and closes the panel in one go on the EDT, so the answer is still waiting for the
     * save delay when the panel closes; {@code between} runs in between.
     */
    private void editThenClose(Runnable between) {
        var sharedState = window.checkBox("design.sharedState").requireSelected().target();
        GuiActionRunner.execute(() -> {
            sharedState.doClick();
            between.run();
            api.closePanel(panel);
        });
    }

    @Test
    void aLaptopWidthPutsTheWholeTableAboveTheTabsAndTheRisksInATabOfTheirOwn() {
        assertThat(tabTitles()).as("wide: the risk list beside the tabs").hasSize(3);
        JTable table = window.table("design.mailboxTable").target();
        GuiActionRunner.execute(() -> {
            dev.mailbench.kit.swing.FittedColumns.install(table);
            window.target().setSize(1000, 740);
        });
        window.robot().waitForIdle();

        assertThat(tabTitles()).containsExactly("推奨と理由", "質問票", "容量の見通し", "リスク一覧（お客様全体）");
        JTabbedPane tabs = window.tabbedPane("design.tabs").target();
        GuiActionRunner.execute(() -> {
            assertThat(table.getAutoResizeMode()).as("no sideways scrolling").isNotEqualTo(JTable.AUTO_RESIZE_OFF);
            for (int col = 0; col < table.getColumnCount(); col++) {
                for (int row = 0; row < table.getRowCount(); row++) {
                    int needed = table.prepareRenderer(table.getCellRenderer(row, col), row, col).getPreferredSize().width;
                    assertThat(table.getColumnModel().getColumn(col).getWidth()).as("column %d row %d", col, row)
                            .isGreaterThanOrEqualTo(needed);
                }
            }
            int tableBottom = javax.swing.SwingUtilities.convertPoint(table.getParent(), 0, table.getParent().getHeight(), panel).y;
            int tabsTop = javax.swing.SwingUtilities.convertPoint(tabs, 0, 0, panel).y;
            assertThat(tabsTop).as("the tabs below the table").isGreaterThanOrEqualTo(tableBottom);
            // Reasons beside the settings: accepting needs no scrolling on a laptop-height window.
            java.awt.Component accept = window.button("design.accept").target();
            java.awt.Rectangle inTabs = javax.swing.SwingUtilities.convertRectangle(accept.getParent(), accept.getBounds(), tabs);
            assertThat(inTabs.y + inTabs.height).as("accept button inside the visible tab").isLessThanOrEqualTo(tabs.getHeight());
            java.awt.Component reasons = window.robot().finder().findByName("design.reasons");
            int reasonsLeft = javax.swing.SwingUtilities.convertPoint(reasons, 0, 0, panel).x;
            int valuesRight = javax.swing.SwingUtilities.convertPoint(window.label("design.value.forward").target(), 0, 0, panel).x
                    + window.label("design.value.forward").target().getWidth();
            assertThat(reasonsLeft).as("reasons beside the settings").isGreaterThan(valuesRight);
        });
        screenshot("design-panel-narrow.png");

        window.tabbedPane("design.tabs").selectTab(3);
        window.table("design.riskTable").selectRows(0);
        window.tabbedPane("design.tabs").requireSelectedTab(org.assertj.swing.data.Index.atIndex(0));

        GuiActionRunner.execute(() -> window.target().setSize(1440, 860));
        window.robot().waitForIdle();
        assertThat(tabTitles()).hasSize(3);
        window.table("design.riskTable").requireVisible();
    }

    @Test
    void addressesOfOneDomainShowTheirLocalPartAndTheWholeAddressAsTooltip() {
        JTable table = window.table("design.mailboxTable").target();
        assertThat(window.table("design.mailboxTable").valueAt(org.assertj.swing.data.TableCell.row(TARO_ROW).column(0)))
                .isEqualTo("taro");
        assertThat(tooltip(table, TARO_ROW, MailboxTableModel.ADDRESS)).isEqualTo("taro@sample-shoji.test");
        JTable risks = window.table("design.riskTable").target();
        assertThat(window.table("design.riskTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(1)))
                .doesNotContain("@");
        assertThat(tooltip(risks, 0, RiskTableModel.ADDRESS)).endsWith("@sample-shoji.test");
    }

    @Test
    void addressesOfSeveralDomainsStayWhole() {
        assertThat(LocalParts.sharedDomain(List.of("info@a.test", "info@b.test"))).isNull();
        assertThat(LocalParts.sharedDomain(List.of("info@A.test", "sales@a.test"))).isEqualTo("a.test");
        assertThat(LocalParts.shown("info@a.test", null)).isEqualTo("info@a.test");
        assertThat(LocalParts.shown("info@A.TEST", "a.test")).isEqualTo("info");
    }

    private static String tooltip(JTable table, int row, int column) {
        return GuiActionRunner.execute(() -> {
            java.awt.Rectangle cell = table.getCellRect(row, column, false);
            return table.getToolTipText(new java.awt.event.MouseEvent(table, java.awt.event.MouseEvent.MOUSE_MOVED, 0, 0,
                    cell.x + cell.width / 2, cell.y + cell.height / 2, 0, false));
        });
    }

    @Test
    void everyComponentATestTouchesHasAName() {
        for (String name : new String[] {"design.mailboxTable", "design.tabs", "design.accept", "design.override",
                "design.overrideNote", "design.overrideProtocol", "design.overrideQuota", "design.chart",
                "design.whatIfQuota", "design.whatIfYears", "design.backup", "design.sharedState", "design.devices"}) {
            Component c = window.robot().finder().find(new GenericTypeMatcher<>(Component.class, false) {
                @Override
                protected boolean isMatching(Component component) {
                    return name.equals(component.getName());
                }
            });
            assertThat(c).as(name).isNotNull();
        }
    }
}
