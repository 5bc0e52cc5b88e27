package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.host.ui.editor.MailboxesEditor;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real flows through the workbench window, driven by AssertJ Swing under Xvfb. */
class WorkbenchFrameTest extends WorkbenchUiTestBase {
    /** AssertJ Swing maps the old-style masks to the modifier keys it presses. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    private Path projectFile;

    @BeforeEach
    void openSampleCopy() throws Exception {
        projectFile = temp.resolve("shoji.mailbench.json");
        Files.copy(samplePath(), projectFile);
        open(emptyPluginsDir(temp), projectFile, false);
    }

    @Test
    void mailboxAddedInTheFormIsSavedAndReopened() throws Exception {
        // Opened as the navigator does: a robot click on a tree row is now and then lost under X without a window manager.
        GuiActionRunner.execute(() -> frame.openTab(MailboxesEditor.ID));
        window.panel("editor.mailboxes").requireVisible();
        Dialogs.press(window.button("mailboxes.add"));
        // A new mailbox starts with the project's domain after the @: only the local part is typed (issue 20).
        window.textBox("mailbox.address").requireFocused().requireText("@sample-shoji.test").enterText("keiri");
        window.textBox("mailbox.address").requireText("keiri@sample-shoji.test");
        window.textBox("mailbox.displayName").click().enterText("Sales desk");
        window.textBox("mailbox.quotaMb").click().selectAll().enterText("1500");
        choose(window.comboBox("mailbox.protocol"), 1);
        Dialogs.choose(window, "menu.file.save");

        assertThat(GuiActionRunner.execute(() -> workbench.session().isDirty())).isFalse();
        closeWindow();

        open(emptyPluginsDir(temp), projectFile, false);
        Mailbox added = GuiActionRunner.execute(() -> workbench.session().project().mailboxes().stream()
                .filter(m -> m.address().equals("keiri@sample-shoji.test")).findFirst().orElseThrow());
        assertThat(added.displayName()).isEqualTo("Sales desk");
        // keiri@ is guessed to be the billing mailbox; the role stays editable.
        assertThat(added.role()).isEqualTo(dev.mailbench.api.model.MailboxRole.BILLING);
        assertThat(added.quotaMb()).isEqualTo(1500);
        assertThat(added.protocol()).isEqualTo(dev.mailbench.api.model.MailProtocol.POP_KEEP_COPY);
        assertThat(added.id()).startsWith("m-");
        // Opened as the navigator does: a robot click on a tree row is now and then lost under X without a window manager.
        GuiActionRunner.execute(() -> frame.openTab(MailboxesEditor.ID));
        assertThat(java.util.Arrays.asList(window.table("mailboxes.table").contents())).anySatisfy(row ->
                assertThat(row).contains("keiri@sample-shoji.test"));
    }

    @Test
    void fileMenuOpensTheHandoverExportAndChecklistImportDialogs() {
        Dialogs.choose(window, "menu.file.exportHandover");
        org.assertj.swing.fixture.DialogFixture export = Dialogs.settled(window, "handover.exportDialog");
        export.requireVisible();
        export.close();

        Dialogs.choose(window, "menu.file.importChecklist");
        org.assertj.swing.fixture.DialogFixture importDialog = Dialogs.settled(window, "handover.importDialog");
        importDialog.button("handover.import.apply").requireDisabled();
        importDialog.close();
    }

    @Test
    void invalidAddressIsMarkedAsYouTypeAndClearedWhenFixed() {
        GuiActionRunner.execute(() -> frame.openTab(MailboxesEditor.ID));
        window.table("mailboxes.table").selectRows(0);
        JTextComponentFixture address = window.textBox("mailbox.address");
        JLabel message = window.robot().finder().findByName(frame, "mailbox.address.message", JLabel.class, false);
        assertThat(message.isVisible()).isFalse();
        String before = window.label("status.problems").text();

        address.selectAll().enterText("info at sample-shoji");
        Pause.pause(visible(message, true), Timeout.timeout(5000));
        assertThat(message.getText()).isNotBlank();
        assertThat(outline(address.target())).isEqualTo("error");
        assertThat(window.label("status.problems").text()).isNotEqualTo(before).contains("エラー");
        // Nothing typed is lost: the text stays, and the draft becomes the model value on Enter.
        address.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(address.text()).isEqualTo("info at sample-shoji");
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().mailboxes().get(0).address()))
                .isEqualTo("info at sample-shoji");

        address.selectAll().enterText("info@sample-shoji.test");
        Pause.pause(visible(message, false), Timeout.timeout(5000));
        assertThat(outline(address.target())).isNull();
        assertThat(window.label("status.problems").text()).isEqualTo(before);
    }

    @Test
    void undoAndRedoRevertTheModelAndTheForm() {
        JTextComponentFixture name = window.textBox("customer.name");
        String original = name.text();
        name.selectAll().enterText("ACME Trading").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(customerName()).isEqualTo("ACME Trading");

        window.menuItem("menu.edit.undo").requireEnabled();
        assertThat(window.menuItem("menu.edit.undo").target().getText()).contains("会社名・屋号");
        Dialogs.choose(window, "menu.edit.undo");
        assertThat(customerName()).isEqualTo(original);
        name.requireText(original);

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Y).modifiers(CTRL));
        assertThat(customerName()).isEqualTo("ACME Trading");
        name.requireText("ACME Trading");

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        assertThat(customerName()).isEqualTo(original);
        name.requireText(original);
    }

    @Test
    void typedTextIsCommittedBeforeUndoSoNothingIsLost() {
        JTextComponentFixture name = window.textBox("customer.name");
        String original = name.text();
        name.selectAll().enterText("Draft Co");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        assertThat(customerName()).isEqualTo(original);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Y).modifiers(CTRL));
        assertThat(customerName()).isEqualTo("Draft Co");
    }

    @Test
    void switchingToEnglishRelabelsTheMenusAndBack() {
        assertThat(menuText("menu.file")).isEqualTo("ファイル");
        switchLanguage(1);
        Pause.pause(menuText("menu.file", "File"), Timeout.timeout(5000));
        assertThat(menuText("menu.edit")).isEqualTo("Edit");
        assertThat(menuText("menu.file.save")).isEqualTo("Save");
        window.label("header.title").requireText("Customer / Consultant");

        switchLanguage(0);
        Pause.pause(menuText("menu.file", "ファイル"), Timeout.timeout(5000));
        assertThat(menuText("menu.help")).isEqualTo("ヘルプ");
        assertThat(GuiActionRunner.execute(() -> workbench.settings().language())).isEqualTo("ja");
    }

    @Test
    void switchingToTheDarkThemeNeedsNoRestart() {
        java.awt.Color lightBackground = GuiActionRunner.execute(() -> frame.getContentPane().getBackground());
        try {
            chooseTheme(1);
            Pause.pause(new Condition("dark theme") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLaf.isLafDark()
                            && !frame.getContentPane().getBackground().equals(lightBackground));
                }
            }, Timeout.timeout(5000));
            assertThat(GuiActionRunner.execute(() -> workbench.settings().theme())).isEqualTo("dark");
        } finally {
            chooseTheme(0);
        }
        Pause.pause(new Condition("light theme") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !com.formdev.flatlaf.FlatLaf.isLafDark());
            }
        }, Timeout.timeout(5000));
    }

    private void chooseTheme(int index) {
        Dialogs.choose(window, "menu.settings.open");
        var dialog = Dialogs.settled(window, "settingsDialog");
        choose(dialog.comboBox("settings.theme"), index);
        Dialogs.press(dialog.button("settings.ok"));
    }

    private void switchLanguage(int index) {
        Dialogs.choose(window, "menu.settings.open");
        var dialog = Dialogs.settled(window, "settingsDialog");
        choose(dialog.comboBox("settings.language"), index);
        Dialogs.press(dialog.button("settings.ok"));
    }

    /**
     * Picks a combo entry without its popup: under Xvfb without a window manager, the click that closes a
     * heavyweight popup sometimes swallows the next click, which made these flows flaky.
     */
    private static void choose(org.assertj.swing.fixture.JComboBoxFixture combo, int index) {
        javax.swing.JComboBox<?> target = combo.target();
        GuiActionRunner.execute(() -> target.setSelectedIndex(index));
    }

    private String customerName() {
        return GuiActionRunner.execute(() -> workbench.session().project().customer().name());
    }

    private static Object outline(JComponent component) {
        return GuiActionRunner.execute(() -> component.getClientProperty("JComponent.outline"));
    }

    private static Condition visible(JLabel label, boolean expected) {
        return new Condition("message visible = " + expected) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> label.isShowing() == expected);
            }
        };
    }

    private Condition menuText(String name, String text) {
        return new Condition(name + " reads " + text) {
            @Override
            public boolean test() {
                return text.equals(menuText(name));
            }
        };
    }

    private String menuText(String name) {
        javax.swing.JMenuItem item = window.menuItem(name).target();
        return GuiActionRunner.execute(item::getText);
    }
}
