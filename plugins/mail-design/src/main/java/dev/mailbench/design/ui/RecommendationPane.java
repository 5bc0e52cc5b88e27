package dev.mailbench.design.ui;

import static dev.mailbench.design.engine.Texts.t;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.Texts;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import net.miginfocom.swing.MigLayout;

/** The recommendation of the selected mailbox, its reasons and risks, and the accept / override controls. */
final class RecommendationPane extends JPanel {
    record OverrideRequest(MailProtocol protocol, Integer quotaMb, String note) {
    }

    private static final List<MailProtocol> CHOICES = List.of(MailProtocol.IMAP, MailProtocol.POP_KEEP_COPY,
            MailProtocol.POP_DELETE, MailProtocol.FORWARD_ONLY);

    private final JLabel title = new JLabel();
    private final Badges badges = new Badges();
    private final JLabel status = new JLabel();
    private final JLabel[] keys = new JLabel[7];
    private final JLabel[] values = new JLabel[7];
    private final JEditorPane reasons = new JEditorPane();
    private final JButton accept = new JButton();
    private final JLabel overrideLabel = new JLabel();
    private final JComboBox<MailProtocol> overrideProtocol = new JComboBox<>(CHOICES.toArray(MailProtocol[]::new));
    private final JLabel quotaLabel = new JLabel();
    private final JSpinner overrideQuota = new JSpinner(new SpinnerNumberModel(2000, 0, 10_000_000, 500));
    private final JLabel noteLabel = new JLabel();
    private final JTextField overrideNote = new JTextField();
    private final JButton override = new JButton();
    private final JLabel message = new JLabel(" ");

    private Locale locale = Locale.JAPANESE;
    private Consumer<OverrideRequest> overrideListener = r -> { };

