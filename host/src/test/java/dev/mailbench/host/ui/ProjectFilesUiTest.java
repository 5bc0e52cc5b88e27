package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
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

    @Test
    void aSlowOpenKeepsTheWindowAnsweringAndCancelKeepsTheOpenProject() throws Exception {
        start(false);
        Path file = slowProject("大きい商事");
        CountDownLatch release = readSlowly();

        SwingUtilities.invokeLater(() -> frame.files().openFile(file));
        JDialog wait = waitDialog();
        // The event thread still answers while the file is read.
        assertThat(GuiActionRunner.execute(() -> frame.isShowing())).isTrue();
        assertThat(GuiActionRunner.execute(() -> label(wait).getText())).contains("slow.mailbench.json");

        GuiActionRunner.execute(() -> cancelButton(wait).doClick());
        release.countDown();
        Pause.pause(new Condition("wait dialog closed") {
            @Override
            public boolean test() {
                return !GuiActionRunner.execute(wait::isDisplayable);
            }
        }, Timeout.timeout(10_000));
        window.robot().waitForIdle();

        assertThat(GuiActionRunner.execute(() -> workbench.session().project().customer().name()))
                .isEqualTo("株式会社サンプル商事");
        assertThat(GuiActionRunner.execute(() -> workbench.session().file())).isEmpty();
    }

    @Test
    void aSlowOpenThatFinishesOpensTheFile() throws Exception {
        start(false);
        Path file = slowProject("大きい商事");
        CountDownLatch release = readSlowly();

        SwingUtilities.invokeLater(() -> frame.files().openFile(file));
        JDialog wait = waitDialog();
        release.countDown();
        Pause.pause(new Condition("project opened") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> workbench.session().project().customer().name()).equals("大きい商事");
            }
        }, Timeout.timeout(10_000));
        assertThat(GuiActionRunner.execute(wait::isDisplayable)).isFalse();
        assertThat(GuiActionRunner.execute(() -> workbench.session().file())).contains(file.toAbsolutePath().normalize());
    }

    private Path slowProject(String customer) throws Exception {
        Path file = temp.resolve("slow.mailbench.json");
        String text = Files.readString(samplePath(), StandardCharsets.UTF_8).replaceFirst("株式会社サンプル商事", customer);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Makes opening wait until the returned latch is released, as a very large file would. */
    private CountDownLatch readSlowly() {
        CountDownLatch release = new CountDownLatch(1);
        GuiActionRunner.execute(() -> frame.files().setReaderForTest(path -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return workbench.readProject(path);
        }));
        return release;
    }

    private static JDialog waitDialog() {
        JDialog[] found = new JDialog[1];
        Pause.pause(new Condition("progress dialog shown") {
            @Override
            public boolean test() {
                found[0] = GuiActionRunner.execute(() -> {
                    for (Window w : Window.getWindows()) {
                        if (w instanceof JDialog d && "waitWithCancel".equals(d.getName()) && d.isShowing()) {
                            return d;
                        }
                    }
                    return null;
                });
                return found[0] != null;
            }
        }, Timeout.timeout(10_000));
        return found[0];
    }

    private static <T extends Component> T named(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = named(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JButton cancelButton(JDialog wait) {
        return named(wait.getContentPane(), "waitWithCancel.cancel", JButton.class);
    }

    private static JLabel label(JDialog wait) {
        return named(wait.getContentPane(), "waitWithCancel.message", JLabel.class);
    }
}
