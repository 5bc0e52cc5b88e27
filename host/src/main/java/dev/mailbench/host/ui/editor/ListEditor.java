package dev.mailbench.host.ui.editor;

import dev.mailbench.api.model.Identified;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * A table of one kind of project element (domains, mailboxes, ...) with add and remove, and a form for
 * the selected element. Subclasses say how to read and write their list and build their form.
 */
public abstract class ListEditor<T extends Record & Identified> extends EditorPanel {
    /** A table column: message key, preferred width, value. */
    protected record Column<T>(String key, int width, Function<T, Object> value) {
    }

    protected final Form form;
    private final String entity;
    private final String idPrefix;
    private final String addKey;
    private final String removeKey;
    private final List<Column<T>> columns;
    private final RowsModel rowsModel;
    private final JTable table;
    private final JButton removeButton;
    private final JPanel formPanel;
    private final JLabel emptyHint;
    private final Map<String, String> rowSeverity = new HashMap<>();
    private List<T> rows = List.of();
    private String selectedId = "";
    private boolean refreshing;

    protected ListEditor(String editorId, EditorContext context, String titleKey, String hintKey, String entity,
                         String idPrefix, String addKey, String removeKey, List<Column<T>> columns) {
        super(editorId, context, titleKey, hintKey);
        this.entity = entity;
        this.idPrefix = idPrefix;
        this.addKey = addKey;
        this.removeKey = removeKey;
        this.columns = columns;
        this.form = new Form(context, entity, () -> selectedId);
        this.rowsModel = new RowsModel();
        this.table = new JTable(rowsModel);

        table.setName(editorId + ".table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setShowHorizontalLines(true);
        table.getTableHeader().setReorderingAllowed(false);
        String[] keys = new String[columns.size() + 1];
        keys[0] = "common.empty";
        for (int i = 0; i < columns.size(); i++) {
            keys[i + 1] = columns.get(i).key();
        }
        Texts.bindColumns(table, keys);
        table.getColumnModel().getColumn(0).setHeaderValue("");
        table.getColumnModel().getColumn(0).setMaxWidth(22);
        table.getColumnModel().getColumn(0).setMinWidth(22);
        table.getColumnModel().getColumn(0).setCellRenderer(new SeverityRenderer());
        for (int i = 0; i < columns.size(); i++) {
            table.getColumnModel().getColumn(i + 1).setPreferredWidth(columns.get(i).width());
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !refreshing) {
                selectionChanged();
            }
        });

        JButton addButton = Texts.bind(new JButton(), "common.add");
        Texts.bindTooltip(addButton, addKey);
        addButton.setName(editorId + ".add");
        addButton.addActionListener(e -> addElement());
        removeButton = Texts.bind(new JButton(), "common.remove");
        Texts.bindTooltip(removeButton, removeKey);
        removeButton.setName(editorId + ".remove");
        removeButton.addActionListener(e -> removeSelected());

        JPanel listPanel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 6", "[][]"));
        buttons.add(addButton);
        buttons.add(removeButton);
        listPanel.add(buttons);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setName(editorId + ".tableScroll");
        listPanel.add(tableScroll);

