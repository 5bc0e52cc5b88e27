package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.plugins.TestPlugins;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plugins as the consultant sees them: the list with a failed plugin, and a panel that cannot be built. */
class PluginUiTest extends WorkbenchUiTestBase {
    @BeforeEach
    void start() throws Exception {
        Path plugins = temp.resolve("plugins");
        // The plugin host's own test-jar builder: real jars, compiled with PF4J's annotation processor.
        TestPlugins.build(temp.resolve("work"), plugins, "broken-plugin", "", TestPlugins.THROWS_IN_INITIALIZE);
        TestPlugins.build(temp.resolve("work"), plugins, "panel-plugin", "", TestPlugins.PANEL_THROWS);
        open(plugins, null, false);
    }

    @Test
    void pluginListShowsTheFailedPluginWithItsError() {
        Dialogs.choose(window, "menu.plugins.list");
        DialogFixture dialog = Dialogs.settled(window, "pluginsDialog");
        java.util.List<String[]> rows = java.util.Arrays.asList(dialog.table("plugins.table").contents());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row[1]).isEqualTo("broken-plugin");
            assertThat(row[3]).isEqualTo("失敗");
            assertThat(row[5]).contains("設定ファイルが壊れています");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row[1]).isEqualTo("panel-plugin");
            assertThat(row[3]).isEqualTo("起動中");
        });
        assertThat(dialog.textBox("plugins.error").text()).contains("IllegalStateException")
                .contains("設定ファイルが壊れています (initialize)");
        dialog.label("plugins.restartNote").requireText("有効 / 無効の切り替えは再起動後に反映されます。");
        Dialogs.press(dialog.button("plugins.close"));
    }

    @Test
    void disablingAPluginIsRemembered() {
        Dialogs.choose(window, "menu.plugins.list");
        DialogFixture dialog = Dialogs.settled(window, "pluginsDialog");
        int row = rowOf(dialog.table("plugins.table").contents(), "panel-plugin");
        dialog.table("plugins.table").cell(org.assertj.swing.data.TableCell.row(row).column(0)).click();
        Dialogs.press(dialog.button("plugins.close"));
        java.util.Collection<String> disabled = GuiActionRunner.execute(() -> workbench.settings().disabledPlugins());
        assertThat(disabled).contains("panel-plugin");
    }

    @Test
    void panelWhoseFactoryThrowsShowsTheErrorAndTheRestKeepsWorking() {
        GuiActionRunner.execute(() -> frame.openTab(frame.resolveTabId("broken-panel").orElseThrow()));
        window.panel("pluginPanelError").requireVisible();
        assertThat(window.label("pluginPanelError.message").text()).contains("パネルを作れません");
        String pluginError = GuiActionRunner.execute(() -> workbench.plugins().plugin("panel-plugin").orElseThrow().error());
        assertThat(pluginError).contains("パネルを作れません");

        GuiActionRunner.execute(() -> frame.openTab(frame.resolveTabId("fine-panel").orElseThrow()));
        Object shown = GuiActionRunner.execute(() -> frame.selectedContent());
        assertThat(shown).isInstanceOfSatisfying(javax.swing.JLabel.class, l -> assertThat(l.getText()).isEqualTo("fine"));
        // The editors still work after the failure.
        window.tree("navigator").clickRow(3);
        window.table("mailboxes.table").requireRowCount(6);
    }

    private static int rowOf(String[][] rows, String id) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][1].equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }
}
