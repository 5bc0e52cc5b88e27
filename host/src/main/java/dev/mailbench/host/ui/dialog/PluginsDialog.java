package dev.mailbench.host.ui.dialog;

import dev.mailbench.host.plugins.PluginHost;
import dev.mailbench.host.plugins.PluginStatus;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.Frame;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * プラグイン一覧: every plugin with its version, state (起動中 / 無効 / 失敗) and error, and a check box
 * that enables or disables it from the next start.
 */
public final class PluginsDialog extends JDialog {
    private final PluginHost host;
    private final List<PluginStatus> plugins;
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final JTextArea error = new JTextArea(5, 40);
    private final JTable table;

    public PluginsDialog(Frame owner, PluginHost host) {
        super(owner, Texts.get("dialog.plugins.title"), true);
        this.host = host;
        this.plugins = List.copyOf(host.plugins());
        for (PluginStatus p : plugins) {
            enabled.put(p.id(), !"DISABLED".equals(String.valueOf(p.state())));
        }
        setName("pluginsDialog");
        JPanel content = new JPanel(new MigLayout(Styles.PANEL_INSETS + ", fill, wrap 1", "[grow,fill]",
                "[][grow,fill][][][]"));
        content.add(Styles.header("dialog.plugins.title", "dialog.plugins.hint"), "gapbottom 8");

        table = new JTable(new Model());
        table.setName("plugins.table");
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        int[] widths = {50, 150, 80, 70, 260, 220};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getColumnModel().getColumn(0).setMaxWidth(60);
        table.getColumnModel().getColumn(3).setCellRenderer(new StateRenderer());
        table.getSelectionModel().addListSelectionListener(e -> showError());
        JScrollPane scroll = new JScrollPane(table);
        content.add(scroll);
        if (plugins.isEmpty()) {
            content.add(Styles.muted(Texts.label("dialog.plugins.none")));
        }

        content.add(Styles.section("dialog.plugins.error"), "gaptop 8");
        error.setName("plugins.error");
        error.setEditable(false);
        error.setLineWrap(true);
        error.setWrapStyleWord(true);
        Styles.styleClass(error, "monospaced");
        content.add(new JScrollPane(error), "h 90!");

        JLabel note = Texts.label("dialog.plugins.restartNote");
        note.setName("plugins.restartNote");
        Styles.style(note, Styles.WARNING_FOREGROUND);
        JButton close = Texts.bind(new JButton(), "common.close");
        close.setName("plugins.close");
        close.addActionListener(e -> dispose());
        JPanel bottom = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        bottom.add(note);
        bottom.add(close);
        content.add(bottom, "gaptop 8");
        getRootPane().setDefaultButton(close);
        setContentPane(content);
        setSize(900, 520);
        setLocationRelativeTo(owner);
        int firstFailed = -1;
        for (int i = 0; i < plugins.size(); i++) {
            if ("FAILED".equals(String.valueOf(plugins.get(i).state()))) {
                firstFailed = i;
                break;
            }
        }
        if (!plugins.isEmpty()) {
            int row = Math.max(firstFailed, 0);
            table.setRowSelectionInterval(row, row);
        }
    }

    private void showError() {
        int row = table.getSelectedRow();
        String text = row < 0 ? "" : errorText(plugins.get(row));
        error.setText(text);
        error.setCaretPosition(0);
    }

    private static String errorText(PluginStatus status) {
        Object e = status.error();
        if (e == null) {
            return "";
        }
        if (e instanceof Throwable t) {
            return t.getClass().getName() + ": " + t.getMessage();
        }
        return String.valueOf(e);
    }

    private final class Model extends AbstractTableModel {
        private final String[] keys = {"dialog.plugins.col.enabled", "dialog.plugins.col.id",
                "dialog.plugins.col.version", "dialog.plugins.col.state", "dialog.plugins.col.description",
                "dialog.plugins.error"};

        @Override
        public int getRowCount() {
            return plugins.size();
        }

        @Override
        public int getColumnCount() {
            return keys.length;
        }

        @Override
        public String getColumnName(int column) {
            return Texts.get(keys[column]);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0;
        }

        @Override
        public Object getValueAt(int row, int column) {
            PluginStatus p = plugins.get(row);
            return switch (column) {
                case 0 -> enabled.get(p.id());
                case 1 -> p.id();
                case 2 -> p.version();
                case 3 -> Texts.get("plugin.state." + p.state());
                case 4 -> p.description();
                default -> errorText(p).lines().findFirst().orElse("");
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (column == 0) {
                String id = plugins.get(row).id();
                boolean on = Boolean.TRUE.equals(value);
                host.setEnabled(id, on);
                enabled.put(id, on);
                fireTableRowsUpdated(row, row);
            }
        }
    }

    private final class StateRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            String state = String.valueOf(plugins.get(row).state());
            if (!selected && "FAILED".equals(state)) {
                setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));
            } else if (!selected && "DISABLED".equals(state)) {
                setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
            }
            return this;
        }
    }
}
