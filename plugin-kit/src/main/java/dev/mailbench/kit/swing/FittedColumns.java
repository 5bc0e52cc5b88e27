package dev.mailbench.kit.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.beans.PropertyChangeListener;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/**
 * Table columns sized from what they show: never narrower than their header or a short value (a badge "注意 2", a
 * state, a date), as wide as their widest cell when
 * there is room, the room shared out when there is not, and a tooltip with the whole text on every cell still
 * too narrow. When even the headers do not fit beside each other the table scrolls sideways instead of cutting
 * them. Follows new rows, new columns and the language switch (a header changing its text).
 *
 * <p>One home for every table of the host and the plugins: {@code FittedColumns.install(table)}; installing twice
 * does nothing.
 */
public final class FittedColumns {
    private static final String INSTALLED = "mailbench.fittedColumns";
    private static final String OWN_TIP = "mailbench.fittedColumns.tip";
    /** A cell wider than this still gets the width; its text is shown whole in a tooltip. */
    private static final int MAX_COLUMN = 420;
    /** Short values (a badge, a state, a date, a number) are never cut: up to this width a column keeps its content. */
    private static final int SHORT = 110;
    /** Room for the cell's own margins and the grid line. */
    private static final int PAD = 12;

    private final JTable table;
    private final java.util.Set<TableColumn> headerListened =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private final java.util.Map<TableColumn, Integer> contentWidths = new java.util.WeakHashMap<>();
    private boolean refitQueued;

    private FittedColumns(JTable table) {
        this.table = table;
    }

