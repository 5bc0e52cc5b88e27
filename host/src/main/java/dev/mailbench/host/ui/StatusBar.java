package dev.mailbench.host.ui;

import dev.mailbench.host.ui.i18n.LocaleAware;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.border.MatteBorder;
import net.miginfocom.swing.MigLayout;

/**
 * The bottom line of the window: which file, whether it is saved, what the validator says, and the
 * background tasks with progress and a cancel button each.
 */
public final class StatusBar extends JPanel implements LocaleAware {
    /** A running task as the status bar shows it; {@code fraction < 0} means indeterminate. */
    public record TaskView(long id, String title, double fraction, String message, Runnable cancel) {
    }

    private final JLabel file = new JLabel();
    private final JLabel saveState = new JLabel();
    private final JLabel problems = new JLabel();
    private final JPanel tasks = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3"));
    private final JSeparator saveSeparator = new JSeparator(SwingConstants.VERTICAL);
    private final java.util.Map<Long, TaskRow> taskRows = new java.util.LinkedHashMap<>();
    private Path shownFile;
    private boolean dirty;
    private boolean drafts;
    private int errors;
    private int warnings;
    private int unreadable;

    public StatusBar(Runnable showProblems) {
        super(new MigLayout("insets 4 12 4 8, gap 10, fillx, hidemode 3", "[shrink 100][][][][][grow,right]", "[22!]"));
        setName("statusBar");
        file.setName("status.file");
        saveState.setName("status.saveState");
        problems.setName("status.problems");
        tasks.setName("status.tasks");
        tasks.setOpaque(false);
        Styles.muted(file);
        problems.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        problems.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                showProblems.run();
            }
        });
        add(file, "wmax 45%");
        add(new JSeparator(SwingConstants.VERTICAL), "growy");
        add(saveState);
        add(saveSeparator, "growy");
        add(problems);
        add(tasks, "align right");
        updateBorder();
        refresh();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        updateBorder();
    }

    private void updateBorder() {
        if (file != null) {
            setBorder(new MatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        }
    }

    public void showFile(Path path, boolean isDirty, boolean hasDrafts) {
        shownFile = path;
        dirty = isDirty;
        drafts = hasDrafts;
        refresh();
    }

    /** @param unreadableCount fields holding typed text that cannot be read, which the project does not have yet */
    public void showProblems(int errorCount, int warningCount, int unreadableCount) {
        errors = errorCount;
        warnings = warningCount;
        unreadable = unreadableCount;
        refresh();
    }

    /**
     * Shows the running tasks. Rows are kept per task and updated in place: progress arrives many times a
     * second, and a cancel button rebuilt on every update could not be clicked.
     */
    public void showTasks(List<TaskView> running) {
        java.util.Set<Long> alive = new java.util.HashSet<>();
        for (TaskView task : running) {
            alive.add(task.id());
            taskRows.computeIfAbsent(task.id(), id -> new TaskRow(task)).update(task);
        }
        taskRows.entrySet().removeIf(e -> {
            if (alive.contains(e.getKey())) {
                return false;
            }
            e.getValue().remove();
            return true;
        });
        tasks.setVisible(!taskRows.isEmpty());
        revalidate();
        repaint();
    }

    /** One task's label, progress bar and cancel button. */
    private final class TaskRow {
        final JLabel title = new JLabel();
        final JProgressBar bar = new JProgressBar(0, 1000);
        final JButton cancel = new JButton();
        Runnable cancelAction;

        TaskRow(TaskView task) {
            title.setName("status.task.title");
            bar.setName("status.task.progress");
            cancel.setName("status.task.cancel");
            cancel.putClientProperty("JButton.buttonType", "borderless");
            Styles.styleClass(cancel, "small");
            cancel.addActionListener(e -> {
                cancel.setEnabled(false);
                cancelAction.run();
            });
            tasks.add(title);
            tasks.add(bar, "w 120!");
            tasks.add(cancel);
        }

        void update(TaskView task) {
            cancelAction = task.cancel();
            title.setText(task.title());
            title.setToolTipText(task.message().isEmpty() ? null : task.message());
            bar.setIndeterminate(task.fraction() < 0);
            bar.setValue((int) Math.round(Math.max(0, task.fraction()) * 1000));
            bar.setToolTipText(task.message().isEmpty() ? null : task.message());
            cancel.setText(Texts.get("status.task.cancel"));
            cancel.setToolTipText(Texts.format("status.task.cancelTooltip", task.title()));
        }

        void remove() {
            tasks.remove(title);
            tasks.remove(bar);
            tasks.remove(cancel);
        }
    }

    private void refresh() {
        file.setText(shownFile == null ? Texts.get("status.noFile") : shownFile.toString());
        file.setToolTipText(shownFile == null ? null : shownFile.toString());
        saveState.setText(Texts.get(drafts ? "status.draft" : dirty ? "status.unsaved" : "status.saved"));
        // An untitled project with no edits has nothing to be "saved" about.
        saveState.setVisible(shownFile != null || dirty || drafts);
        saveSeparator.setVisible(saveState.isVisible());
        Styles.style(saveState, dirty || drafts ? Styles.WARNING_FOREGROUND : Styles.MUTED_FOREGROUND);
        if (unreadable > 0) {
            problems.setText(Texts.format("status.problems.unreadable", errors, warnings, unreadable));
            Styles.style(problems, Styles.ERROR_FOREGROUND);
        } else if (errors == 0 && warnings == 0) {
            problems.setText(Texts.get("status.problems.none"));
            Styles.style(problems, Styles.MUTED_FOREGROUND);
        } else {
            problems.setText(Texts.format("status.problems", errors, warnings));
            Styles.style(problems, errors > 0 ? Styles.ERROR_FOREGROUND : Styles.WARNING_FOREGROUND);
        }
        problems.setToolTipText(Texts.get("status.problems.tooltip"));
    }

    @Override
    public void localeChanged() {
        refresh();
    }
}
