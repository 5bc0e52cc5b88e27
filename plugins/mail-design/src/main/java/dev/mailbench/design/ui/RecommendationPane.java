package dev.mailbench.design.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.design.engine.DesignFormats;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.RuleFinding;
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
    private static final LocalizedText[] KEYS = {LocalizedText.of("推奨する方式", "Protocol"), LocalizedText.of("容量", "Quota"),
            LocalizedText.of("サーバーに残す日数", "Days on server"), LocalizedText.of("アーカイブ", "Archive"),
            LocalizedText.of("保管用端末", "Keeper device"), LocalizedText.of("転送先", "Forward to"),
            LocalizedText.of("自動応答", "Auto-reply")};
    private static final LocalizedText NO_MESSAGE = LocalizedText.of(" ", " ");
    private static final String FACTS_ABOVE = "span 2, growx, gaptop 8";
    private static final String REASONS_BELOW = "span 2, grow, push, gaptop 8, h 96:320:, w 200:400:";
    private static final String FACTS_BESIDE = "span 2, split 2, top, growx 0, gaptop 8";
    private static final String REASONS_BESIDE = "grow, push, gaptop 8, gapleft 16, h 96:320:, w 200:400:";
    /** Narrower than this, reasons beside the settings would be a column of a few words per line. */
    private static final int REASONS_MIN_BESIDE = 420;

    private final I18nApi i18n;
    private final JLabel title = new JLabel();
    private final Badges badges = new Badges();
    private final JLabel status = new JLabel();
    private final JLabel[] values = new JLabel[KEYS.length];
    private final JEditorPane reasons = new JEditorPane();
    private final JButton accept = new JButton();
    private final JComboBox<MailProtocol> overrideProtocol = new JComboBox<>(CHOICES.toArray(MailProtocol[]::new));
    private final JSpinner overrideQuota = new JSpinner(new SpinnerNumberModel(2000, 0, 10_000_000, 500));
    private final JTextField overrideNote = new JTextField();
    private final JButton override = new JButton();
    private final JLabel message = new JLabel(" ");
    /** The recommended settings, key beside value. */
    private final JPanel facts = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
    private final JScrollPane reasonsScroll;
    private boolean reasonsBeside;

    private MailboxDesign design;
    private Project project;
    /** The last message in both languages, so it follows a language switch. */
    private LocalizedText messageText = NO_MESSAGE;
    private Consumer<OverrideRequest> overrideListener = r -> { };

    RecommendationPane(I18nApi i18n) {
        super(new MigLayout("fillx, insets 12, wrap 2", "[right][grow, fill]", ""));
        this.i18n = i18n;
        setName("design.recommendationPane");
        title.setName("design.detailTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 3f));
        status.setName("design.status");
        badges.setName("design.detailBadges");
        add(title, "span 2, split 3, left");
        add(badges, "gapleft 8, h pref!");
        add(status, "gapleft push");
        String[] names = {"protocol", "quota", "leaveCopy", "archive", "keeper", "forward", "autoReply"};
        facts.setOpaque(false);
        for (int i = 0; i < KEYS.length; i++) {
            JLabel key = i18n.bind(new JLabel(), KEYS[i]);
            key.setForeground(UIManager.getColor("Label.disabledForeground"));
            values[i] = new JLabel();
            values[i].setName("design.value." + names[i]);
            facts.add(key);
            facts.add(values[i]);
        }
        add(facts, FACTS_ABOVE);
        values[0].setFont(values[0].getFont().deriveFont(Font.BOLD));

        reasons.setName("design.reasons");
        reasons.setContentType("text/html");
        reasons.setEditable(false);
        reasons.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        JScrollPane scroll = new JScrollPane(reasons, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        reasonsScroll = scroll;
        add(scroll, REASONS_BELOW);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                placeReasons();
            }
        });

        accept.setName("design.accept");
        add(i18n.bind(accept, LocalizedText.of("推奨を採用", "Accept recommendation")), "span 2, split 2, gaptop 6");
        message.setName("design.message");
        add(message, "gapleft 10, growx");
        add(new JSeparator(), "span 2, growx, gaptop 4");
        overrideProtocol.setName("design.overrideProtocol");
        overrideProtocol.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof MailProtocol p ? i18n.text(p.label()) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        overrideQuota.setName("design.overrideQuota");
        overrideNote.setName("design.overrideNote");
        override.setName("design.override");
        add(i18n.bind(new JLabel(), LocalizedText.of("変更して採用", "Override")), "");
        add(overrideProtocol, "split 3, growx 0, w 240!");
        add(i18n.bind(new JLabel(), LocalizedText.of("容量 (MB)", "Quota (MB)")), "gapleft 16, growx 0");
        add(overrideQuota, "w 110!, growx 0, gapright push");
        add(i18n.bind(new JLabel(), LocalizedText.of("理由メモ", "Note")), "");
        add(i18n.bindPlaceholder(overrideNote, LocalizedText.of("例: 本人の希望で POP のまま。Mac は Time Machine でバックアップ",
                "e.g. stays on POP at the user's request; Mac backed up")), "split 2, growx");
        add(i18n.bind(override, LocalizedText.of("この内容で採用", "Accept with changes")), "");
        override.addActionListener(e -> requestOverride());
    }

    /**
     * Reasons beside the settings when the pane is wide enough for both (a 1366x768 laptop, where the design tab
     * puts the tabs under the table), else below them: one above the other, the accept button fell below the fold.
     */
    private void placeReasons() {
        boolean beside = getWidth() - 24 >= facts.getPreferredSize().width + REASONS_MIN_BESIDE;
        if (beside == reasonsBeside) {
            return;
        }
        reasonsBeside = beside;
        MigLayout layout = (MigLayout) getLayout();
        layout.setComponentConstraints(facts, beside ? FACTS_BESIDE : FACTS_ABOVE);
        layout.setComponentConstraints(reasonsScroll, beside ? REASONS_BESIDE : REASONS_BELOW);
        revalidate();
        repaint();
    }

    void onAccept(Runnable action) {
        accept.addActionListener(e -> action.run());
    }

    void onOverride(Consumer<OverrideRequest> action) {
        overrideListener = action;
    }

    /** Shows {@code d}: its texts, and the override controls set to what was accepted or recommended. */
    void show(MailboxDesign d, Project inProject) {
        design = d;
        project = inProject;
        overrideProtocol.setSelectedItem(d.accepted().map(a -> a.protocol()).orElse(d.recommendation().protocol()));
        Integer quota = d.plannedQuotaMb();
        overrideQuota.setValue(quota == null ? 0 : quota);
        overrideNote.setText(d.accepted().map(a -> a.note()).orElse(""));
        messageText = NO_MESSAGE;
        render();
    }

    /** Writes the texts of the mailbox shown in the current language; the consultant's input stays as it is. */
    void render() {
        message.setText(i18n.text(messageText));
        overrideProtocol.repaint();
        if (design == null) {
            return;
        }
        MailboxDesign d = design;
        Locale l = i18n.locale();
        Recommendation r = d.recommendation();
        title.setText(d.mailbox().address() + i18n.text("（", " (") + i18n.text(d.mailbox().role().label()) + i18n.text("）", ")"));
        badges.setBadges(Badges.of(r, l));
        status.setText(statusText(d));
        values[0].setText(i18n.text(r.protocol().label()) + (r.changesProtocol()
                ? i18n.text("　（現在: ", "  (now: ") + i18n.text(r.currentProtocol().label()) + i18n.text("）", ")") : ""));
        values[1].setText(DesignFormats.mb(r.quotaMb()) + (d.mailbox().quotaMb() != null && !d.mailbox().quotaMb().equals(r.quotaMb())
                ? i18n.text("　（現在: ", "  (now: ") + DesignFormats.mb(d.mailbox().quotaMb()) + i18n.text("）", ")") : ""));
        values[2].setText(DesignFormats.leaveCopy(r.leaveCopyDays(), l));
        values[3].setText(i18n.text(r.archiveCadence().label()) + (r.protocol() == MailProtocol.IMAP && r.forecast().archiveBy() != null
                ? i18n.text("（最初は ", " (first by ") + r.forecast().archiveBy() + i18n.text(" までに）", ")") : ""));
        values[4].setText(DesignFormats.deviceName(project, r.keeperDeviceId()));
        values[5].setText(DesignFormats.list(r.forwardTo()));
        values[6].setText(DesignFormats.yesNo(r.autoReply(), l));
        reasons.setText(html(d));
        reasons.setCaretPosition(0);
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

    void showError(LocalizedText text) {
        message.setForeground(Badges.HIGH);
        showMessage(text);
    }

    void showInfo(LocalizedText text) {
        message.setForeground(Badges.OK);
        showMessage(text);
    }

    private void showMessage(LocalizedText text) {
        messageText = text;
        message.setText(i18n.text(text));
    }

    private void requestOverride() {
        String note = overrideNote.getText().strip();
        if (note.isEmpty()) {
            showError(LocalizedText.of("変更して採用するときは、理由をメモに書いてください。",
                    "Write the reason in the note to accept with changes."));
            overrideNote.requestFocusInWindow();
            return;
        }
        int quota = ((Number) overrideQuota.getValue()).intValue();
        overrideListener.accept(new OverrideRequest((MailProtocol) overrideProtocol.getSelectedItem(),
                quota <= 0 ? null : quota, note));
    }

    private String statusText(MailboxDesign d) {
        return d.accepted().map(a -> i18n.text(d.status().label()) + (a.decidedOn() == null ? "" : "（" + a.decidedOn() + "）")
                        + "： " + i18n.text(a.protocol().label()))
                .orElse(i18n.text("未決定", "Not decided"));
    }

    private String html(MailboxDesign d) {
        StringBuilder h = new StringBuilder("<html><body style='margin:6px'>");
        d.accepted().filter(a -> a.overridden() && !a.note().isBlank()).ifPresent(a ->
                h.append("<p><b>").append(esc(i18n.text("担当者の判断: ", "Consultant's decision: "))).append("</b>")
                        .append(esc(a.note())).append("</p>"));
        h.append("<p><b>").append(esc(i18n.text("理由", "Reasons"))).append("</b></p><table cellspacing='0' cellpadding='3'>");
        for (RuleFinding f : d.recommendation().reasons()) {
            h.append("<tr><td valign='top' nowrap><font color='#6b7280'>").append(esc(f.ruleId())).append("</font></td><td>")
                    .append(esc(i18n.text(f.reason()))).append("<br><font color='#4b5563'>")
                    .append(esc(i18n.text("防ぐこと: ", ""))).append(esc(i18n.text(f.riskPrevented())))
                    .append("</font></td></tr>");
        }
        h.append("</table>");
        List<RuleFinding> risks = d.recommendation().risks();
        h.append("<p><b>").append(esc(i18n.text("リスク・矛盾・注意", "Risks, contradictions, notes"))).append("</b></p>");
        if (risks.isEmpty()) {
            h.append("<p>").append(esc(i18n.text("今の設定に指摘事項はありません。", "Nothing to report in the current setup."))).append("</p>");
        } else {
            h.append("<table cellspacing='0' cellpadding='3'>");
            for (RuleFinding f : risks) {
                h.append("<tr><td valign='top' nowrap bgcolor='").append(hex(Badges.color(f.severity())))
                        .append("'><font color='#ffffff'><b>&nbsp;").append(esc(i18n.text(f.severity().label())))
                        .append("&nbsp;</b></font></td><td>").append(esc(i18n.text(f.reason()))).append("<br><font color='#4b5563'>")
                        .append(esc(i18n.text("対策: ", "Fix: "))).append(esc(i18n.text(f.riskPrevented())))
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
