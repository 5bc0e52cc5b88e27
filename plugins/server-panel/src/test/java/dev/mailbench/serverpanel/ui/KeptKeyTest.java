package dev.mailbench.serverpanel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.BackendNotSupportedException;
import dev.mailbench.serverpanel.ServerPanelPlugin;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.InMemoryCredentialStore;
import dev.mailbench.serverpanel.engine.OsCredentialStore;
import dev.mailbench.serverpanel.engine.Sim;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.PanelWindow;
import dev.mailbench.testkit.SampleProject;
import dev.mailbench.testkit.SwingButtons;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key in the OS credential store from the サーバーパネル tab (simulator, read-only calls): kept once a connection
 * proved it, used from the store with the key field empty; where there is no store, said plainly and nothing kept.
 */
@RequiresTestLab(LabService.XSERVER_API)
class KeptKeyTest {
    private final Sim sim = new Sim();
    private PanelWindow opened;
    private FrameFixture window;

    @BeforeAll
    static void swing() {
        PanelWindow.setUpSwing();
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    private void open(CredentialStore store) {
        FakeWorkbenchApi api = new FakeWorkbenchApi(ServerPanelPlugin.ID, SampleProject.load(), null, null);
        new ServerPanelPlugin(() -> store).initialize(api);
        opened = PanelWindow.open(api, 1366, 768);
        window = opened.window();
        window.textBox("panel.servername").setText(sim.lab.xserverServername());
        window.textBox("panel.baseUrl").setText(sim.lab.xserverApiBase().toString());
        window.textBox("panel.ca").setText(sim.lab.caCertificate().toString());
    }

    private String status() {
        return GuiActionRunner.execute(() -> window.label("panel.status").target().getText());
    }

    @Test
    void aKeyKeptAfterConnectingIsUsedNextTimeWithoutTyping() throws Exception {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        String key = sim.key("READ");
        open(store);
        GuiActionRunner.execute(() -> ((javax.swing.JPasswordField) window.textBox("panel.key").target()).setText(key));
        window.checkBox("panel.keepKey").check();
        SwingButtons.press(window, "panel.connect");
        waitFor(() -> status().contains("保管しました"));
        assertThat(store.holds(sim.lab.xserverServername(), key)).isTrue();
        close();

        open(store);
        SwingButtons.press(window, "panel.keptKey");
        waitFor(() -> status().contains("キーを使います"));
        assertThat(window.textBox("panel.key").text()).as("the key field stays empty").isEmpty();
        SwingButtons.press(window, "panel.connect");
        waitFor(() -> status().startsWith("接続できました"));
        assertThat(window.textBox("panel.keyInfo").text()).contains("読み取り");
        opened.screenshot("server-panel-kept-key-1366x768.png");
    }

    @Test
    void withoutAStoreItSaysSoAndKeepsNothing() throws Exception {
        OsCredentialStore none = new OsCredentialStore(() -> {
            throw new BackendNotSupportedException("no backend");
        }, Duration.ofSeconds(5));
        open(none);
        GuiActionRunner.execute(() -> ((javax.swing.JPasswordField) window.textBox("panel.key").target()).setText(sim.key("READ")));
        window.checkBox("panel.keepKey").check();
        SwingButtons.press(window, "panel.connect");
        waitFor(() -> status().contains("資格情報ストア"));
        assertThat(window.textBox("panel.message").text()).startsWith("接続できました。").contains("どこにも保存しません");
        opened.screenshot("server-panel-no-store-1366x768.png");

        SwingButtons.press(window, "panel.keptKey");
        waitFor(() -> window.textBox("panel.message").text().startsWith("この PC には"));
        opened.switchLanguage(Locale.ENGLISH);
        assertThat(window.textBox("panel.message").text()).startsWith("This computer has no OS credential store");
        assertThat(window.checkBox("panel.keepKey").text()).startsWith("Keep the key");
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
