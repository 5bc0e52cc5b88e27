package dev.mailbench.design.ui;

import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.RuleFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The risk table for the whole customer: every risk, contradiction and note, worst first. */
final class RiskTableModel extends LocalizedTableModel<RiskTableModel.Row> {
    static final int SEVERITY = 0;
    static final int ADDRESS = 1;
    static final int ISSUE = 2;

    record Row(RiskLevel severity, String mailboxId, String address, RuleFinding finding) {
    }

    private String sharedDomain;

    RiskTableModel(I18nApi i18n) {
        super(i18n, LocalizedText.of("重要度", "Severity"), LocalizedText.of("アドレス", "Address"), LocalizedText.of("内容", "Issue"));
    }

    void setDesigns(List<MailboxDesign> designs) {
        List<Row> all = new ArrayList<>();
        for (MailboxDesign d : designs) {
            for (RuleFinding f : d.recommendation().risks()) {
                all.add(new Row(f.severity(), d.mailbox().id(), d.mailbox().address(), f));
            }
        }
        sharedDomain = LocalParts.sharedDomain(designs.stream().map(d -> d.mailbox().address()).toList());
        all.sort(Comparator.comparing(Row::severity).reversed()); // stable: mailbox order within a severity
        setRows(all);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == SEVERITY ? RiskLevel.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = row(row);
        return switch (column) {
            case SEVERITY -> r.severity();
            case ADDRESS -> LocalParts.shown(r.address(), sharedDomain);
            default -> i18n.text(r.finding().reason());
        };
    }
}
