package dev.mailbench.migration.ui;

import dev.mailbench.testkit.SwingButtons;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.testlab.CuttingRelay;
import dev.mailbench.migration.copy.MigLab;
import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
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
import org.junit.jupiter.api.TestInstance;

/** The コピーと検証 tab against lab pair 3: survey stored in the project, copy, verify, validation, English. */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyPanelTest {
    TestLab lab;
    LabUser src;
    LabUser dst;
    FakeWorkbenchApi api;
    CopyPanel panel;
    FrameFixture window;

    @BeforeAll
    void setUp(TestLab lab) throws Exception {
        this.lab = lab;
        src = lab.migrationSource(3);
        dst = lab.migrationDestination(3);
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    /**
     * Each test starts from a freshly seeded source and an empty destination: a rerun of one test (surefire reruns
     * failures) must not meet the state another attempt left behind.
     */
    @BeforeEach
    void freshMailboxes() throws Exception {
        MailboxSeeder.forLab(lab, src).seed(80, 3113L);
        MigLab.wipe(lab, dst);
    }

    private void open(Locale locale) {
        MigrationSection section = new MigrationSection(new OldHost("旧レンタルサーバー", lab.serverHost(), lab.imapsPort(), "", 0, ""),
                "", "", Map.of(), Map.of());
        Project project = Project.empty().withMailboxes(List.of(
                new Mailbox("mb-src", src.address(), "営業部 共有", MailboxRole.PERSONAL, MailProtocol.IMAP, 2000, List.of(), null, "")))
                .withPlugins(Map.of("migration", SampleProject.mapper().convertValue(section, Object.class)));
        api = new FakeWorkbenchApi("migration", project, null, FakeWorkbenchApi.xserverTest());
        api.locale = locale;
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new CopyPanel(api);
            JFrame f = new JFrame("MailBench — 移行計画");
            f.setContentPane(panel);
            f.setSize(1280, 860);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void surveyCopyAndVerifyFromTheForm() throws Exception {
        open(Locale.JAPANESE);
        assertThat(window.textBox("copy.fromHost").text()).isEqualTo(lab.serverHost());
        assertThat(window.textBox("copy.fromPort").text()).isEqualTo(String.valueOf(lab.imapsPort()));
        assertThat(window.textBox("copy.fromUser").text()).isEqualTo(src.address());
        assertThat(window.textBox("copy.toHost").text()).isEqualTo("sv1234.xserver.test");
        assertThat(window.textBox("copy.toUser").text()).isEqualTo(src.address()); // Xserver: the whole address
        fill();

        window.textBox("copy.sizeLimit").setText("0.15");
        SwingButtons.press(window, "copy.survey");
        waitFor("survey", () -> window.label("copy.summary").target().getText().contains("合計"));
        assertThat(window.label("copy.summary").text()).contains("合計 80 通").contains("上限超過").contains("実測");
        assertThat(window.table("copy.results").target().getRowCount()).isGreaterThanOrEqualTo(MailboxSeeder.folderNames().size());
        MailboxSurvey stored = panel.section().surveys().get("mb-src");
        assertThat(stored).isNotNull();
        assertThat(stored.messages()).isEqualTo(80);
        assertThat(stored.measuredBytesPerSecond()).isPositive();
        assertThat(panel.section().oldHost().label()).isEqualTo("旧レンタルサーバー");
        assertThat(window.textBox("copy.failures").text()).contains("新サーバーの上限を超えるメール").contains("UID");
        screenshot("copy-panel-survey.png");

        SwingButtons.press(window, "copy.copy");
        waitFor("copy", () -> window.label("copy.status").target().getText().startsWith("完了"));
        assertThat(window.label("copy.summary").text()).contains("コピー 80 通");
        assertThat(column(0)).contains("取引先/見積/2024年度", "研究&開発");
        screenshot("copy-panel.png");

        SwingButtons.press(window, "copy.verify");
        waitFor("verify", () -> window.label("copy.status").target().getText().startsWith("検証 OK"));
        assertThat(column(6)).containsOnly("OK");
        assertThat(MigLab.contents(MigLab.account(lab, dst))).isEqualTo(MigLab.contents(MigLab.account(lab, src)));
        assertThat(String.valueOf(api.project.plugins())).doesNotContain(src.password()).doesNotContain(dst.password());
    }

    @Test
    void aCopyOverASlowLineCanBeCancelledAndResumed() throws Exception {
        open(Locale.JAPANESE);
        fill();
        try (CuttingRelay slow = CuttingRelay.slow(lab.imapsPort(), 15)) {
            window.textBox("copy.fromPort").setText(String.valueOf(slow.port()));
            SwingButtons.press(window, "copy.copy");
            waitFor("copying", () -> window.label("copy.status").target().getText().contains(" 通　"));
            assertThat(window.progressBar("copy.progress").target().isIndeterminate()).isFalse();
            assertThat(window.label("copy.status").text()).contains("/s");
            SwingButtons.press(window, "copy.cancel");
            waitFor("cancelled", () -> window.label("copy.status").target().getText().startsWith("中止しました"));
        }
        window.button("copy.cancel").requireDisabled();
        assertThat(MigLab.count(MigLab.contents(MigLab.account(lab, dst)))).isLessThan(80);

        window.textBox("copy.fromPort").setText(String.valueOf(lab.imapsPort()));
        SwingButtons.press(window, "copy.copy");
        waitFor("copy", () -> window.label("copy.status").target().getText().startsWith("完了"));
        assertThat(MigLab.contents(MigLab.account(lab, dst))).isEqualTo(MigLab.contents(MigLab.account(lab, src)));
    }

    @Test
    void badInputIsExplainedBeforeAnythingRuns() {
        open(Locale.JAPANESE);
        SwingButtons.press(window, "copy.copy");
        assertThat(window.label("copy.message").text()).contains("パスワードを入力してください");
        window.textBox("copy.fromPassword").setText("x");
        window.textBox("copy.toPort").setText("99999");
        SwingButtons.press(window, "copy.copy");
        assertThat(window.label("copy.message").text()).contains("1〜65535");
        window.textBox("copy.sizeLimit").setText("大きい");
        SwingButtons.press(window, "copy.survey");
        assertThat(window.label("copy.message").text()).contains("MB の数字");
        window.button("copy.copy").requireEnabled();
        window.button("copy.cancel").requireDisabled();
    }

    @Test
    void aWrongPasswordIsExplained() {
        open(Locale.JAPANESE);
        fill();
        window.textBox("copy.toPassword").setText("wrong");
        SwingButtons.press(window, "copy.verify");
        waitFor("error", () -> window.label("copy.message").target().getText().contains("ログインできません"));
    }

    @Test
    void englishLabels() throws Exception {
        open(Locale.ENGLISH);
        assertThat(window.button("copy.survey").text()).isEqualTo("Survey");
        assertThat(window.button("copy.copy").text()).isEqualTo("Copy");
        assertThat(window.button("copy.verify").text()).isEqualTo("Verify");
        screenshot("copy-panel-en.png");
    }

    private void fill() {
        window.textBox("copy.toUser").setText(dst.address());
        window.textBox("copy.toPort").setText(String.valueOf(lab.imapsPort()));
        window.textBox("copy.ca").setText(lab.caCertificate().toString());
        window.textBox("copy.fromPassword").setText(src.password());
        window.textBox("copy.toPassword").setText(dst.password());
    }

    private List<String> column(int c) {
        return GuiActionRunner.execute(() -> {
            var t = window.table("copy.results").target();
            return java.util.stream.IntStream.range(0, t.getRowCount()).mapToObj(r -> String.valueOf(t.getValueAt(r, c))).toList();
        });
    }


    private void waitFor(String what, Supplier<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            protected String descriptionAddendum() {
                return GuiActionRunner.execute(() -> " (message: " + window.label("copy.message").target().getText()
                        + ", status: " + window.label("copy.status").target().getText() + ", failures: "
                        + window.textBox("copy.failures").target().getText() + ")");
            }

            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::get);
            }
        }, Timeout.timeout(90, TimeUnit.SECONDS));
    }

    private void screenshot(String file) throws Exception {
        window.robot().waitForIdle();
        BufferedImage img = GuiActionRunner.execute(() -> {
            BufferedImage i = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
            panel.paint(i.getGraphics());
            return i;
        });
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(img, "png", out.resolve(file).toFile());
    }
}
