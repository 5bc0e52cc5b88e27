package dev.mailbench.migration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.border.TitledBorder;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migration panel as the host opens it (through the plugin's registration): both tabs follow a language switch
 * without being rebuilt, there and back, and closing the panel leaves no listener behind.
 */
class MigrationPanelLanguageTest {
    private FakeWorkbenchApi api;
    private PanelWindow opened;
    private FrameFixture window;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() {
        api = new FakeWorkbenchApi(MigrationPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new MigrationPlugin().initialize(api);
        opened = PanelWindow.open(api, 1400, 900);
        window = opened.window();
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void thePlanTabFollowsTheLanguageAndBack() {
        requirePlanIn("移行計画", "コピーと検証", "DNS を確認", "計画を更新", "手順", "DNS の差分と TTL", "旧サーバーの調査", "切替 2027-01-15");
        opened.switchLanguage(Locale.ENGLISH);
        requirePlanIn("Plan", "Copy and verify", "Look up DNS", "Update plan", "Step", "DNS diff and TTL", "Survey the old host", "Cutover 2027-01-15");
        opened.screenshot("migration-plan-switched-en.png");
        opened.switchLanguage(Locale.JAPANESE);
        requirePlanIn("移行計画", "コピーと検証", "DNS を確認", "計画を更新", "手順", "DNS の差分と TTL", "旧サーバーの調査", "切替 2027-01-15");
    }

    private void requirePlanIn(String planTab, String copyTab, String lookUp, String apply, String stepHeader, String dnsTab,
                               String firstStep, String summary) {
        window.tabbedPane("migration.tabs").requireTabTitles(planTab, copyTab);
        window.button("migration.plan.lookUpDns").requireText(lookUp);
        window.button("migration.plan.apply").requireText(apply);
        assertThat(GuiActionRunner.execute(() -> window.table("migration.plan.steps").target().getColumnName(2))).isEqualTo(stepHeader);
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("migration.plan.details").target().getTitleAt(1))).isEqualTo(dnsTab);
        assertThat(window.table("migration.plan.steps").valueAt(TableCell.row(0).column(2))).startsWith(firstStep);
        assertThat(window.label("migration.plan.summary").text()).contains(summary);
    }

    @Test
    void theCopyTabFollowsTheLanguageAndBackIncludingAMessageItShowed() {
        window.tabbedPane("migration.tabs").selectTab(1);
        // nothing typed in the password fields: the form says what is missing
        SwingButtons.press(window, "copy.copy");
        requireCopyIn("コピーと検証", "接続", "調査", "コピー", "検証", "中止", "フォルダー", "ユーザー名", "（手入力）");
        assertThat(window.label("copy.message").text()).contains("入力してください");

        opened.switchLanguage(Locale.ENGLISH);
        requireCopyIn("Copy and verify", "Connection", "Survey", "Copy", "Verify", "Cancel", "Folder", "User name", "(enter manually)");
        assertThat(window.label("copy.message").text()).startsWith("Enter the");
        opened.screenshot("migration-copy-switched-en.png");

        opened.switchLanguage(Locale.JAPANESE);
        requireCopyIn("コピーと検証", "接続", "調査", "コピー", "検証", "中止", "フォルダー", "ユーザー名", "（手入力）");
        assertThat(window.label("copy.message").text()).contains("入力してください");
    }

    private void requireCopyIn(String title, String connection, String survey, String copy, String verify, String cancel,
                               String folderHeader, String userLabel, String manualMailbox) {
        window.label("copy.title").requireText(title);
        assertThat(GuiActionRunner.execute(() -> ((TitledBorder) window.panel("copy.connection").target().getBorder()).getTitle()))
                .isEqualTo(connection);
        window.button("copy.survey").requireText(survey);
        window.button("copy.copy").requireText(copy);
        window.button("copy.verify").requireText(verify);
        window.button("copy.cancel").requireText(cancel);
        assertThat(GuiActionRunner.execute(() -> window.table("copy.results").target().getColumnName(0))).isEqualTo(folderHeader);
        assertThat(labels(window.panel("copy.from.server").target())).contains(userLabel);
        assertThat(labels(window.panel("copy.to.server").target())).contains(userLabel);
        assertThat(GuiActionRunner.execute(() -> {
            var box = window.comboBox("copy.mailbox").target();
            return ((JLabel) box.getRenderer().getListCellRendererComponent(new javax.swing.JList<>(), box.getItemAt(0), 0,
                    false, false)).getText();
        })).isEqualTo(manualMailbox);
    }

    private static List<String> labels(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            collect(root, out);
            return out;
        });
    }

    private static void collect(Container root, List<String> out) {
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l) {
                out.add(l.getText());
            }
            if (c instanceof Container k) {
                collect(k, out);
            }
        }
    }

    @Test
    void closingThePanelLeavesNoListenerBehind() {
        assertThat(api.listenerCount()).as("the panel's listeners live in its scope").isPositive();
        opened.switchLanguage(Locale.ENGLISH);
        opened.close();
        opened = null;
        assertThat(api.listenerCount()).isZero();
    }
}
