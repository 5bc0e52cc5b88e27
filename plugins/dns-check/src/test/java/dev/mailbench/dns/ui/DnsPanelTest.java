package dev.mailbench.dns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Project;
import dev.mailbench.dns.DnsCheckPlugin;
import dev.mailbench.dns.engine.TestZones;
import dev.mailbench.kit.swing.WrappingLabel;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SwingButtons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javax.swing.JButton;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel on a project whose domains have zone files beside it (the offline sample scenario). */
class DnsPanelTest {
    @TempDir
    Path folder;

    private FakeWorkbenchApi api;
    private PanelWindow panel;
    private FrameFixture window;

    @BeforeAll
    static void lookAndFeel() {
        PanelWindow.setUpSwing();
    }

    @BeforeEach
    void open() throws Exception {
        for (String d : List.of("sample-shoji.test", "bad-dmarc.test", "old-host.test")) {
            Files.copy(TestZones.file(d), folder.resolve(d + ".zone"));
        }
        Project project = Project.empty().withDomains(List.of(
                new Domain("d1", "sample-shoji.test", "", "", "", ""),
                new Domain("d2", "bad-dmarc.test", "", "", "", ""),
                new Domain("d3", "old-host.test", "", "", "", "")));
        api = new FakeWorkbenchApi("dns-check", project, folder.resolve("customer.mailbench.json"), FakeWorkbenchApi.xserverTest());
        new DnsCheckPlugin().initialize(api);
        show(1280, 760);
        awaitAutomaticCheck();
    }

    /** Opens the plugin's panel as the host does (through its registration, with a panel scope). */
    private void show(int width, int height) {
        panel = PanelWindow.open(api, width, height);
        window = panel.window();
    }

    /** Closes the panel as the host does when its tab closes. */
    private void closePanel() {
        panel.close();
        panel = null;
    }

    /** Closes the panel and opens it again on {@code domains}, in a smaller window. */
    private void reopenWith(Domain... domains) {
        closePanel();
        api.project = api.project.withDomains(List.of(domains));
        show(1000, 600);
    }

    @AfterEach
    void close() {
        if (panel != null) {
            closePanel();
        }
    }

