package dev.mailbench.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.setup.ClientSetupPlugin;
import dev.mailbench.setup.engine.SampleProject;
import dev.mailbench.setup.engine.live.LabRequests;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel with a fake workbench on the sample project, opened as the host opens it; the live test talks to the lab. */
class SetupPanelTest {
    /** Japanese script, as no English label may show. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{InHiragana}\\p{InKatakana}\\p{InCJKUnifiedIdeographs}"
            + "\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]");
    private static final List<String> FIXED_JA = List.of("設定値", "設定ファイル・手順書", "設定チェック", "接続テスト",
            "端末とメールアドレス", "メールアドレス", "受信サーバー", "注意", "コピー", "保存…", "全端末分を書き出し…",
            "正しい値を入れる", "チェック", "受信の暗号化", "接続テスト開始", "中止", "追加の CA", "ポート 25 も確認 (OP25B)",
            "対象", "名前解決", "ログイン", "診断");
    private static final List<String> FIXED_EN = List.of("Settings", "Files & steps", "Settings lint", "Connection test",
            "Devices and addresses", "Email address", "Incoming server", "Notes", "Copy", "Save…", "Export all devices…",
            "Fill in the right values", "Check", "Incoming encryption", "Run test", "Cancel", "Extra CA", "Also check port 25 (OP25B)",
            "Target", "DNS", "Login", "Diagnosis");

    @TempDir
    Path tmp;

    private FakeWorkbenchApi api;
    private PanelWindow panel;
    private FrameFixture window;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    /** Opens the panel the plugin registers, as the host does. */
    private void open(FakeWorkbenchApi fake) {
        api = fake;
        new ClientSetupPlugin().initialize(api);
        panel = PanelWindow.open(api, 1280, 800);
        window = panel.window();
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    @Test
    void settingsFilesAndLint() throws Exception {
        open(new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver()));
        assertThat(window.list("setup.targets").contents()).hasSize(11);
        window.list("setup.targets").selectItem(3);
        assertThat(window.textBox("setup.value.incomingHost").text()).isEqualTo("sv1234.xserver.jp");
        assertThat(window.textBox("setup.value.username").text()).isEqualTo("recruit@sample-shoji.test");
        assertThat(window.textBox("setup.notes").text()).contains("国外アクセス制限");
        SwingButtons.press(window, "setup.copy.incomingHost");
        assertThat(window.label("setup.status").text()).contains("コピーしました");
        panel.screenshot("client-setup-settings.png");

        window.tabbedPane("setup.tabs").selectTab(1);
        window.comboBox("setup.artifact").selectItem(2);
        assertThat(window.textBox("setup.preview").text()).contains("com.apple.mail.managed").doesNotContain("<key>IncomingPassword</key>");
        window.comboBox("setup.artifact").selectItem(3);
        assertThat(window.textBox("setup.preview").text()).contains("<SPA>off</SPA>");
        GuiActionRunner.execute(() -> ((ArtifactView) window.panel(new GenericTypeMatcher<JPanel>(JPanel.class) {
            @Override
            protected boolean isMatching(JPanel p) {
                return p instanceof ArtifactView;
            }
        }).target()).exportTo(tmp.resolve("export")));
        Pause.pause(new Condition("exported") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("setup.status").target().getText().contains("書き出しました"));
            }
        }, Timeout.timeout(20, TimeUnit.SECONDS));
        assertThat(tmp.resolve("export/index.md")).exists();

        window.tabbedPane("setup.tabs").selectTab(2);
        SwingButtons.press(window, "setup.lint.prefill");
        SwingButtons.press(window, "setup.lint.run");
        assertThat(window.textBox("setup.lint.result").text()).contains("間違いは見つかりませんでした");
        window.textBox("setup.lint.incomingHost").setText("mail.sample-shoji.test");
        window.textBox("setup.lint.username").setText("recruit ");
        window.comboBox("setup.lint.spa").selectItem("on");
        SwingButtons.press(window, "setup.lint.run");
        assertThat(window.textBox("setup.lint.result").text()).contains("HOST_IS_CUSTOMER_DOMAIN", "WHITESPACE", "USER_WITHOUT_DOMAIN", "SPA_ON");
        panel.screenshot("client-setup-lint.png");
    }

    @Test
    void followsALanguageSwitchWithoutBeingRebuilt() {
        open(new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver()));
        JComponent built = panel.panel();
        window.list("setup.targets").selectItem(0);
        window.tabbedPane("setup.tabs").selectTab(2);
        SwingButtons.press(window, "setup.lint.prefill");
        SwingButtons.press(window, "setup.lint.run");
        assertThat(fixedTexts()).containsAll(FIXED_JA);
        assertThat(text("setup.settings.title")).endsWith("Outlook（クラシック）");
        assertThat(text("setup.lint.result")).contains("間違いは見つかりませんでした");

        panel.switchLanguage(Locale.ENGLISH);
        assertThat(fixedTexts()).containsAll(FIXED_EN).noneMatch(t -> JAPANESE.matcher(t).find());
        assertThat(GuiActionRunner.execute(() -> ((JComponent) find(panel.panel(), "setup.saveAll")).getToolTipText()))
                .startsWith("Write every file");
        assertThat(text("setup.settings.title")).endsWith("Outlook (classic)");
        assertThat(text("setup.value.auth")).isEqualTo("Normal password (SPA off)");
        assertThat(text("setup.value.smtpAuth")).isEqualTo("Required (same as incoming)");
        assertThat(text("setup.lint.result")).isEqualTo("No mistakes found.");
        assertThat(window.label("setup.status").text()).isEqualTo("Settings lint: clean");
        screenshotTab(0, "client-setup-settings-en.png");

        panel.switchLanguage(Locale.JAPANESE);
        assertThat(fixedTexts()).containsAll(FIXED_JA).doesNotContainAnyElementsOf(FIXED_EN.subList(0, 8));
        assertThat(text("setup.settings.title")).endsWith("Outlook（クラシック）");
        assertThat(text("setup.lint.result")).contains("間違いは見つかりませんでした");
        assertThat(window.label("setup.status").text()).isEqualTo("設定チェック: 問題なし");
        assertThat(panel.panel()).isSameAs(built);
    }

    @Test
    void closingThePanelLeavesNoListenerBehind() {
        open(new FakeWorkbenchApi("client-setup", SampleProject.project(), null, SampleProject.xserver()));
        assertThat(api.listenerCount()).isPositive();
        PanelWindow closing = panel;
        panel = null;
        closing.close();
        assertThat(api.listenerCount()).isZero();
    }

    @Test
    @RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
    void liveTestShowsTheMatrixDiagnosesAndKeepsNoPassword(TestLab lab) throws Exception {
        open(new FakeWorkbenchApi("client-setup", SampleProject.project(), null, LabRequests.profile(lab)));
        window.list("setup.targets").selectItem(2);
        window.tabbedPane("setup.tabs").selectTab(3);
        assertThat(window.textBox("setup.live.host").text()).isEqualTo(lab.serverHost());
        window.textBox("setup.live.user").setText(lab.taro().address());
        window.textBox("setup.live.password").setText(lab.taro().password());
        window.textBox("setup.live.ca").setText(lab.caCertificate().toString());
        runAndWait();
        JTable table = window.table("setup.live.matrix").target();
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(6);
        assertThat(window.label("setup.live.status").text()).contains("すべて正常です");
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("往復テスト");
        panel.screenshot("client-setup-live-ok.png");

        window.textBox("setup.live.host").setText(lab.customerMailHost());
        window.textBox("setup.live.user").setText(lab.taro().localPart());
        window.checkBox("setup.live.roundTrip").uncheck();
        runAndWait();
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("CERT_NAME_MISMATCH", lab.serverHost());
        panel.screenshot("client-setup-live.png");
        assertThat(api.edits).noneMatch(e -> e.contains("接続テスト"));
        assertThat(api.recorded).contains(ClientSetupPlugin.ID);
        String section = String.valueOf(api.project.plugins().get(ClientSetupPlugin.ID));
        assertThat(section).contains("CERT_NAME_MISMATCH").doesNotContain(lab.taro().password());

        // the result already shown follows the language: the diagnoses, the matrix and the state line
        panel.switchLanguage(Locale.ENGLISH);
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("CERT_NAME_MISMATCH", "The certificate is for");
        assertThat(GuiActionRunner.execute(() -> String.valueOf(table.getValueAt(0, table.getColumnCount() - 1)))).startsWith("The certificate is for");
        assertThat(window.label("setup.live.status").text()).startsWith("Some checks failed");
    }

    @Test
    @RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
    void theSymptomWithTheDevicesClientNamesTheCauseInTheLiveTestAndTheLint(TestLab lab) throws Exception {
        open(new FakeWorkbenchApi("client-setup", SampleProject.project(), null, LabRequests.profile(lab)));
        String[] targets = window.list("setup.targets").contents();
        int newOutlook = java.util.stream.IntStream.range(0, targets.length).filter(i -> targets[i].contains("山田 ノートPC") && targets[i].contains("info@")).findFirst().orElseThrow();
        window.list("setup.targets").selectItem(newOutlook);
        window.tabbedPane("setup.tabs").selectTab(3);
        window.textBox("setup.live.password").setText(lab.info().password());
        window.textBox("setup.live.ca").setText(lab.caCertificate().toString());
        window.checkBox("setup.live.roundTrip").uncheck();
        window.comboBox("setup.live.symptom").selectItem(java.util.regex.Pattern.compile("送信だけできない.*"));
        runAndWait();
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("NEW_OUTLOOK_OVERSEAS_SMTP", "Microsoft のクラウド",
                "ログインに成功", "SMTP_AUTH_REQUIRED_BY_SERVER");
        panel.screenshot("client-setup-live-symptom.png");
        panel.switchLanguage(Locale.ENGLISH);
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("Microsoft's cloud");
        assertThat(window.comboBox("setup.live.symptom").selectedItem()).isEqualTo("Only sending fails (receiving works)");
        panel.switchLanguage(Locale.JAPANESE);

        window.tabbedPane("setup.tabs").selectTab(2);
        SwingButtons.press(window, "setup.lint.prefill");
        window.comboBox("setup.lint.symptom").selectItem(java.util.regex.Pattern.compile("送信だけできない.*"));
        SwingButtons.press(window, "setup.lint.run");
        assertThat(window.textBox("setup.lint.result").text()).contains("NEW_OUTLOOK_OVERSEAS_SMTP", "国外アクセス制限");
    }

    private void runAndWait() {
        SwingButtons.press(window, "setup.live.run");
        Pause.pause(new Condition("test finished") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("setup.live.run").target().isEnabled());
            }
        }, Timeout.timeout(60, TimeUnit.SECONDS));
    }

    /** The text of the label or field {@code name}, also in a tab not shown now. */
    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = find(panel.panel(), name);
            return c instanceof JLabel l ? l.getText() : ((JTextComponent) c).getText();
        });
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void screenshotTab(int tab, String name) {
        window.tabbedPane("setup.tabs").selectTab(tab);
        panel.screenshot(name);
    }

    /**
     * The texts the panel itself puts on screen, in every tab: labels, buttons, check boxes, tab titles and
     * column headers. Left out: the settings title (it starts with the device's name, customer data) and
     * what renderers paint (list entries, table cells).
     */
    private List<String> fixedTexts() {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            collect(panel.panel(), texts);
            return texts;
        });
    }

    private static void collect(Component c, List<String> texts) {
        if (c instanceof CellRendererPane || "setup.settings.title".equals(c.getName())) {
            return;
        }
        if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) {
            texts.add(l.getText());
        }
        if (c instanceof AbstractButton b && b.getText() != null && !b.getText().isBlank()) {
            texts.add(b.getText());
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                texts.add(tabs.getTitleAt(i));
            }
        }
        if (c instanceof JTable table) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                texts.add(String.valueOf(table.getColumnModel().getColumn(i).getHeaderValue()));
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }
}