        formPanel = new JPanel(new MigLayout("insets 4 4 4 12, hidemode 3, gapy 6", "[right]12[grow,fill]"));
        formPanel.setName(editorId + ".form");
        emptyHint = Styles.muted(Texts.label("editor.list.empty"));
        emptyHint.setHorizontalAlignment(SwingConstants.CENTER);
        JPanel formHolder = new dev.mailbench.host.ui.ScrollablePanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow,fill]", "[][grow,fill]"));
        formHolder.add(Styles.section(editorKey("edit")), "gapbottom 8");
        formHolder.add(formPanel, "aligny top");
        formHolder.add(emptyHint, "growx");
        JScrollPane formScroll = new JScrollPane(formHolder, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        formScroll.setBorder(null);
        formScroll.getVerticalScrollBar().setUnitIncrement(16);

        JPanel body = new JPanel(new MigLayout("insets 0, fill, gap 20", listColumn() + "[grow,fill]", "[grow,fill]"));
        body.add(listPanel);
        body.add(formScroll);
        add(body);
    }

    /** The width constraint of the list column; wider for lists with many columns. */
    protected String listColumn() {
        return "[:400:480,fill]";
    }

    private String editorKey(String suffix) {
        return addKey.substring(0, addKey.lastIndexOf('.') + 1) + suffix;
    }

    /** Called once by the subclass constructor after its own fields exist. */
    protected final void buildForm() {
        buildForm(formPanel);
        showSelection();
    }

    protected abstract void buildForm(JPanel panel);

    protected abstract List<T> list(Project project);

    protected abstract Project withList(Project project, List<T> list);

    protected abstract T create(Project project, String id);

    /** What the removal question calls the element. */
    protected abstract String displayName(T element);

    /** Removing an element may leave references elsewhere (a device's mailbox); clear them here. */
    protected Project afterRemove(Project project, String removedId) {
        return project;
    }

    /** Hook for subclasses that keep extra widgets in step with the selected element. */
    protected void selectedChanged(Project project, Optional<T> element) {
    }

    public String selectedId() {
        return selectedId;
    }

    public JTable table() {
        return table;
    }

    protected Optional<T> selected(Project project) {
        return list(project).stream().filter(e -> e.id().equals(selectedId)).findFirst();
    }

    protected Project editSelected(Project project, UnaryOperator<T> edit) {
        return withList(project, Project.update(list(project), selectedId, edit));
    }

    /** Binds a text field to a String component of the selected element. */
    /** A text field of the selected element, read with {@code read} and written with {@code write}. */
    protected Form.TextAccess field(java.util.function.Function<T, String> read,
                                    java.util.function.BiFunction<T, String, T> write) {
        return new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(read).orElse("");
            }

            @Override
            public Project write(Project p, String text) {
                return editSelected(p, e -> write.apply(e, text));
            }
        };
    }

    protected Form.TextAccess field(String component) {
        return new Form.TextAccess() {
            @Override
            public String read(Project p) {
                return selected(p).map(e -> RecordCopy.text(e, component)).orElse("");
            }

            @Override
            public Project write(Project p, String text) {
                return editSelected(p, e -> RecordCopy.with(e, component, text));
            }
        };
    }

    // ---- selection ----

    private void selectionChanged() {
        int row = table.getSelectedRow();
        String newId = row < 0 || row >= rows.size() ? "" : rows.get(table.convertRowIndexToModel(row)).id();
        if (newId.equals(selectedId)) {
            return;
        }
        if (!form.commit()) {
            // Text the model cannot hold stays where it was typed; the consultant fixes it first.
            selectRow(selectedId);
            return;
        }
        selectedId = newId;
        selectRow(newId);
        showSelection();
        context.draftsChanged();
    }

    public void select(String id) {
        if (!form.commit()) {
            return;
        }
        selectedId = id;
        selectRow(id);
        showSelection();
        context.draftsChanged();
    }

    private void selectRow(String id) {
        refreshing = true;
        try {
            table.clearSelection();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    int view = table.convertRowIndexToView(i);
                    table.setRowSelectionInterval(view, view);
                    table.scrollRectToVisible(table.getCellRect(view, 0, true));
                }
            }
        } finally {
            refreshing = false;
        }
    }

    private void showSelection() {
        Project project = context.session().project();
        Optional<T> element = selected(project);
        formPanel.setVisible(element.isPresent());
        emptyHint.setVisible(element.isEmpty());
        removeButton.setEnabled(element.isPresent());
        form.load(project);
        selectedChanged(project, element);
        revalidate();
        repaint();
    }

    // ---- add / remove ----

    private void addElement() {
        form.commit();
        Set<String> ids = list(context.session().project()).stream().map(Identified::id).collect(Collectors.toSet());
        String id;
        do {
            id = idPrefix + UUID.randomUUID().toString().substring(0, 8);
        } while (ids.contains(id));
        String newId = id;
        form.discardDrafts();
        context.session().update(Texts.get(addKey), p -> {
            List<T> list = new ArrayList<>(list(p));
            list.add(create(p, newId));
            return withList(p, list);
        });
        select(newId);
        focusFirstField();
    }

    protected void focusFirstField() {
        for (Component c : formPanel.getComponents()) {
            if (c instanceof javax.swing.JTextField field) {
                field.requestFocusInWindow();
                return;
            }
        }
    }

    private void removeSelected() {
        Project project = context.session().project();
        Optional<T> element = selected(project);
        if (element.isEmpty()) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(context.dialogParent(),
                Texts.format("editor.remove.question", displayName(element.get())), Texts.get("editor.remove.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        int index = rows.indexOf(element.get());
        String id = element.get().id();
        form.discardDrafts();
        context.session().update(Texts.get(removeKey),
                p -> afterRemove(withList(p, Project.remove(list(p), id)), id));
        List<T> remaining = list(context.session().project());
        selectedId = "";
        select(remaining.isEmpty() ? "" : remaining.get(Math.min(Math.max(index, 0), remaining.size() - 1)).id());
    }

    // ---- EditorPanel ----

    @Override
    public void projectChanged(Project project) {
        rows = list(project);
        refreshing = true;
        try {
            rowsModel.fireTableDataChanged();
        } finally {
            refreshing = false;
        }
        if (selected(project).isEmpty()) {
            form.discardDrafts();
            selectedId = rows.isEmpty() ? "" : rows.get(0).id();
        }
        selectRow(selectedId);
        showSelection();
    }

    @Override
    public Project applyDrafts(Project project) {
        return form.applyDrafts(project);
    }

    @Override
    public boolean hasDrafts() {
        return form.hasDrafts();
    }

    @Override
    public void focusField(String field) {
        form.focus(field);
    }

    @Override
    public int unreadableCount() {
        return form.unreadableCount();
    }

    @Override
    public boolean commitDrafts() {
        return form.commit();
    }

    @Override
    public void validated(Project candidate, List<ValidationProblem> problems) {
        form.decorate(problems);
        rowSeverity.clear();
        for (ValidationProblem p : problems) {
            if (entity.equals(p.entity()) && p.entityId() != null) {
                rowSeverity.merge(p.entityId(), Form.isError(p) ? "error" : "warning",
                        (a, b) -> "error".equals(a) || "error".equals(b) ? "error" : "warning");
            }
        }
        table.repaint();
    }

    @Override
    public void localeChanged() {
        table.getColumnModel().getColumn(0).setHeaderValue("");
        rowsModel.fireTableRowsUpdated(0, Math.max(0, rows.size() - 1));
        selectRow(selectedId);
        super.localeChanged();
    }

    private final class RowsModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size() + 1;
        }

        @Override
        public Object getValueAt(int row, int column) {
            T element = rows.get(row);
            return column == 0 ? element.id() : columns.get(column - 1).value().apply(element);
        }
    }

    /** A coloured dot on rows the validator complains about. */
    private final class SeverityRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, "", selected, false, row, column);
            String severity = rowSeverity.get(String.valueOf(value));
            setHorizontalAlignment(SwingConstants.CENTER);
            if (severity != null) {
                setText("●");
                setForeground(javax.swing.UIManager.getColor("error".equals(severity)
                        ? "Component.error.focusedBorderColor" : "Component.warning.focusedBorderColor"));
            }
            return this;
        }
    }
}
