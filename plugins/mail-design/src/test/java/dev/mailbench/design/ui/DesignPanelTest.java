package dev.mailbench.design.ui;

import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.design.MailDesignPlugin;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.BackupKind;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.DesignSectionCodec;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.design.testing.Scenario;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DesignPanelTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final int TARO_ROW = 4;
    private static final int CONTACT_ROW = 2;

    private FakeWorkbenchApi api;
    private DesignPanel panel;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @BeforeEach
    void open() {
        api = new FakeWorkbenchApi(MailDesignPlugin.ID, SampleProject.load(), null, null);
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new DesignPanel(api, () -> new ProjectDesigner(new DesignAdvisor(), Optional.empty(), Scenario.TODAY));
            JFrame f = new JFrame("MailBench — メール設計");
            f.setContentPane(panel);
            f.setSize(new Dimension(1440, 860));
            return f;
        });
        window = new FrameFixture(frame);
        window.show(new Dimension(1440, 860));
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private String reasons() {
        RecommendationPane pane = (RecommendationPane) window.robot().finder().findByName("design.recommendationPane");
        return GuiActionRunner.execute(pane::reasonsText);
    }

    private void screenshot(String name) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage img = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            panel.paint(g);
            g.dispose();
            return img;
        });
        Files.createDirectories(SHOTS);
        ImageIO.write(image, "png", SHOTS.resolve(name).toFile());
    }

    @Test
    void selectingAMailboxShowsItsReasonsAndRisks() throws IOException {
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
    void questionnaireEditsChangeTheAdviceAndAreSaved() throws IOException {
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
    void forecastTabShowsTheChartAndTheWhatIf() throws IOException {
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
    void switchesToEnglishWhenTheWorkbenchDoes() throws IOException {
        window.table("design.mailboxTable").selectRows(CONTACT_ROW);
        GuiActionRunner.execute(() -> api.setLocale(Locale.ENGLISH));
        JTabbedPane tabs = window.tabbedPane("design.tabs").target();
        assertThat(GuiActionRunner.execute(() -> tabs.getTitleAt(0))).isEqualTo("Recommendation");
        window.table("design.mailboxTable").requireColumnNamed("Address");
        window.label("design.detailTitle").requireText("contact@sample-shoji.test (Web form)");
        assertThat(reasons()).contains("forward-only address");
        window.button("design.accept").requireText("Accept recommendation");
        screenshot("design-panel-english.png");
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