    RecommendationPane() {
        super(new MigLayout("fillx, insets 12, wrap 2", "[right][grow, fill]", ""));
        setName("design.recommendationPane");
        title.setName("design.detailTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 3f));
        status.setName("design.status");
        badges.setName("design.detailBadges");
        add(title, "span 2, split 3, left");
        add(badges, "gapleft 8, h pref!");
        add(status, "gapleft push");
        String[] names = {"protocol", "quota", "leaveCopy", "archive", "keeper", "forward", "autoReply"};
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new JLabel();
            keys[i].setForeground(UIManager.getColor("Label.disabledForeground"));
            values[i] = new JLabel();
            values[i].setName("design.value." + names[i]);
            add(keys[i], i == 0 ? "gaptop 8" : "");
            add(values[i], i == 0 ? "gaptop 8" : "");
        }
        values[0].setFont(values[0].getFont().deriveFont(Font.BOLD));

        reasons.setName("design.reasons");
        reasons.setContentType("text/html");
        reasons.setEditable(false);
        reasons.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        JScrollPane scroll = new JScrollPane(reasons, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        add(scroll, "span 2, grow, push, gaptop 8, h 160:320:, w 200:400:");

        accept.setName("design.accept");
        add(accept, "span 2, split 2, gaptop 6");
        message.setName("design.message");
        add(message, "gapleft 10, growx");
        add(new JSeparator(), "span 2, growx, gaptop 4");
        overrideProtocol.setName("design.overrideProtocol");
        overrideProtocol.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof MailProtocol p ? p.label().get(locale) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        overrideQuota.setName("design.overrideQuota");
        overrideNote.setName("design.overrideNote");
        override.setName("design.override");
        add(overrideLabel, "");
        add(overrideProtocol, "split 3, growx 0, w 240!");
        add(quotaLabel, "gapleft 16, growx 0");
        add(overrideQuota, "w 110!, growx 0, gapright push");
        add(noteLabel, "");
        add(overrideNote, "split 2, growx");
        add(override, "");
        override.addActionListener(e -> requestOverride());
        relabel(locale);
    }

    void onAccept(Runnable action) {
        accept.addActionListener(e -> action.run());
    }

    void onOverride(Consumer<OverrideRequest> action) {
        overrideListener = action;
    }

    void relabel(Locale value) {
        locale = value;
        String[] ja = {"推奨する方式", "容量", "サーバーに残す日数", "アーカイブ", "保管用端末", "転送先", "自動応答"};
        String[] en = {"Protocol", "Quota", "Days on server", "Archive", "Keeper device", "Forward to", "Auto-reply"};
        for (int i = 0; i < keys.length; i++) {
            keys[i].setText(t(value, ja[i], en[i]));
        }
        accept.setText(t(value, "推奨を採用", "Accept recommendation"));
        overrideLabel.setText(t(value, "変更して採用", "Override"));
        quotaLabel.setText(t(value, "容量 (MB)", "Quota (MB)"));
        noteLabel.setText(t(value, "理由メモ", "Note"));
        override.setText(t(value, "この内容で採用", "Accept with changes"));
        overrideNote.putClientProperty("JTextField.placeholderText",
                t(value, "例: 本人の希望で POP のまま。Mac は Time Machine でバックアップ", "e.g. stays on POP at the user's request; Mac backed up"));
        overrideProtocol.repaint();
    }

    void show(MailboxDesign d, Project project, Locale l) {
        relabel(l);
        Recommendation r = d.recommendation();
        title.setText(d.mailbox().address() + t(l, "（", " (") + d.mailbox().role().label().get(l) + t(l, "）", ")"));
        badges.setBadges(Badges.of(r, l));
        status.setText(statusText(d, l));
        values[0].setText(r.protocol().label().get(l) + (r.changesProtocol()
                ? t(l, "　（現在: ", "  (now: ") + r.currentProtocol().label().get(l) + t(l, "）", ")") : ""));
        values[1].setText(Texts.mb(r.quotaMb()) + (d.mailbox().quotaMb() != null && !d.mailbox().quotaMb().equals(r.quotaMb())
                ? t(l, "　（現在: ", "  (now: ") + Texts.mb(d.mailbox().quotaMb()) + t(l, "）", ")") : ""));
        values[2].setText(Texts.leaveCopy(r.leaveCopyDays(), l));
        values[3].setText(r.archiveCadence().label().get(l) + (r.protocol() == MailProtocol.IMAP && r.forecast().archiveBy() != null
                ? t(l, "（最初は ", " (first by ") + r.forecast().archiveBy() + t(l, " までに）", ")") : ""));
        values[4].setText(Texts.deviceName(project, r.keeperDeviceId()));
        values[5].setText(Texts.list(r.forwardTo()));
        values[6].setText(Texts.yesNo(r.autoReply(), l));
        reasons.setText(html(d, l));
        reasons.setCaretPosition(0);
        overrideProtocol.setSelectedItem(d.accepted().map(a -> a.protocol()).orElse(r.protocol()));
        Integer quota = d.plannedQuotaMb();
        overrideQuota.setValue(quota == null ? 0 : quota);
        overrideNote.setText(d.accepted().map(a -> a.note()).orElse(""));
        clearMessage();
    }

    /** The reasons and risks as plain text (what the consultant reads), for tests and accessibility. */
    String reasonsText() {
        try {
            return reasons.getDocument().getText(0, reasons.getDocument().getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    void setQuotaProposal(int quotaMb) {
        overrideQuota.setValue(quotaMb);
    }

    void showError(String text) {
        message.setForeground(Badges.HIGH);
        message.setText(text);
    }

    void showInfo(String text) {
        message.setForeground(Badges.OK);
        message.setText(text);
    }

    private void clearMessage() {
        message.setText(" ");
    }

    private void requestOverride() {
        String note = overrideNote.getText().strip();
        if (note.isEmpty()) {
            showError(t(locale, "変更して採用するときは、理由をメモに書いてください。",
                    "Write the reason in the note to accept with changes."));
            overrideNote.requestFocusInWindow();
            return;
        }
        int quota = ((Number) overrideQuota.getValue()).intValue();
        overrideListener.accept(new OverrideRequest((MailProtocol) overrideProtocol.getSelectedItem(),
                quota <= 0 ? null : quota, note));
    }

    private static String statusText(MailboxDesign d, Locale l) {
        return d.accepted().map(a -> d.status().label().get(l) + (a.decidedOn() == null ? "" : "（" + a.decidedOn() + "）")
                        + "： " + a.protocol().label().get(l))
                .orElse(t(l, "未決定", "Not decided"));
    }

    private static String html(MailboxDesign d, Locale l) {
        StringBuilder h = new StringBuilder("<html><body style='margin:6px'>");
        d.accepted().filter(a -> a.overridden() && !a.note().isBlank()).ifPresent(a ->
                h.append("<p><b>").append(esc(t(l, "担当者の判断: ", "Consultant's decision: "))).append("</b>")
                        .append(esc(a.note())).append("</p>"));
        h.append("<p><b>").append(esc(t(l, "理由", "Reasons"))).append("</b></p><table cellspacing='0' cellpadding='3'>");
        for (RuleFinding f : d.recommendation().reasons()) {
            h.append("<tr><td valign='top' nowrap><font color='#6b7280'>").append(esc(f.ruleId())).append("</font></td><td>")
                    .append(esc(f.reason().get(l))).append("<br><font color='#4b5563'>")
                    .append(esc(t(l, "防ぐこと: ", ""))).append(esc(f.riskPrevented().get(l)))
                    .append("</font></td></tr>");
        }
        h.append("</table>");
        List<RuleFinding> risks = d.recommendation().risks();
        h.append("<p><b>").append(esc(t(l, "リスク・矛盾・注意", "Risks, contradictions, notes"))).append("</b></p>");
        if (risks.isEmpty()) {
            h.append("<p>").append(esc(t(l, "今の設定に指摘事項はありません。", "Nothing to report in the current setup."))).append("</p>");
        } else {
            h.append("<table cellspacing='0' cellpadding='3'>");
            for (RuleFinding f : risks) {
                h.append("<tr><td valign='top' nowrap bgcolor='").append(hex(Badges.color(f.severity())))
                        .append("'><font color='#ffffff'><b>&nbsp;").append(esc(f.severity().label().get(l)))
                        .append("&nbsp;</b></font></td><td>").append(esc(f.reason().get(l))).append("<br><font color='#4b5563'>")
                        .append(esc(t(l, "対策: ", "Fix: "))).append(esc(f.riskPrevented().get(l)))
                        .append(" <font color='#9ca3af'>(").append(esc(f.ruleId())).append(")</font></font></td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
