package dev.mailbench.setup.ui;

import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testkit.FakeWorkbenchApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.mailbench.setup.ClientSetupPlugin;
import dev.mailbench.setup.engine.SampleProject;
import dev.mailbench.setup.engine.live.LabRequests;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel with a fake workbench on the sample project; the live test talks to the lab. */
class SetupPanelTest {
    @TempDir
    Path tmp;

    private FakeWorkbenchApi api;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    private void open(FakeWorkbenchApi fake) {
        api = fake;
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("client-setup");
            f.setContentPane(new SetupPanel(api));
            f.setSize(1280, 800);
            return f;
        });
        window = new FrameFixture(frame);
        window.show(new java.awt.Dimension(1280, 800));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
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
        screenshot("client-setup-settings.png");

        window.tabbedPane("setup.tabs").selectTab(1);
        window.comboBox("setup.artifact").selectItem(2);
        assertThat(window.textBox("setup.preview").text()).contains("com.apple.mail.managed").doesNotContain("<key>IncomingPassword</key>");
        window.comboBox("setup.artifact").selectItem(3);
        assertThat(window.textBox("setup.preview").text()).contains("<SPA>off</SPA>");
        GuiActionRunner.execute(() -> ((ArtifactView) window.panel(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JPanel>(javax.swing.JPanel.class) {
            @Override
            protected boolean isMatching(javax.swing.JPanel p) {
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
        screenshot("client-setup-lint.png");
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
        screenshot("client-setup-live-ok.png");

        window.textBox("setup.live.host").setText(lab.customerMailHost());
        window.textBox("setup.live.user").setText(lab.taro().localPart());
        window.checkBox("setup.live.roundTrip").uncheck();
        runAndWait();
        assertThat(window.textBox("setup.live.diagnosis").text()).contains("CERT_NAME_MISMATCH", lab.serverHost());
        screenshot("client-setup-live.png");
        assertThat(api.edits).contains("接続テストの結果を保存");
        String section = String.valueOf(api.project.plugins().get(ClientSetupPlugin.ID));
        assertThat(section).contains("CERT_NAME_MISMATCH").doesNotContain(lab.taro().password());
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
