package dev.mailbench.serverpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;
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
import java.util.Arrays;
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

/** The DNS changes tab against the simulator and the lab DNS: plan, confirmation dialog, apply, audit, undo, refusal. */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class DnsChangesPaneTest {
    private static final String DOMAIN = "sample-shoji.test";
    private static final String STRICT = "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@sample-shoji.test";
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
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
            assertThat(api.listenerCount()).isZero();
        }
    }

    private void open(int width, int height, int dnsPort) {
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
        window.tabbedPane("panel.tabs").selectTab(2);
        window.textBox("panel.dns.domain").setText(DOMAIN);
        window.textBox("panel.dns.host").setText("_dmarc");
        window.comboBox("panel.dns.type").selectItem("TXT");
        window.textBox("panel.dns.content").setText(STRICT);
        window.textBox("panel.dns.server").setText("127.0.0.1:" + dnsPort);
    }

    private String dmarc() throws Exception {
        return sim.connector("FULL").dnsRecords(DOMAIN, () -> false).stream()
                .filter(r -> r.host().equals("_dmarc") && r.type().equals("TXT")).map(DnsRecord::content).findFirst().orElseThrow();
    }

    private JOptionPaneFixture confirmDialog() {
        return JOptionPaneFinder.findOptionPane().withTimeout(20, TimeUnit.SECONDS).using(window.robot());
    }

    private static void answer(JOptionPaneFixture dialog, boolean yes) {
        JOptionPane pane = dialog.target();
        GuiActionRunner.execute(() -> pane.setValue(yes ? JOptionPane.YES_OPTION : JOptionPane.NO_OPTION));
    }

    @Test
    void planConfirmApplyAuditAndUndo() throws Exception {
        open(1366, 768, sim.lab.dnsPort());
        String before = dmarc();
        assertThat(window.button("panel.dns.apply").isEnabled()).isFalse();
        assertThat(window.button("panel.dns.undo").isEnabled()).isFalse();

        SwingButtons.press(window, "panel.dns.plan");
        waitFor(() -> window.textBox("panel.dns.verdict").target().getText().contains("送信できます"));
        assertThat(window.textBox("panel.dns.verdict").text())
                .contains("NS の判定 sample-shoji.test: Xserver を指しています（パネルの DNS が有効）");
        String[][] plan = window.table("panel.dns.planTable").contents();
        assertThat(plan).hasDimensions(1, 4);
        assertThat(plan[0]).containsExactly("変更", DOMAIN, "_dmarc TXT \"" + before + "\" TTL 3600", "_dmarc TXT \"" + STRICT + "\" TTL 3600");
        assertThat(dmarc()).isEqualTo(before);
        opened.screenshot("server-panel-dns-plan-1366x768.png");

        // "No" in the dialog sends nothing
        SwingButtons.press(window, "panel.dns.apply");
        answer(confirmDialog(), false);
        waitFor(() -> window.label("panel.status").target().getText().contains("送信していません"));
        assertThat(dmarc()).isEqualTo(before);

        int edits = api.edits.size();
        SwingButtons.press(window, "panel.dns.apply");
        JOptionPaneFixture dialog = confirmDialog();
        assertThat(dialog.target().getMessage().toString()).contains("次の 1 件の変更をサーバーに送信します")
                .contains("UPDATE sample-shoji.test").contains(STRICT);
        answer(dialog, true);
        waitFor(() -> window.label("panel.status").target().getText().startsWith("送信しました"));
        assertThat(dmarc()).isEqualTo(STRICT);
        assertThat(api.edits).hasSize(edits + 1);
        String[][] audit = window.table("panel.dns.audit").contents();
        assertThat(audit).hasNumberOfRows(1);
        assertThat(audit[0][2]).isEqualTo("UPDATE " + DOMAIN);
        assertThat(audit[0][3]).contains(before);
        assertThat(audit[0][4]).contains(STRICT);
        assertThat(audit[0][5]).isEqualTo("OK");
        var section = ProjectMerge.section(api.project);
        assertThat(section.audit()).hasSize(1);
        assertThat(section.lastUndo()).singleElement().satisfies(c -> assertThat(c.after().content()).isEqualTo(before));
        assertThat(Json.pretty(api.project)).doesNotContain(sim.key("FULL"));
        assertThat(window.button("panel.dns.undo").isEnabled()).isTrue();

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.table("panel.dns.audit").target().getColumnName(5)).isEqualTo("Result");
        assertThat(window.tabbedPane("panel.tabs").target().getTitleAt(2)).isEqualTo("DNS changes");
        opened.switchLanguage(Locale.JAPANESE);

        SwingButtons.press(window, "panel.dns.undo");
        JOptionPaneFixture undoDialog = confirmDialog();
        assertThat(undoDialog.target().getMessage().toString()).contains("最後の変更を取り消すため").contains(before);
        answer(undoDialog, true);
        waitFor(() -> window.label("panel.status").target().getText().startsWith("取り消しました"));
        assertThat(dmarc()).isEqualTo(before);
        assertThat(window.table("panel.dns.audit").contents()).hasNumberOfRows(2);
        opened.screenshot("server-panel-dns-undone-1366x768.png");
    }

    @Test
    void writesAreRefusedWhenTheNameServersPointElsewhere() throws Exception {
        open(1024, 768, sim.lab.dnsOldPort());
        String before = dmarc();
        SwingButtons.press(window, "panel.dns.plan");
        waitFor(() -> window.textBox("panel.dns.verdict").target().getText().contains("送信しません"));
        assertThat(window.textBox("panel.dns.verdict").text()).contains("Xserver 以外を指しています（パネルの DNS は無効）")
                .contains("ns1.old-provider.test").contains("書き込みはしません");
        assertThat(window.button("panel.dns.apply").isEnabled()).isFalse();
        assertThat(dmarc()).isEqualTo(before);
        opened.screenshot("server-panel-dns-refused-1024x768.png");
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
