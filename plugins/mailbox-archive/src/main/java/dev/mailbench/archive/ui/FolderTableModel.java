package dev.mailbench.archive.ui;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.archive.engine.Inventory;
import dev.mailbench.imap.Sizes;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The folder tree as an indented table: a check box to export, the Japanese name, counts and sizes. */
final class FolderTableModel extends AbstractTableModel {
    static final int SELECTED = 0;
    static final int NAME = 1;
    /** The column headers; the panel binds them to the table so they follow the language. */
    static final LocalizedText[] HEADERS = {LocalizedText.of("", ""), LocalizedText.of("フォルダー", "Folder"),
        LocalizedText.of("通数", "Messages"), LocalizedText.of("未読", "Unread"), LocalizedText.of("サイズ", "Size"),
        LocalizedText.of("最大", "Largest")};
    private List<Inventory.FolderStats> folders = List.of();
    private final List<Boolean> selected = new ArrayList<>();

    void setFolders(List<Inventory.FolderStats> folders) {
        this.folders = List.copyOf(folders);
        selected.clear();
        folders.forEach(f -> selected.add(Boolean.TRUE));
        fireTableDataChanged();
    }

    void selectAll(boolean value) {
        for (int i = 0; i < selected.size(); i++) {
            selected.set(i, value);
        }
        fireTableRowsUpdated(0, Math.max(0, selected.size() - 1));
    }

    List<String> selectedFolders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            if (selected.get(i)) {
                out.add(folders.get(i).name());
            }
        }
        return out;
    }

    boolean allSelected() {
        return !selected.contains(Boolean.FALSE);
    }

    Inventory.FolderStats folder(int row) {
        return folders.get(row);
    }

    @Override
    public int getRowCount() {
        return folders.size();
    }

    @Override
    public int getColumnCount() {
        return HEADERS.length;
    }

    /** Empty: the headers the table shows are {@link #HEADERS}, bound in the current language. */
    @Override
    public String getColumnName(int column) {
        return "";
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == SELECTED ? Boolean.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == SELECTED;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        selected.set(row, Boolean.TRUE.equals(value));
        fireTableCellUpdated(row, column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        Inventory.FolderStats f = folders.get(row);
        return switch (column) {
            case SELECTED -> selected.get(row);
            case NAME -> {
                long depth = f.name().chars().filter(c -> c == f.separator()).count();
                yield "    ".repeat((int) depth) + (depth > 0 ? "└ " : "") + f.leafName();
            }
            case 2 -> String.format("%,d", f.messages());
            case 3 -> f.unseen() < 0 ? "-" : String.format("%,d", f.unseen());
            case 4 -> Sizes.human(f.bytes());
            case 5 -> f.largestBytes() == 0 ? "" : Sizes.human(f.largestBytes());
            default -> "";
        };
    }
}
