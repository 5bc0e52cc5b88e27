package dev.mailbench.design.ui;

import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.Recommendation;
import java.util.List;

/** The mailbox list: address, role, protocol now, the recommendation, risk badges and decision status. */
final class MailboxTableModel extends LocalizedTableModel<MailboxDesign> {
    static final int ADDRESS = 0;
    static final int ROLE = 1;
    static final int CURRENT = 2;
    static final int RECOMMENDED = 3;
    static final int RISKS = 4;
    static final int STATUS = 5;

    /** The domain all rows share, shown once instead of in every row (see {@link LocalParts}). */
    private String sharedDomain;

    MailboxTableModel(I18nApi i18n) {
        super(i18n, LocalizedText.of("アドレス", "Address"), LocalizedText.of("役割", "Role"), LocalizedText.of("現在", "Now"),
                LocalizedText.of("推奨", "Recommended"), LocalizedText.of("リスク", "Risks"), LocalizedText.of("状態", "Status"));
    }

    @Override
    public void setRows(List<MailboxDesign> value) {
        sharedDomain = LocalParts.sharedDomain(value.stream().map(d -> d.mailbox().address()).toList());
        super.setRows(value);
    }

    /** The whole address of {@code row}, for the tooltip of a cell that shows only its local part. */
    String address(int row) {
        return row(row).mailbox().address();
    }

    void replace(MailboxDesign design) {
        int index = indexOf(design.mailbox().id());
        if (index >= 0) {
            replaceRow(index, design);
        }
    }

    int indexOf(String mailboxId) {
        List<MailboxDesign> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mailbox().id().equals(mailboxId)) {
                return i;
            }
        }
        return -1;
    }

    /** Table cells are narrow: "POP（コピーを残す）" instead of the full label. */
    static LocalizedText shortLabel(MailProtocol protocol) {
        return switch (protocol) {
            case POP_KEEP_COPY -> LocalizedText.of("POP（コピーを残す）", "POP (keep copy)");
            case POP_DELETE -> LocalizedText.of("POP（削除）", "POP (delete)");
            default -> protocol.label();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == RISKS ? Recommendation.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        MailboxDesign d = row(row);
        Recommendation r = d.recommendation();
        return switch (column) {
            case ADDRESS -> LocalParts.shown(d.mailbox().address(), sharedDomain);
            case ROLE -> i18n.text(d.mailbox().role().label());
            case CURRENT -> i18n.text(shortLabel(r.currentProtocol()));
            case RECOMMENDED -> (r.changesProtocol() ? "→ " : "") + i18n.text(shortLabel(r.protocol()));
            case RISKS -> r;
            default -> i18n.text(d.status().label());
        };
    }
}
