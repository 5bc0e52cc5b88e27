package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.ui.editor.PeopleEditor;
import javax.swing.JMenuItem;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Issue 20: a person's address is picked from the project's mailboxes instead of typed again. */
class PersonAddressPickUiTest extends WorkbenchUiTestBase {
    @Test
    void aPersonsAddressIsPickedFromTheMailboxes() throws Exception {
        open();
        GuiActionRunner.execute(() -> frame.openTab(PeopleEditor.ID));
        window.table("people.table").selectRows(0);
        String person = GuiActionRunner.execute(() -> workbench.session().project().people().get(0).id());

        Dialogs.press(window.button("person.email.pick"));
        JMenuItem billing = window.robot().finder().find(new GenericTypeMatcher<>(JMenuItem.class, true) {
            @Override
            protected boolean isMatching(JMenuItem item) {
                return "person.email.mailbox.billing@sample-shoji.test".equals(item.getName());
            }
        });
        GuiActionRunner.execute(() -> billing.doClick());
        window.robot().waitForIdle();

        window.textBox("person.email").requireText("billing@sample-shoji.test");
        assertThat(GuiActionRunner.execute(() -> workbench.session().project().person(person).orElseThrow().email()))
                .isEqualTo("billing@sample-shoji.test");
    }
}
