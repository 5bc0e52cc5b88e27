package dev.mailbench.host.ui.dialog;

import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Frame;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/** The validator's findings as a list; double-click jumps to the field's editor. */
public final class ProblemsDialog extends JDialog {
    /**
     * @param placeOf where a problem is, in the consultant's words (never internal ids)
     * @param goTo    opens the editor of a problem and puts the focus on its field
     */
    public ProblemsDialog(Frame owner, List<ValidationProblem> problems, java.util.function.Function<ValidationProblem, String> placeOf,
                          Consumer<ValidationProblem> goTo) {
        super(owner, Texts.get("dialog.problems.title"), false);
        setName("problemsDialog");
        JPanel content = new JPanel(new MigLayout(Styles.PANEL_INSETS + ", fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        content.add(Styles.header("dialog.problems.title", null));
        JTable table = new JTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return problems.size();
            }

            @Override
            public int getColumnCount() {
                return 3;
            }

            @Override
            public String getColumnName(int column) {
                return Texts.get(switch (column) {
                    case 0 -> "dialog.problems.col.severity";
                    case 1 -> "dialog.problems.col.where";
                    default -> "dialog.problems.col.message";
                });
            }

            @Override
            public Object getValueAt(int row, int column) {
                ValidationProblem p = problems.get(row);
                return switch (column) {
                    case 0 -> Texts.get("severity." + p.severity());
                    case 1 -> placeOf.apply(p);
                    default -> Texts.of(p.message());
                };
            }
        });
        table.setName("problems.table");
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(1).setPreferredWidth(200);
        table.getColumnModel().getColumn(2).setPreferredWidth(420);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.getSelectedRow();
                if (e.getClickCount() == 2 && row >= 0) {
                    goTo.accept(problems.get(row));
                }
            }
        });
        content.add(new JScrollPane(table));
        JButton close = new JButton(Texts.get("common.close"));
        close.setName("problems.close");
        close.addActionListener(e -> dispose());
        content.add(close, "align right, growx 0");
        setContentPane(content);
        setSize(760, 420);
        setLocationRelativeTo(owner);
    }
}
