package dev.mailbench.serverpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.api.services.ServerPanelService.ProposedChange;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.MailboxCreation;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.serverpanel.engine.XserverConnector;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Proposed changes tab: a change set proposed through {@link ServerPanelService#propose} (as the migration panel
 * does) is planned against the simulator, confirmed, applied (the new mailbox's password shown once), and undone.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS, LabService.IMAP})
class ProposalPaneTest {
    private static final String DOMAIN = "panel-sync.test";
    private static final String NEW = "suzuki@" + DOMAIN;
    private static final LocalizedText WHY = LocalizedText.of("移行計画", "migration plan");
    private final Sim sim = new Sim();
    private FakeWorkbenchApi api;
    private PanelWindow opened;
    private FrameFixture window;
    private XserverConnector panel;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void reset() throws Exception {
        sim.reset(0);
        assertThat(sim.lab.xserverAdmin("GET", "/state", null)).as("the simulator writes %s through (testlab/start.sh)", DOMAIN)
                .contains("\"" + DOMAIN + "\"");
        api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        new ServerPanelPlugin().initialize(api);
        panel = sim.connector("FULL");
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElseThrow();
        MailboxCreation.Ownership o = new MailboxCreation(panel, dns,
                new DnsCheckService.Target("127.0.0.1:" + sim.lab.dnsPort(), null, false)).checkOwnership(DOMAIN, () -> false);
        if (!o.verified()) {
            assertThat(new DnsChangeRunner(panel, Clock.systemUTC()).apply(List.of(o.proposal()), true, () -> false).complete()).isTrue();
        }
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
            assertThat(api.listenerCount()).isZero();
        }
        sim.reset(0);
    }

    private int mxTtl() throws Exception {
        return panel.dnsRecords(DOMAIN, () -> false).stream().filter(r -> r.host().equals("@") && r.type().equals("MX"))
                .findFirst().orElseThrow().ttl();
    }

    private JOptionPaneFixture dialog() {
        return JOptionPaneFinder.findOptionPane().withTimeout(20, TimeUnit.SECONDS).using(window.robot());
    }

    private static void answer(JOptionPaneFixture dialog, Object value) {
        JOptionPane pane = dialog.target();
        GuiActionRunner.execute(() -> pane.setValue(value));
    }

    @Test
    void aProposalIsPlannedConfirmedAppliedWithThePasswordShownOnceAndUndone() throws Exception {
        // the panel as the plugin registered it: it shares the plugin's inbox with the service
        var contribution = api.panels.stream().filter(p -> p.id().equals("server-panel")).findFirst().orElseThrow();
        opened = PanelWindow.open(api, 1366, 768, contribution.factory());
        window = opened.window();
        window.textBox("panel.servername").setText(sim.lab.xserverServername());
        window.textBox("panel.baseUrl").setText(sim.lab.xserverApiBase().toString());
        window.textBox("panel.ca").setText(sim.lab.caCertificate().toString());
        String key = sim.key("FULL");
        GuiActionRunner.execute(() -> ((javax.swing.JPasswordField) window.textBox("panel.key").target()).setText(key));
        window.tabbedPane("panel.tabs").selectTab(4);
        assertThat(window.textBox("panel.proposal.summary").text()).contains("ここに表示されます");
        window.textBox("panel.proposal.dnsServer").setText("127.0.0.1:" + sim.lab.dnsPort());
        assertThat(window.button("panel.proposal.plan").isEnabled()).isFalse();

        ChangeProposal proposal = new ChangeProposal("migration", LocalizedText.of("移行計画の作業", "The migration plan's actions"),
                List.of(ProposedChange.createMailbox(NEW, 800, WHY),
                        ProposedChange.setTtl(DOMAIN, "@", "MX", null, 300, WHY)));
        assertThat(api.services().find(ServerPanelService.class).orElseThrow().propose(proposal)).isTrue();
        waitFor(() -> window.tabbedPane("panel.tabs").target().getSelectedComponent().getName().equals("panel.proposal"));
        assertThat(window.textBox("panel.proposal.summary").text()).contains("移行計画の作業").contains("提案 2 件（migration）");

        SwingButtons.press(window, "panel.proposal.plan");
        waitFor(() -> window.textBox("panel.proposal.verdict").target().getText().contains("送信できます"));
        String[][] plan = window.table("panel.proposal.planTable").contents();
        assertThat(plan).hasDimensions(2, 4);
        assertThat(plan[0]).containsExactly("メールアカウント作成", "—", NEW + " 800 MB", "移行計画");
        assertThat(plan[1][0]).isEqualTo("DNS UPDATE " + DOMAIN);
        assertThat(plan[1][1]).contains("TTL 3600");
        assertThat(plan[1][2]).contains("TTL 300");
        assertThat(mxTtl()).isEqualTo(3600);
        opened.screenshot("server-panel-proposal-plan-1366x768.png");

        SwingButtons.press(window, "panel.proposal.apply");
        JOptionPaneFixture confirm = dialog();
        assertThat(confirm.target().getMessage().toString()).contains("次の 2 件をサーバーに送信します").contains("CREATE MAILBOX " + NEW);
        answer(confirm, JOptionPane.YES_OPTION);
        JOptionPaneFixture passwords = JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<>(JOptionPane.class) {
            @Override
            protected boolean isMatching(JOptionPane p) {
                return String.valueOf(p.getMessage() instanceof Object[] a ? a[0] : p.getMessage()).contains("一度だけ表示");
            }
        }).withTimeout(30, TimeUnit.SECONDS).using(window.robot());
        JTextArea shownPasswords = window.robot().finder().findByName("panel.proposal.passwords", JTextArea.class, false);
        String line = GuiActionRunner.execute(() -> shownPasswords.getText()).strip();
        assertThat(line).startsWith(NEW + "  ");
        char[] password = line.substring(NEW.length() + 2).toCharArray();
        assertThat(sim.imapLogin(NEW, password)).startsWith("a1 OK");
        opened.screenshot("server-panel-proposal-password-1366x768.png");
        answer(passwords, JOptionPane.OK_OPTION);
        waitFor(() -> window.label("panel.status").target().getText().startsWith("送信しました"));
        assertThat(mxTtl()).isEqualTo(300);
        assertThat(panel.mailAccount(NEW, () -> false).quotaMb()).isEqualTo(800);
        var section = ProjectMerge.section(api.project);
        assertThat(section.audit()).extracting(a -> a.change()).endsWith("CREATE MAILBOX " + NEW, "UPDATE " + DOMAIN);
        assertThat(section.lastProposalUndo()).hasSize(2);
        assertThat(Json.pretty(api.project)).doesNotContain(new String(password)).doesNotContain(key);
        assertThat(window.button("panel.proposal.undo").isEnabled()).isTrue();

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.tabbedPane("panel.tabs").target().getTitleAt(4)).isEqualTo("Proposed changes");
        assertThat(window.button("panel.proposal.undo").text()).isEqualTo("Undo this change set…");
        opened.switchLanguage(Locale.JAPANESE);

        SwingButtons.press(window, "panel.proposal.undo");
        JOptionPaneFixture undo = dialog();
        assertThat(undo.target().getMessage().toString()).contains("この変更をすべて取り消すため").contains("DELETE MAILBOX " + NEW);
        answer(undo, JOptionPane.YES_OPTION);
        waitFor(() -> window.label("panel.status").target().getText().startsWith("送信しました"));
        assertThat(mxTtl()).isEqualTo(3600);
        assertThat(panel.mailAccounts(() -> false)).noneMatch(a -> a.address().equalsIgnoreCase(NEW));
        assertThat(sim.imapLogin(NEW, password)).startsWith("a1 NO");
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
