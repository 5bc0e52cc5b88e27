package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.LocaleAware;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** One of the project editors shown as a tab: a header with title and hint, then the editor's body. */
public abstract class EditorPanel extends JPanel implements LocaleAware {
    protected final EditorContext context;
    private final String editorId;

    protected EditorPanel(String editorId, EditorContext context, String titleKey, String hintKey) {
        super(new MigLayout(Styles.PANEL_INSETS + ", fill, wrap 1", "[grow,fill]", "[]16[grow,fill]"));
        this.editorId = editorId;
        this.context = context;
        setName("editor." + editorId);
        add(Styles.header(titleKey, hintKey));
    }

    /** The navigator node id of this editor ({@code overview}, {@code mailboxes}, ...). */
    public String editorId() {
        return editorId;
    }

    /** The project was opened, edited, undone or saved: show its values. */
    public abstract void projectChanged(Project project);

    public abstract Project applyDrafts(Project project);

    public abstract boolean hasDrafts();

    /** How many of this editor's fields hold text that cannot be read (a date that is no date, ...). */
    public abstract int unreadableCount();

    /** Puts the keyboard focus on the field a validation problem names (a field name such as "address"). */
    public abstract void focusField(String field);

    /** @return false when some typed text cannot be held by the model (it stays, marked, in its field) */
    public abstract boolean commitDrafts();

    /** The validator's verdict on {@code candidate} (the project with this window's drafts applied). */
    public abstract void validated(Project candidate, List<ValidationProblem> problems);

    @Override
    public void localeChanged() {
        repaint();
    }
}
