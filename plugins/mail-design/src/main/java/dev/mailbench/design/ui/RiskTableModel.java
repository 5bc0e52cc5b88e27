package dev.mailbench.design.ui;

import static dev.mailbench.design.engine.Texts.t;

import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.RiskLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/** The risk table for the whole customer: every risk, contradiction and note, worst first. */
final class RiskTableModel extends AbstractTableModel {
    static final int SEVERITY = 0;
    static final int ADDRESS = 1;
    static final int ISSUE = 2;

    record Row(RiskLevel severity, String mailboxId, String address, RuleFinding finding) {
    }

    private final Supplier<Locale> locale;
    private List<Row> rows = List.of();

    RiskTableModel(Supplier<Locale> locale) {
        this.locale = locale;
    }

    void setDesigns(List<MailboxDesign> designs) {
        List<Row> all = new ArrayList<>();
        for (MailboxDesign d : designs) {
            for (RuleFinding f : d.recommendation().risks()) {
                all.add(new Row(f.severity(), d.mailbox().id(), d.mailbox().address(), f));
            }
        }
        all.sort(Comparator.comparing(Row::severity).reversed()); // stable: mailbox order within a severity
        rows = List.copyOf(all);
        fireTableDataChanged();
    }

    Row row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        Locale l = locale.get();
        return switch (column) {
            case SEVERITY -> t(l, "重要度", "Severity");
            case ADDRESS -> t(l, "アドレス", "Address");
            default -> t(l, "内容", "Issue");
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == SEVERITY ? RiskLevel.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = rows.get(row);
        return switch (column) {
            case SEVERITY -> r.severity();
            case ADDRESS -> r.address();
            default -> r.finding().reason().get(locale.get());
        };
    }
}
