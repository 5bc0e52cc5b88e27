package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** Opening files as the consultant meets them: broken ones, and ones with unsaved edits from a crash. */
class ProjectFilesUiTest extends WorkbenchUiTestBase {
    private void start(boolean askAboutRecovery) throws Exception {
        open(emptyPluginsDir(temp), null, askAboutRecovery);
    }

    @Test
    void brokenFileIsReportedWithLineAndColumnAndLeftUntouched() throws Exception {
        start(true);
        Path broken = temp.resolve("broken.mailbench.json");
        String text = "{\n  \"schemaVersion\" : 2,\n  \"customer\" : { \"name\" : \"A\" \n}\n";
        Files.writeString(broken, text, StandardCharsets.UTF_8);

        SwingUtilities.invokeLater(() -> frame.files().openFile(broken));
        JOptionPaneFixture pane = Dialogs.optionPane(window);
        pane.requireErrorMessage();
        assertThat(pane.target().getMessage().toString()).contains("broken.mailbench.json").containsPattern("\\d+ 行 \\d+ 列");
        Dialogs.press(pane.okButton());

        assertThat(Files.readString(broken, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().name()))
                .isEqualTo("株式会社サンプル商事");
    }

    @Test
    void unsavedEditsOfACrashedRunAreOfferedAndRestored() throws Exception {
        Path file = temp.resolve("shoji.mailbench.json");
        Files.copy(samplePath(), file);
        // A previous run: edited, autosaved, never saved, then gone.
        try (Workbench crashed = create(temp.resolve("config"), emptyPluginsDir(temp))) {
            crashed.openProject(file);
            crashed.session().update("edit", p -> p.withCustomer(
                    new dev.mailbench.api.model.Customer("復元される商事", "", "", "", "", "")));
            crashed.recovery().flush();
        }

        start(true);
        SwingUtilities.invokeLater(() -> frame.files().openFile(file));
        JOptionPaneFixture pane = Dialogs.optionPane(window);
        assertThat(pane.target().getMessage().toString()).contains("前回保存されていない変更があります");
        Dialogs.press(pane.buttonWithText("復元"));

        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().name())).isEqualTo("復元される商事");
        assertThat(GuiActionRunner.execute(() -> workbench.session().isDirty())).isTrue();
        window.textBox("customer.name").requireText("復元される商事");
        // The file itself is only changed by a save.
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("株式会社サンプル商事");
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindow() throws Exception {
        start(false);
        window.textBox("customer.name").selectAll().enterText("Changed Co");
        SwingUtilities.invokeLater(frame::exit);
        JOptionPaneFixture pane = Dialogs.optionPane(window);
        assertThat(pane.target().getMessage().toString()).contains("保存していない変更");
        Dialogs.press(pane.buttonWithText("キャンセル"));

        assertThat(GuiActionRunner.execute(frame::isDisplayable)).isTrue();
        // What was typed became the model value before the question, so nothing was lost.
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().name())).isEqualTo("Changed Co");
    }
}
