package dev.mailbench.design.ui;

import static dev.mailbench.design.engine.Texts.t;

import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/** The mailbox list: address, role, protocol now, the recommendation, risk badges and decision status. */
final class MailboxTableModel extends AbstractTableModel {
    static final int ADDRESS = 0;
    static final int ROLE = 1;
    static final int CURRENT = 2;
    static final int RECOMMENDED = 3;
    static final int RISKS = 4;
    static final int STATUS = 5;

    private final Supplier<Locale> locale;
    private List<MailboxDesign> rows = new ArrayList<>();

    MailboxTableModel(Supplier<Locale> locale) {
        this.locale = locale;
    }

    void setRows(List<MailboxDesign> value) {
        rows = new ArrayList<>(value);
        fireTableDataChanged();
    }

    void replace(MailboxDesign design) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mailbox().id().equals(design.mailbox().id())) {
                rows.set(i, design);
                fireTableRowsUpdated(i, i);
                return;
            }
        }
    }

    MailboxDesign row(int index) {
        return rows.get(index);
    }

    List<MailboxDesign> rows() {
        return List.copyOf(rows);
    }

    int indexOf(String mailboxId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mailbox().id().equals(mailboxId)) {
                return i;
            }
        }
        return -1;
    }

    /** Table cells are narrow: "POP（コピーを残す）" instead of the full label. */
    static String shortLabel(dev.mailbench.api.model.MailProtocol protocol, Locale l) {
        return switch (protocol) {
            case POP_KEEP_COPY -> t(l, "POP（コピーを残す）", "POP (keep copy)");
            case POP_DELETE -> t(l, "POP（削除）", "POP (delete)");
            default -> protocol.label().get(l);
        };
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 6;
    }

    @Override
    public String getColumnName(int column) {
        Locale l = locale.get();
        return switch (column) {
            case ADDRESS -> t(l, "アドレス", "Address");
            case ROLE -> t(l, "役割", "Role");
            case CURRENT -> t(l, "現在", "Now");
            case RECOMMENDED -> t(l, "推奨", "Recommended");
            case RISKS -> t(l, "リスク", "Risks");
            default -> t(l, "状態", "Status");
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == RISKS ? Recommendation.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        MailboxDesign d = rows.get(row);
        Locale l = locale.get();
        Recommendation r = d.recommendation();
        return switch (column) {
            case ADDRESS -> d.mailbox().address();
            case ROLE -> d.mailbox().role().label().get(l);
            case CURRENT -> shortLabel(r.currentProtocol(), l);
            case RECOMMENDED -> (r.changesProtocol() ? "→ " : "") + shortLabel(r.protocol(), l);
            case RISKS -> r;
            default -> d.status().label().get(l);
        };
    }
}
