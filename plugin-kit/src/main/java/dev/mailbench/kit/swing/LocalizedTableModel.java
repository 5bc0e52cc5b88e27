package dev.mailbench.kit.swing;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * Rows of {@code R} under columns named in both languages. The panel binds {@link #columns()} to the table's
 * headers, which the host relabels on a language switch; {@link #getColumnName} answers in the current language
 * for whoever asks the model. Cells that show text render it through {@link #i18n} when they are painted.
 */
public abstract class LocalizedTableModel<R> extends AbstractTableModel {
    protected final I18nApi i18n;
    private final LocalizedText[] columns;
    private List<R> rows = List.of();

    protected LocalizedTableModel(I18nApi i18n, LocalizedText... columns) {
        this.i18n = i18n;
        this.columns = columns.clone();
    }

    public LocalizedText[] columns() {
        return columns.clone();
    }

    public void setRows(List<R> value) {
        rows = List.copyOf(value);
        fireTableDataChanged();
    }

    /** Replaces one row and repaints it alone (a full data change would clear the table's selection). */
    public void replaceRow(int index, R value) {
        List<R> copy = new ArrayList<>(rows);
        copy.set(index, value);
        rows = List.copyOf(copy);
        fireTableRowsUpdated(index, index);
    }

    public R row(int index) {
        return rows.get(index);
    }

    public List<R> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return i18n.text(columns[column]);
    }
}
