package dev.mailbench.serverpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.swing.JOptionPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "New mail account" tab against the simulator writing through into the lab NSD and Dovecot: ownership missing,
 * the record added after the dialog, the account created with a generated password shown once, and an IMAP login.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class MailboxPaneTest {
    private static final String DOMAIN = "panel-sync.test";
    private static final String ADDRESS = "yui@" + DOMAIN;
    private final Sim sim = new Sim();
    private FakeWorkbenchApi api;
    private PanelWindow opened;
    private FrameFixture window;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void reset() {
        sim.reset(0);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).as("the simulator writes %s through (testlab/start.sh)", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
            assertThat(api.listenerCount()).isZero();
        }
        sim.reset(0);
    }

    private void open(int width, int height) {
        api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        new ServerPanelPlugin().initialize(api);
        FakeWorkbenchApi shown = api;
        opened = PanelWindow.open(api, width, height, scope -> new ServerPanelView(shown, scope));
        window = opened.window();
        window.textBox("panel.servername").setText(sim.lab.xserverServername());
        window.textBox("panel.baseUrl").setText(sim.lab.xserverApiBase().toString());
        window.textBox("panel.ca").setText(sim.lab.caCertificate().toString());
        String key = sim.key("FULL");
        GuiActionRunner.execute(() -> ((javax.swing.JPasswordField) window.textBox("panel.key").target()).setText(key));
        window.tabbedPane("panel.tabs").selectTab(3);
        window.textBox("panel.mail.address").setText(ADDRESS);
        window.textBox("panel.mail.quota").setText("800");
        window.textBox("panel.mail.dnsServer").setText("127.0.0.1:" + sim.lab.dnsPort());
    }

    private JOptionPaneFixture dialog() {
        return JOptionPaneFinder.findOptionPane().withTimeout(20, TimeUnit.SECONDS).using(window.robot());
    }

    private static void answer(JOptionPaneFixture dialog, boolean yes) {
        JOptionPane pane = dialog.target();
        GuiActionRunner.execute(() -> pane.setValue(yes ? JOptionPane.YES_OPTION : JOptionPane.NO_OPTION));
    }

    /** For conditions, which already run on the EDT. */
    private String resultNow() {
        return window.textBox("panel.mail.result").target().getText();
    }

    private String result() {
        return GuiActionRunner.execute(() -> window.textBox("panel.mail.result").target().getText());
    }

    @Test
    void missingOwnershipRecordAddedAfterTheDialogThenTheAccountWithAGeneratedPasswordThatLogsIn() throws Exception {
        open(1366, 768);
        assertThat(window.button("panel.mail.create").isEnabled()).isFalse();
        SwingButtons.press(window, "panel.mail.check");
        waitFor(() -> resultNow().contains("ドメイン所有者の確認ができません"));
        assertThat(result()).contains("_xserver-verify." + DOMAIN).contains("API で追加できます");
        assertThat(window.button("panel.mail.addRecord").isEnabled()).isTrue();
        assertThat(window.button("panel.mail.create").isEnabled()).isFalse();
        opened.screenshot("server-panel-mailbox-missing-1366x768.png");

        SwingButtons.press(window, "panel.mail.addRecord");
        JOptionPaneFixture add = dialog();
        assertThat(add.target().getMessage().toString()).contains("CREATE " + DOMAIN + " _xserver-verify TXT");
        answer(add, true);
        waitFor(() -> resultNow().contains("公開を確かめました"));
        assertThat(ProjectMerge.section(api.project).audit()).singleElement()
                .satisfies(a -> assertThat(a.change()).isEqualTo("CREATE " + DOMAIN));
        assertThat(window.button("panel.mail.create").isEnabled()).isTrue();

        window.checkBox("panel.mail.generate").check();
        SwingButtons.press(window, "panel.mail.create");
        JOptionPaneFixture create = dialog();
        assertThat(create.target().getMessage().toString()).contains(ADDRESS);
        answer(create, true);
        waitFor(() -> resultNow().contains("を作成しました"));
        String generated = GuiActionRunner.execute(() -> window.textBox("panel.mail.shownPassword").target().getText());
        assertThat(generated).hasSize(16);
        assertThat(sim.imapLogin(ADDRESS, generated.toCharArray())).startsWith("a1 OK");
        assertThat(Json.pretty(api.project)).doesNotContain(generated).doesNotContain(sim.key("FULL"));
        opened.screenshot("server-panel-mailbox-created-1366x768.png");

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.tabbedPane("panel.tabs").target().getTitleAt(3)).isEqualTo("New mail account");
        assertThat(result()).contains("Mail account " + ADDRESS + " created");
        opened.screenshot("server-panel-mailbox-created-en-1366x768.png");
        opened.switchLanguage(Locale.JAPANESE);
    }

    @Test
    void aBadAddressOrAShortPasswordIsExplainedAndNothingIsSent() throws Exception {
        open(1024, 768);
        window.textBox("panel.mail.address").setText("no-domain");
        SwingButtons.press(window, "panel.mail.check");
        assertThat(result()).contains("ユーザー名@ドメイン");
        assertThat(sim.stats().path("requests").asInt()).isZero();
        opened.screenshot("server-panel-mailbox-bad-1024x768.png");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!GuiActionRunner.execute(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