    /** Fits {@code table}'s columns now and whenever its rows, columns, headers or width change. */
    public static JTable install(JTable table) {
        if (table.getClientProperty(INSTALLED) != null) {
            return table;
        }
        FittedColumns fitted = new FittedColumns(table);
        table.putClientProperty(INSTALLED, fitted);
        table.getModel().addTableModelListener(e -> fitted.refitLater());
        PropertyChangeListener modelChanged = e -> {
            if ("model".equals(e.getPropertyName()) && e.getNewValue() instanceof javax.swing.table.TableModel model) {
                model.addTableModelListener(ev -> fitted.refitLater());
                fitted.refitLater();
            } else if ("columnModel".equals(e.getPropertyName())) {
                fitted.listenToColumns();
                fitted.refitLater();
            }
        };
        table.addPropertyChangeListener(modelChanged);
        fitted.listenToColumns();
        table.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitted.chooseResizeMode();
            }
        });
        table.addHierarchyListener(e -> {
            if (table.getParent() instanceof JViewport viewport && viewport.getClientProperty(INSTALLED) == null) {
                viewport.putClientProperty(INSTALLED, Boolean.TRUE);
                viewport.addComponentListener(new ComponentAdapter() {
                    @Override
                    public void componentResized(ComponentEvent ev) {
                        fitted.chooseResizeMode();
                    }
                });
                fitted.refitLater();
            }
        });
        fitted.refit();
        return table;
    }

    /** Fits every table inside {@code root} (a panel opened in a tab): the host does this for every tab it shows. */
    public static void installAll(Container root) {
        if (root instanceof JTable table) {
            install(table);
        }
        for (Component child : root.getComponents()) {
            if (child instanceof Container container) {
                installAll(container);
            }
        }
    }

    private void listenToColumns() {
        TableColumnModel columns = table.getColumnModel();
        columns.addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnAdded(TableColumnModelEvent e) {
                refitLater();
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMarginChanged(ChangeEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
    }

    /** Many changes arrive together (a model refilled row by row): one refit after them. */
    private void refitLater() {
        if (!refitQueued) {
            refitQueued = true;
            SwingUtilities.invokeLater(() -> {
                refitQueued = false;
                refit();
            });
        }
    }

    private void refit() {
        TableColumnModel columns = table.getColumnModel();
        for (int col = 0; col < columns.getColumnCount(); col++) {
            TableColumn column = columns.getColumn(col);
            if (!(column.getCellRenderer() instanceof TipRenderer)) {
                column.setCellRenderer(new TipRenderer(column.getCellRenderer()));
            }
            int header = headerWidth(column, col);
            int content = header;
            int rows = Math.min(table.getRowCount(), 500);
            for (int row = 0; row < rows; row++) {
                Component shown = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                content = Math.max(content, shown.getPreferredSize().width + PAD);
            }
            int preferred = Math.max(header, Math.min(content, MAX_COLUMN));
            // A maximum set for one language's short header must not cut the other's longer one.
            column.setMaxWidth(Math.max(column.getMaxWidth(), preferred));
            column.setMinWidth(Math.max(header, Math.min(content, SHORT)));
            contentWidths.put(column, preferred);
            column.setPreferredWidth(preferred);
            if (!headerListened.contains(column)) {
                headerListened.add(column);
                column.addPropertyChangeListener(e -> {
                    if ("headerValue".equals(e.getPropertyName())) {
                        refitLater();
                    }
                });
            }
        }
        chooseResizeMode();
    }

    /** Shares the viewport when the headers fit beside each other; scrolls sideways when they do not. */
    private void chooseResizeMode() {
        if (!(table.getParent() instanceof JViewport viewport)) {
            return;
        }
        int minimum = 0;
        TableColumnModel columns = table.getColumnModel();
        for (int col = 0; col < columns.getColumnCount(); col++) {
            minimum += columns.getColumn(col).getMinWidth();
        }
        int mode = minimum <= viewport.getWidth() ? JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS : JTable.AUTO_RESIZE_OFF;
        // Scrolling sideways, every column is as narrow as it may be, so as many as possible are in sight at once.
        for (int col = 0; col < columns.getColumnCount(); col++) {
            TableColumn column = columns.getColumn(col);
            int wanted = mode == JTable.AUTO_RESIZE_OFF ? column.getMinWidth()
                    : contentWidths.getOrDefault(column, column.getPreferredWidth());
            if (column.getPreferredWidth() != wanted) {
                column.setPreferredWidth(wanted);
            }
        }
        if (table.getAutoResizeMode() != mode) {
            table.setAutoResizeMode(mode);
        }
    }

    private int headerWidth(TableColumn column, int col) {
        JTableHeader header = table.getTableHeader();
        if (header == null) {
            return 0;
        }
        TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : header.getDefaultRenderer();
        Component shown = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, col);
        return shown.getPreferredSize().width + 4;
    }

    /** The column's own renderer (or the table's for the column's class), with the whole text as tooltip when cut. */
    private static final class TipRenderer implements TableCellRenderer {
        private final TableCellRenderer own;

        TipRenderer(TableCellRenderer own) {
            this.own = own;
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                int row, int col) {
            TableCellRenderer delegate = own != null ? own : table.getDefaultRenderer(table.getColumnClass(col));
            Component shown = delegate.getTableCellRendererComponent(table, value, selected, focused, row, col);
            if (shown instanceof JComponent c) {
                boolean cut = c.getPreferredSize().width > table.getColumnModel().getColumn(col).getWidth();
                boolean ours = Boolean.TRUE.equals(c.getClientProperty(OWN_TIP));
                String text = textOf(c);
                if (cut && (c.getToolTipText() == null || ours) && !text.isBlank()) {
                    c.setToolTipText(text);
                    c.putClientProperty(OWN_TIP, Boolean.TRUE);
                } else if (!cut && ours) {
                    c.setToolTipText(null);
                    c.putClientProperty(OWN_TIP, null);
                }
            }
            return shown;
        }

        private static String textOf(Component c) {
            if (c instanceof JLabel label && label.getText() != null) {
                return label.getText();
            }
            if (c instanceof AbstractButton button && button.getText() != null) {
                return button.getText();
            }
            StringBuilder text = new StringBuilder();
            if (c instanceof Container container) {
                for (Component child : container.getComponents()) {
                    String part = textOf(child);
                    if (!part.isBlank()) {
                        text.append(text.length() == 0 ? "" : "  ").append(part);
                    }
                }
            }
            return text.toString();
        }
    }
}
