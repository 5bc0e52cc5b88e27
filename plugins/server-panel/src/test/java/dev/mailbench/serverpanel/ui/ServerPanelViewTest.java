package dev.mailbench.serverpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The サーバーパネル tab against the simulator: connect, import with progress, the diff, merge as one undo step. */
@RequiresTestLab(LabService.XSERVER_API)
class ServerPanelViewTest {
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

    private void open(int width, int height) {
        api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, null);
        new ServerPanelPlugin().initialize(api);
        opened = PanelWindow.open(api, width, height);
        window = opened.window();
        window.textBox("panel.servername").setText(sim.lab.xserverServername());
        window.textBox("panel.baseUrl").setText(sim.lab.xserverApiBase().toString());
        window.textBox("panel.ca").setText(sim.lab.caCertificate().toString());
    }

    private void typeKey(String kind) {
        String key = sim.key(kind);
        GuiActionRunner.execute(() -> ((javax.swing.JPasswordField) window.textBox("panel.key").target()).setText(key));
    }

    @Test
    void connectShowsPermissionAndAdviceThenImportShowsTheDiffAndMergeIsOneUndoStep() throws Exception {
        open(1366, 768);
        assertThat(window.textBox("panel.hint").text()).startsWith("キーはこの画面を開いている間だけ");
        SwingButtons.press(window, "panel.connect");
        waitFor(() -> window.label("panel.status").target().getText().contains("キーを入力"));

        typeKey("FULL");
        SwingButtons.press(window, "panel.connect");
        waitFor(() -> window.label("panel.status").target().getText().startsWith("接続できました"));
        assertThat(window.textBox("panel.keyInfo").text()).contains("権限: すべての操作").contains("読み取り専用");

        SwingButtons.press(window, "panel.import");
        waitFor(() -> window.label("panel.status").target().getText().startsWith("読み込み完了"));
        assertThat(window.label("panel.status").text()).contains("4 アカウント");
        var table = window.table("panel.diff");
        assertThat(table.target().getColumnName(0)).isEqualTo("区分");
        assertThat(java.util.Arrays.asList(table.contents())).anySatisfy(row -> assertThat(row).containsSequence("新規", "メールボックス", "full@sample-shoji.test"));
        assertThat(java.util.Arrays.asList(table.contents())).anySatisfy(row -> assertThat(row).containsExactly("変更", "メールボックス", "billing@sample-shoji.test", "容量 (MB)", "3000", "2000"));
        opened.screenshot("server-panel-import-1366x768.png");

        opened.switchLanguage(Locale.ENGLISH);
        assertThat(table.target().getColumnName(0)).isEqualTo("Kind");
        assertThat(window.label("panel.status").text()).startsWith("Import complete: 4 accounts");
        assertThat(window.textBox("panel.keyInfo").text()).contains("Permission: all operations");
        assertThat(window.textBox("panel.hint").text()).startsWith("The key stays in memory");
        opened.switchLanguage(Locale.JAPANESE);

        int editsBefore = api.edits.size();
        SwingButtons.press(window, "panel.merge");
        waitFor(() -> window.label("panel.status").target().getText().startsWith("プロジェクトに取り込みました"));
        assertThat(api.edits).hasSize(editsBefore + 1);
        Project p = api.project;
        assertThat(p.provider().serverId()).isEqualTo("sv1234");
        assertThat(p.mailboxes()).anyMatch(m -> m.address().equals("billing@sample-shoji.test") && m.quotaMb() == 2000);
        assertThat(p.mailboxes()).anyMatch(m -> m.address().equals("full@sample-shoji.test") && m.quotaMb() == 1);
        String saved = Json.pretty(p);
        assertThat(saved).doesNotContain(sim.key("FULL"));
        assertThat(window.button("panel.merge").isEnabled()).isFalse();
    }

    @Test
    void anExpiredKeyIsExplainedInJapaneseAndNothingIsMerged() throws Exception {
        open(1024, 768);
        typeKey("EXPIRED");
        SwingButtons.press(window, "panel.import");
        waitFor(() -> window.label("panel.status").target().getText().contains("HTTP 401"));
        assertThat(window.label("panel.status").text()).contains("API キーが無効か、有効期限が切れています");
        // the whole explanation, wrapped, where the status line would cut it off
        assertThat(window.textBox("panel.message").text()).contains("APIキー管理").contains("有効期限が切れています。");
        assertThat(window.textBox("panel.message").target().isShowing()).isTrue();
        assertThat(window.button("panel.merge").isEnabled()).isFalse();
        opened.screenshot("server-panel-expired-1024x768.png");
    }

    @Test
    void screenshotsAtTheLargeSize() throws Exception {
        sim.reset(30).config("{\"window_seconds\": 5}"); // 70 requests: more than one 60-request window
        open(1920, 1080);
        typeKey("READ");
        SwingButtons.press(window, "panel.import");
        waitFor(() -> window.label("panel.status").target().getText().startsWith("読み込み完了"));
        assertThat(window.table("panel.diff").target().getRowCount()).isGreaterThan(30);
        opened.screenshot("server-panel-import-1920x1080.png");
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
