package dev.mailbench.hello.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.hello.HelloNote;
import dev.mailbench.hello.engine.Greeting;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The sample's panel: a greeting for the open project's customer and a note kept in the project.
 *
 * <p>How a panel follows the host: fixed texts are bound once with {@code api.i18n().bind*} and the host
 * relabels them on a language switch; the greeting is computed, so it is rebuilt in
 * {@link PanelScope#onLocaleChanged}. Project edits (including undo) arrive through
 * {@link PanelScope#onProjectEvent}; when another project is opened the host builds a new panel. Both
 * listeners end with the panel: nothing is left registered when its tab closes.
 */
public final class HelloPanel extends JPanel {
    private static final LocalizedText NOTE = LocalizedText.of("お客様へのひとこと", "Note for the customer");
    private static final LocalizedText NOTE_HINT = LocalizedText.of("例: 次回の訪問は 4 月です", "e.g. Next visit in April");
    private static final LocalizedText SAVE = LocalizedText.of("保存", "Save");
    private static final LocalizedText SAVE_EDIT = LocalizedText.of("ひとことを保存", "Save the note");

    private final WorkbenchApi api;
    private final JLabel greeting = new JLabel();
    private final JTextField note = new JTextField(30);
    /** The stored note the field last showed. */
    private String shownNote;

    public HelloPanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("insets 16, wrap 2", "[][grow,fill]"));
        this.api = api;
        setName("hello.panel");
        I18nApi i18n = api.i18n();

        greeting.setName("hello.greeting");
        greeting.putClientProperty("FlatLaf.styleClass", "h2");
        add(greeting, "span 2, gapbottom 12");

        add(i18n.bind(new JLabel(), NOTE));
        note.setName("hello.note");
        i18n.bindPlaceholder(note, NOTE_HINT);
        add(note);

        JButton save = i18n.bind(new JButton(), SAVE);
        save.setName("hello.save");
        save.addActionListener(e -> save());
        add(save, "skip 1, growx 0");

        scope.onLocaleChanged(locale -> showGreeting());
        scope.onProjectEvent(event -> showProject());
        showProject();
    }

    private void showProject() {
        showGreeting();
        String stored = api.project().readSection(HelloNote.class).map(HelloNote::text).orElse("");
        // Only a change of the stored note (an undo, say) replaces the field: another edit or a save of the
        // project must not throw away what the consultant is typing.
        if (!stored.equals(shownNote)) {
            shownNote = stored;
            note.setText(stored);
        }
    }

    private void showGreeting() {
        greeting.setText(api.i18n().text(Greeting.forCustomer(api.project().current().customer().name())));
    }

    /** One undoable edit; the host stores the record as plain JSON under {@code plugins.hello}. */
    private void save() {
        api.project().writeSection(api.i18n().text(SAVE_EDIT), new HelloNote(note.getText()));
    }
}
