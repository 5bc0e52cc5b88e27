package dev.mailbench.migration.ui;

import dev.mailbench.testkit.SwingButtons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanPanelTest {
    @TempDir
    Path folder;
    private FakeWorkbenchApi api;
    private PanelWindow opened;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        PanelWindow.setUpSwing();
    }

    private void open(boolean withDns, String oldDns, String newDns) {
        api = new FakeWorkbenchApi(MigrationPlugin.ID, SampleProject.load(), folder.resolve("sample.mailbench.json"), FakeWorkbenchApi.xserverTest());
        if (withDns) {
            new DnsCheckPlugin().initialize(api);
        }
        if (oldDns != null) {
            MigrationSection s = api.project().readSection(MigrationSection.class).orElseThrow();
            api.project().writeSection("lab", s.withOldHost(new dev.mailbench.migration.model.OldHost(s.oldHost().label(),
                    s.oldHost().imapHost(), 993, s.oldHost().smtpHost(), 587, oldDns)).withNewDnsServers(newDns));
        }
        opened = PanelWindow.open(api, 1500, 940, scope -> new MigrationPanel(api, scope));
        window = opened.window();
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                java.awt.Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void screenshot(String name) {
        opened.screenshot(name);
    }

    @Test
    void runInTheServerPanelHandsTheActionsToTheServicesProposalAndIsOffWithoutIt() throws Exception {
        open(false, null, null);
        assertThat(window.button("migration.plan.toServerPanel").isEnabled()).as("no server panel plugin").isFalse();
        opened.close();
        opened = null;

        java.util.List<dev.mailbench.api.services.ServerPanelService.ChangeProposal> received = new java.util.ArrayList<>();
        api = new FakeWorkbenchApi(MigrationPlugin.ID, SampleProject.load(), folder.resolve("sample.mailbench.json"), FakeWorkbenchApi.xserverTest());
        api.services().provide(dev.mailbench.api.services.ServerPanelService.class, new dev.mailbench.api.services.ServerPanelService() {
            @Override
            public java.util.Optional<PanelSnapshot> lastImport(dev.mailbench.api.model.Project project) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean propose(ChangeProposal proposal) {
                received.add(proposal);
                return true;
            }
        });
        FakeWorkbenchApi withPanel = api;
        opened = PanelWindow.open(api, 1500, 940, scope -> new MigrationPanel(withPanel, scope));
        window = opened.window();
        window.button("migration.plan.toServerPanel").requireEnabled().requireText("サーバーパネルで実行…");
        SwingButtons.press(window, "migration.plan.toServerPanel");
        assertThat(received).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo("migration");
            assertThat(p.changes()).isNotEmpty();
            assertThat(p.changes()).extracting(c -> c.action()).contains(
                    dev.mailbench.api.services.ServerPanelService.Action.CREATE_MAILBOX,
                    dev.mailbench.api.services.ServerPanelService.Action.SET_FORWARDING,
                    dev.mailbench.api.services.ServerPanelService.Action.SET_TTL);
        });
        assertThat(window.label("migration.plan.problems").text()).contains("「提案された変更」タブに").contains("件を渡しました");
        screenshot("migration-plan-to-server-panel.png");
        opened.switchLanguage(Locale.ENGLISH);
        window.button("migration.plan.toServerPanel").requireText("Run in the server panel…");
    }

    @Test
    void theSampleShowsACompletePlanAndTickingAStepStoresIt() throws Exception {
        open(false, null, null);
        window.tabbedPane("migration.tabs").requireTabTitles("移行計画", "コピーと検証");
        window.textBox("migration.plan.cutover").requireText("2027-01-15T19:00");
        assertThat(window.table("migration.plan.steps").rowCount()).isGreaterThan(15);
        // the summary names the DNS state in a word; its tooltip says it whole
        assertThat(window.label("migration.plan.summary").text()).contains("切替 2027-01-15", "DNS: プラグインなし");
        assertThat(window.label("migration.plan.summary").target().getToolTipText()).isEqualTo("DNS: DNS チェックプラグインがありません");
        assertThat(window.table("migration.plan.steps").valueAt(org.assertj.swing.data.TableCell.row(0).column(2))).startsWith("旧サーバーの調査");
        assertThat(window.table("migration.plan.steps").valueAt(org.assertj.swing.data.TableCell.row(0).column(6))).isEqualTo("完了");
        window.tabbedPane("migration.plan.details").selectTab(2);
        assertThat(window.table("migration.plan.copy").valueAt(org.assertj.swing.data.TableCell.row(0).column(4))).isEqualTo("メールボックス容量（上限として仮定）");
        window.tabbedPane("migration.plan.details").selectTab(0);
        screenshot("migration-plan-ja.png");

        window.table("migration.plan.steps").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click();
        Pause.pause(new Condition("stored") {
            @Override
            public boolean test() {
                return "DONE".equals(api.project().readSection(MigrationSection.class).orElseThrow().stepStatus().get("lower-ttl"));
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        assertThat(api.edits).contains("手順を完了にする");

        // the status column offers 省略 (skipped) besides the tick
        window.table("migration.plan.steps").enterValue(org.assertj.swing.data.TableCell.row(2).column(6), "省略");
        Pause.pause(new Condition("skipped") {
            @Override
            public boolean test() {
                return "SKIPPED".equals(api.project().readSection(MigrationSection.class).orElseThrow().stepStatus().get("create-mailboxes"));
            }
        }, Timeout.timeout(10, TimeUnit.SECONDS));
        assertThat(window.table("migration.plan.steps").valueAt(org.assertj.swing.data.TableCell.row(2).column(6))).isEqualTo("省略");
    }

    @Test
    void thePanelStaysInsideANarrowTab() throws Exception {
        open(false, null, null);
        GuiActionRunner.execute(() -> window.target().setSize(1024, 700));
        window.robot().waitForIdle();
        java.awt.Rectangle[] boxes = GuiActionRunner.execute(() -> {
            javax.swing.JComponent panel = window.panel("migration.plan").target();
            java.awt.Component ics = window.button("migration.plan.exportIcs").target();
            java.awt.Component steps = window.scrollPane("migration.plan.chartScroll").target();
            return new java.awt.Rectangle[] {panel.getBounds(),
                    javax.swing.SwingUtilities.convertRectangle(ics.getParent(), ics.getBounds(), panel),
                    javax.swing.SwingUtilities.convertRectangle(steps.getParent(), steps.getBounds(), panel)};
        });
        assertThat(boxes[1].getMaxX()).isLessThanOrEqualTo(boxes[0].width);
        assertThat(boxes[2].getMaxX()).isLessThanOrEqualTo(boxes[0].width);
        screenshot("migration-plan-narrow.png");
    }

    @Test
    void aPastCutoverIsRefusedWithAClearMessageAndEnglishRelabels() throws Exception {
        open(false, null, null);
        window.textBox("migration.plan.cutover").deleteText().enterText("2020-01-10T19:00");
        SwingButtons.press(window, "migration.plan.apply");
        assertThat(window.label("migration.plan.problems").text()).contains("切替日時が過去です");
        assertThat(window.table("migration.plan.steps").rowCount()).isZero();
        window.button("migration.plan.exportIcs").requireDisabled();
        window.textBox("migration.plan.cutover").deleteText().enterText("2027-01-22T19:00");
        window.textBox("migration.plan.oldPort").deleteText().enterText("abc");
        SwingButtons.press(window, "migration.plan.apply");
        assertThat(window.label("migration.plan.problems").text()).contains("ポート番号は数字");
        window.textBox("migration.plan.oldPort").deleteText().enterText("993");
        SwingButtons.press(window, "migration.plan.apply");
        assertThat(api.project().readSection(MigrationSection.class).orElseThrow().cutover()).isEqualTo("2027-01-22T19:00");

        opened.switchLanguage(Locale.ENGLISH);
        window.tabbedPane("migration.tabs").requireTabTitles("Plan", "Copy and verify");
        window.button("migration.plan.lookUpDns").requireText("Look up DNS");
        assertThat(window.table("migration.plan.steps").valueAt(org.assertj.swing.data.TableCell.row(0).column(2))).startsWith("Survey the old host");
        screenshot("migration-plan-en.png");

        Path ics = folder.resolve("plan.ics");
        GuiActionRunner.execute(() -> ((PlanPanel) window.panel("migration.plan").target()).exportIcs(ics));
        assertThat(Files.readString(ics)).contains("DTSTART;TZID=Asia/Tokyo:20270122T190000");
    }

    @Test
    void aDnsLookupThatHangsCanBeCancelled() throws Exception {
        // a DNS service that answers only when the test ends: the lookup runs until cancelled
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        open(false, null, null);
        api.services.put(DnsCheckService.class, new DnsCheckService() {
            @Override
            public java.util.List<DomainResult> check(java.util.List<String> domains, Target target) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<RecordView> fetchRecords(String domain, Target target) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return java.util.List.of();
            }
        });
        try {
            PlanPanel panel = (PlanPanel) window.panel("migration.plan").target();
            GuiActionRunner.execute(() -> panel.refresh(false));
            // held directly: these hide themselves, and a lookup by name finds only what is showing
            javax.swing.JButton cancel = (javax.swing.JButton) find(panel, "migration.plan.cancelDns");
            javax.swing.JButton lookUp = (javax.swing.JButton) find(panel, "migration.plan.lookUpDns");
            javax.swing.JProgressBar progress = (javax.swing.JProgressBar) find(panel, "migration.plan.progress");
            SwingButtons.press(window, "migration.plan.lookUpDns");
            Pause.pause(new Condition("lookup running") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> cancel.isShowing() && progress.isShowing() && !lookUp.isEnabled());
                }
            }, Timeout.timeout(10, TimeUnit.SECONDS));
            SwingButtons.press(window, "migration.plan.cancelDns");
            Pause.pause(new Condition("cancelled") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> !cancel.isVisible() && !progress.isVisible() && lookUp.isEnabled());
                }
            }, Timeout.timeout(10, TimeUnit.SECONDS));
            assertThat(window.label("migration.plan.summary").text()).contains("DNS: 未確認");
        } finally {
            release.countDown();
        }
    }

    @Test
    @RequiresTestLab(LabService.DNS)
    void dnsLookupInTheBackgroundFillsTheDiffAndTtlReadiness(TestLab lab) throws Exception {
        open(true, "127.0.0.1:" + lab.dnsOldPort(), "127.0.0.1:" + lab.dnsPort());
        assertThat(api.services.get(DnsCheckService.class)).isNotNull();
        SwingButtons.press(window, "migration.plan.lookUpDns");
        Pause.pause(new Condition("DNS looked up") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("migration.plan.summary").target().getText().contains("確認済み"));
            }
        }, Timeout.timeout(30, TimeUnit.SECONDS));
        var dns = window.table("migration.plan.dns");
        assertThat(dns.rowCount()).isGreaterThanOrEqualTo(4);
        assertThat(dns.valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("MX");
        assertThat(dns.valueAt(org.assertj.swing.data.TableCell.row(0).column(3))).isEqualTo("変更");
        assertThat(dns.valueAt(org.assertj.swing.data.TableCell.row(0).column(4))).isEqualTo("10 mx.old-provider.test.");
        assertThat(dns.valueAt(org.assertj.swing.data.TableCell.row(1).column(7))).contains("下げる必要あり", "2027-01-13 (水) 19:00");
        screenshot("migration-plan-dns.png");
        // the one-day SPF TTL moves the TTL step to Wednesday
        window.tabbedPane("migration.plan.details").selectTab(0);
        assertThat(window.table("migration.plan.steps").valueAt(org.assertj.swing.data.TableCell.row(1).column(1))).startsWith("2027-01-13 (水) 10:00");
    }
}
