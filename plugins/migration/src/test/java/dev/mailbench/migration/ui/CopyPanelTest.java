package dev.mailbench.migration.ui;

import dev.mailbench.testkit.SwingButtons;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
    PanelWindow opened;
    FrameFixture window;

    @BeforeAll
    void setUp(TestLab lab) throws Exception {
        this.lab = lab;
        src = lab.migrationSource(3);
        dst = lab.migrationDestination(3);
        PanelWindow.setUpSwing();
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
        opened = PanelWindow.open(api, 1280, 860, scope -> panel = new CopyPanel(api, scope));
        window = opened.window();
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
            assertThat(api.listenerCount()).isZero();
        }
    }

    @Test
    void surveyCopyAndVerifyFromTheForm() throws Exception {
        open(Locale.JAPANESE);
        assertThat(window.textBox("copy.from.host").text()).isEqualTo(lab.serverHost());
        assertThat(window.textBox("copy.from.port").text()).isEqualTo(String.valueOf(lab.imapsPort()));
        assertThat(window.textBox("copy.from.user").text()).isEqualTo(src.address());
        assertThat(window.textBox("copy.to.host").text()).isEqualTo("sv1234.xserver.test");
        assertThat(window.textBox("copy.to.user").text()).isEqualTo(src.address()); // Xserver: the whole address
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
        // what the survey showed is computed again in the other language, without another run
        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.label("copy.summary").text()).contains("Total 80 messages").contains("over the limit").doesNotContain("合計");
        assertThat(window.textBox("copy.failures").text()).startsWith("Messages over the new host's limit");
        assertThat(window.table("copy.results").target().getColumnName(1)).isEqualTo("Messages");
        opened.switchLanguage(Locale.JAPANESE);
        assertThat(window.label("copy.summary").text()).contains("合計 80 通");
        assertThat(window.table("copy.results").target().getColumnName(1)).isEqualTo("通数");

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

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.label("copy.status").text()).isEqualTo("Verified: every message is there, no duplicates.");
        assertThat(window.label("copy.summary").text()).startsWith("Missing 0");
        assertThat(window.table("copy.results").target().getColumnName(6)).isEqualTo("Result");
        opened.switchLanguage(Locale.JAPANESE);
        assertThat(window.label("copy.status").text()).startsWith("検証 OK");
        assertThat(window.table("copy.results").target().getColumnName(3)).isEqualTo("不足");
    }

    @Test
    void aCopyOverASlowLineCanBeCancelledAndResumed() throws Exception {
        open(Locale.JAPANESE);
        fill();
        try (CuttingRelay slow = CuttingRelay.slow(lab.imapsPort(), 15)) {
            window.textBox("copy.from.port").setText(String.valueOf(slow.port()));
            SwingButtons.press(window, "copy.copy");
            waitFor("copying", () -> window.label("copy.status").target().getText().contains(" 通　"));
            assertThat(window.progressBar("copy.progress").target().isIndeterminate()).isFalse();
            assertThat(window.label("copy.status").text()).contains("/s");
            SwingButtons.press(window, "copy.cancel");
            waitFor("cancelled", () -> window.label("copy.status").target().getText().startsWith("中止しました"));
        }
        window.button("copy.cancel").requireDisabled();
        assertThat(MigLab.count(MigLab.contents(MigLab.account(lab, dst)))).isLessThan(80);

        window.textBox("copy.from.port").setText(String.valueOf(lab.imapsPort()));
        SwingButtons.press(window, "copy.copy");
        waitFor("copy", () -> window.label("copy.status").target().getText().startsWith("完了"));
        assertThat(MigLab.contents(MigLab.account(lab, dst))).isEqualTo(MigLab.contents(MigLab.account(lab, src)));
    }

    @Test
    void badInputIsExplainedBeforeAnythingRuns() {
        open(Locale.JAPANESE);
        SwingButtons.press(window, "copy.copy");
        assertThat(window.label("copy.message").text()).contains("パスワードを入力してください");
        window.textBox("copy.from.password").setText("x");
        window.textBox("copy.to.port").setText("99999");
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
        window.textBox("copy.to.password").setText("wrong");
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
        window.textBox("copy.to.user").setText(dst.address());
        window.textBox("copy.to.port").setText(String.valueOf(lab.imapsPort()));
        window.textBox("copy.from.ca").setText(lab.caCertificate().toString());
        window.textBox("copy.from.password").setText(src.password());
        window.textBox("copy.to.password").setText(dst.password());
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

    private void screenshot(String file) {
        window.robot().waitForIdle();
        opened.screenshot(file);
    }
}