    private void await(String what, int seconds, BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(done::getAsBoolean);
            }
        }, Timeout.timeout(seconds, TimeUnit.SECONDS));
    }

    /** Every domain has a zone file, so the panel checks them as soon as it opens. */
    private void awaitAutomaticCheck() {
        await("automatic check finished", 30, () -> window.button("dns.run").target().isEnabled()
                && wrapping("dns.offlineBanner").isVisible());
    }

    private void runCheckAndWait() {
        SwingButtons.press(window, "dns.run");
        await("check finished", 30, () -> window.button("dns.run").target().isEnabled()
                && text("dns.status").contains("ゾーン外"));
    }

    @Test
    void checksZoneFilesOfflineShowsTrafficLightsFixesAndSavesHistory() throws Exception {
        assertThat(window.list("dns.domains").contents()).hasSize(3);
        runCheckAndWait();
        assertThat(text("dns.offlineBanner")).contains("ゾーンファイル").contains("オフライン");
        // Kept with the project, but a check is not an edit (issue 20): no undo step.
        assertThat(api.edits).isEmpty();
        assertThat(api.recorded).containsExactly("dns-check");
        assertThat(api.project.plugins().get("dns-check")).isInstanceOf(Map.class);

        window.list("dns.domains").selectItem(1);
        window.tabbedPane("dns.tabs").selectTab(0);
        assertThat(window.tree("dns.findings").target().getRowCount()).isGreaterThan(5);
        window.tree("dns.findings").selectRow(1);
        assertThat(window.textBox("dns.explanation").text()).isNotBlank();
        window.tabbedPane("dns.tabs").selectTab(2);
        JTextArea after = (JTextArea) window.textBox("dns.fix.0.after").target();
        String afterText = GuiActionRunner.execute((java.util.concurrent.Callable<String>) after::getText);
        assertThat(afterText).startsWith("v=DMARC1; p=none;");
        SwingButtons.press(window, "dns.fix.0.copy");
        assertThat(text("dns.status")).contains("コピーしました");
        panel.screenshot("dns-panel-fixes.png");

        window.list("dns.domains").selectItem(0);
        window.tabbedPane("dns.tabs").selectTab(1);
        assertThat(window.tree("dns.spfTree").target().getRowCount()).isGreaterThanOrEqualTo(2);
        window.tabbedPane("dns.tabs").selectTab(0);
        window.list("dns.domains").selectItem(1);
        panel.screenshot("dns-panel.png");

        runCheckAndWait();
        window.tabbedPane("dns.tabs").selectTab(4);
        assertThat(window.textBox("dns.changes").text()).contains("変化はありません");
    }

    /** The text of a note (a text area) or of a wrapping label (the status, the banner). */
    private String text(String name) {
        java.awt.Component shown = window.robot().finder().findByName(window.target(), name, java.awt.Component.class, false);
        return GuiActionRunner.execute(() -> shown instanceof WrappingLabel label ? label.getText() : ((JTextArea) shown).getText());
    }

    private WrappingLabel wrapping(String name) {
        return window.robot().finder().findByName(window.target(), name, WrappingLabel.class, false);
    }

    @Test
    void fixesShowBeforeAfterWhatTheyClearAndThatTheyWereRechecked() {
        window.list("dns.domains").selectItem(1); // bad-dmarc.test: p=block, pct=50
        window.tabbedPane("dns.tabs").selectTab(2);
        assertThat(window.label("dns.fix.0.recheck").text()).startsWith("再確認済み");
        assertThat(text("dns.fix.0.clears")).startsWith("解消する指摘: ").contains("DMARC のタグの値が正しくありません")
                .contains("DMARC に廃止されたタグがあります");
        assertThat(text("dns.fix.0.note")).contains("p=block は無効な値").contains("再確認済み: 修正を適用した状態で確認し直し");
        panel.screenshot("dns-panel-fixes-rechecked.png");

        window.list("dns.domains").selectItem(0); // sample-shoji.test: no rua, and the project has no mailbox
        window.tabbedPane("dns.tabs").selectTab(2);
        assertThat(text("dns.unfixed.0")).startsWith("自動で安全な修正はありません").contains("人が決めること");
        window.tabbedPane("dns.tabs").selectTab(0);
        window.tree("dns.findings").selectRow(findingRow("DMARC_NO_RUA"));
        assertThat(window.textBox("dns.explanation").text()).contains("人が決めること");

        panel.switchLanguage(Locale.ENGLISH);
        window.list("dns.domains").selectItem(1);
        window.tabbedPane("dns.tabs").selectTab(2);
        assertThat(window.label("dns.fix.0.recheck").text()).startsWith("re-checked");
        assertThat(text("dns.fix.0.clears")).startsWith("Clears: ").contains("Invalid DMARC tag value");
        panel.switchLanguage(Locale.JAPANESE);
    }

    /** The row of the findings tree showing {@code code}. */
    private int findingRow(String code) {
        return GuiActionRunner.execute(() -> {
            var tree = window.tree("dns.findings").target();
            for (int i = 0; i < tree.getRowCount(); i++) {
                if (String.valueOf(tree.getPathForRow(i).getLastPathComponent()).contains(code)) {
                    return i;
                }
            }
            return -1;
        });
    }

    @Test
    void opensWithTheZoneFilesCheckedOfflineAndSaysSoWithoutSaving() throws Exception {
        assertThat(text("dns.offlineBanner"))
                .isEqualTo("ゾーンファイル sample-shoji.test.zone ほか 2 件 をオフラインで確認しました（公開中の DNS ではありません）");
        assertThat(text("dns.status")).contains("ゾーン外の名前");
        window.list("dns.domains").selectItem(0);
        assertThat(window.tree("dns.findings").target().getRowCount()).isGreaterThan(5);
        String findings = GuiActionRunner.execute(() -> {
            StringBuilder sb = new StringBuilder();
            var tree = window.tree("dns.findings").target();
            for (int i = 0; i < tree.getRowCount(); i++) {
                sb.append(tree.getPathForRow(i).getLastPathComponent()).append('\n');
            }
            return sb.toString();
        });
        assertThat(findings).contains("DKIM_OK").contains("DMARC_OK");
        assertThat(api.edits).as("an automatic run is shown, not saved").isEmpty();
        panel.screenshot("dns-panel-offline-auto.png");
    }

    @Test
    void followsALanguageSwitchWithoutARerun() {
        window.list("dns.domains").selectItem(0);
        panel.switchLanguage(Locale.ENGLISH);
        assertThat(visibleTexts()).isEqualTo(new VisibleTexts("Check", "Cancel", "Auto (zone file when present)",
                List.of("Findings", "SPF tree", "Fixes", "Records", "Since last run"), List.of("Name", "Type", "TTL", "Value", "State"),
                "Names outside the zone (such as the provider's include) were not checked",
                "Checked zone file sample-shoji.test.zone and 2 more offline (not the published DNS)", "Name servers (NS/SOA)"));
        assertThat(window.list("dns.domains").valueAt(0)).contains("sample-shoji.test", "unchecked ", "zone file");
        assertThat(api.edits).as("the switch re-renders, it does not check again").isEmpty();
        panel.screenshot("dns-panel-english.png");

        panel.switchLanguage(Locale.JAPANESE);
        assertThat(visibleTexts()).isEqualTo(new VisibleTexts("確認", "中止", "自動（ゾーンファイルがあれば使用）",
                List.of("指摘", "SPF ツリー", "修正案", "公開レコード", "前回からの変化"), List.of("名前", "種類", "TTL", "値", "状態"),
                "ゾーン外の名前（プロバイダーの include など）は確認していません",
                "ゾーンファイル sample-shoji.test.zone ほか 2 件 をオフラインで確認しました（公開中の DNS ではありません）",
                "ネームサーバー (NS/SOA)"));
        assertThat(window.list("dns.domains").valueAt(0)).contains("sample-shoji.test", "確認できず ", "ゾーンファイル");
    }

    /** What the panel shows in words; the status without the time of the check. */
    private record VisibleTexts(String run, String cancel, String mode, List<String> tabs, List<String> columns, String status,
                                String banner, String firstFindingGroup) {
    }

    private VisibleTexts visibleTexts() {
        JButton run = window.button("dns.run").target();
        JButton cancel = window.button("dns.cancel").target();
        JTabbedPane tabs = window.tabbedPane("dns.tabs").target();
        JTable records = window.robot().finder().findByName(window.target(), "dns.records", JTable.class, false); // on a hidden tab
        WrappingLabel status = wrapping("dns.status");
        WrappingLabel banner = wrapping("dns.offlineBanner");
        String mode = window.comboBox("dns.mode").selectedItem();
        String firstGroup = window.tree("dns.findings").valueAt(0);
        return GuiActionRunner.execute(() -> new VisibleTexts(run.getText(), cancel.getText(), mode,
                IntStream.range(0, tabs.getTabCount()).mapToObj(tabs::getTitleAt).toList(),
                IntStream.range(0, records.getColumnCount())
                        .mapToObj(i -> String.valueOf(records.getColumnModel().getColumn(i).getHeaderValue())).toList(),
                status.getText().replaceAll(" — \\d\\d:\\d\\d:\\d\\d$", ""), banner.getText(), firstGroup));
    }

    @Test
    void detailPaneSaysWhatToDoUntilAFindingIsSelected() {
        window.list("dns.domains").selectItem(0);
        assertThat(text("dns.explanation")).startsWith("上の一覧で指摘を選ぶと");
        window.tree("dns.findings").selectRow(findingRow("DKIM_OK"));
        assertThat(text("dns.explanation")).doesNotContain("指摘を選ぶと").contains("DKIM_OK");
        window.tree("dns.findings").selectRow(0);
        assertThat(text("dns.explanation")).contains("の指摘を選ぶと、説明と修正案がここに表示されます");
        panel.switchLanguage(Locale.ENGLISH);
        assertThat(text("dns.explanation")).startsWith("Select a finding above");
    }

    /** At the room a 1024 wide screen leaves, findings and domains wrap in their scrollers (issue 15). */
    @Test
    void longFindingsWrapInsteadOfRunningOffToTheRight() {
        closePanel();
        show(740, 600);
        awaitAutomaticCheck();
        window.list("dns.domains").selectItem(0);
        var tree = window.tree("dns.findings").target();
        var list = window.list("dns.domains").target();
        record Fit(int room, int widest, int firstRowHeight, int tallest, int listWidth, int listRoom) {
        }
        Fit fit = GuiActionRunner.execute(() -> {
            int widest = 0;
            int tallest = 0;
            for (int i = 0; i < tree.getRowCount(); i++) {
                java.awt.Rectangle row = tree.getRowBounds(i);
                widest = Math.max(widest, row.x + row.width);
                tallest = Math.max(tallest, row.height);
            }
            return new Fit(tree.getParent().getWidth(), widest, tree.getRowBounds(0).height, tallest, list.getWidth(),
                    list.getParent().getWidth());
        });
        panel.screenshot("dns-panel-narrow.png");
        assertThat(fit.widest()).as("no finding runs past the scroller's right edge").isLessThanOrEqualTo(fit.room());
        assertThat(fit.tallest()).as("a long finding takes more lines, none is cut").isGreaterThan(fit.firstRowHeight());
        assertThat(fit.listWidth()).as("the domain list does not scroll sideways").isEqualTo(fit.listRoom());
        assertThat(window.list("dns.domains").valueAt(0)).contains("sample-shoji.test", "注意", "ゾーンファイル");
    }

    @Test
    void closingThePanelLeavesNoListener() {
        assertThat(api.listenerCount()).as("the open panel listens through its scope").isPositive();
        closePanel();
        assertThat(api.listenerCount()).isZero();
    }

    @Test
    void liveModeDoesNotRunByItself() {
        reopenWith(new Domain("n", "no-zone-file.test", "", "", "", ""));
        window.button("dns.run").requireEnabled();
        WrappingLabel banner = wrapping("dns.offlineBanner");
        assertThat(GuiActionRunner.execute(banner::isVisible)).isFalse();
        assertThat(text("dns.status")).contains("「確認」を押すと");
    }

    @Test
    void badServerAddressIsExplainedAndNothingRuns() {
        window.comboBox("dns.mode").selectItem(2);
        window.textBox("dns.server").setText("ns.example.jp");
        SwingButtons.press(window, "dns.run");
        assertThat(text("dns.status")).contains("IP アドレス");
        assertThat(api.edits).isEmpty();
    }

    @Test
    void cancelKeepsPreviousResults() throws Exception {
        try (var server = dev.mailbench.dns.engine.TestDnsServer.withTestZones()) {
            reopenWith(new Domain("t", "timeout.test", "", "", "", ""));
            window.comboBox("dns.mode").selectItem(2);
            window.textBox("dns.server").setText("127.0.0.1:" + server.address().getPort());
            SwingButtons.press(window, "dns.run");
            SwingButtons.press(window, "dns.cancel");
            await("cancelled", 10, () -> text("dns.status").contains("中止"));
            window.button("dns.run").requireEnabled();
            assertThat(api.edits).isEmpty();
        }
    }
}
