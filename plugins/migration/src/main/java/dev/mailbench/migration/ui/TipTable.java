package dev.mailbench.migration.ui;

import java.awt.event.MouseEvent;
import javax.swing.JTable;
import javax.swing.table.TableModel;

/** A table whose cells show their whole text as a tooltip: checks and rollbacks are longer than a column. */
final class TipTable extends JTable {
    TipTable(TableModel model) {
        super(model);
        setToolTipText("");
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int row = rowAtPoint(e.getPoint());
        int column = columnAtPoint(e.getPoint());
        if (row < 0 || column < 0) {
            return null;
        }
        Object value = getValueAt(row, column);
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
