package dev.mailbench.serverpanel.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.ProposalPlanner;
import dev.mailbench.serverpanel.engine.ProposalRunner;
import dev.mailbench.serverpanel.engine.ProposalStep;
import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * 他のプラグインからの変更: a change set another plugin proposed (the migration plan's TTLs, mailboxes, forwarding)
 * turned into the panel's plan with every request's before and after, confirmed, sent with an audit, and undone as one
 * change set. The engine ({@link ProposalPlanner}, {@link ProposalRunner}) does the work.
 */
final class ProposalPane extends JPanel {
    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final Supplier<XserverConnector> connector;
    private final JTextArea summary = new JTextArea(2, 60);
    private final JTextField dnsServer = new JTextField(14);
    private final JButton planButton = new JButton();
    private final JButton applyButton = new JButton();
    private final JButton undoButton = new JButton();
    private final JTextArea verdict = new JTextArea(2, 60);
    private final StepModel planModel;
    private ChangeProposal proposal;
    private ProposalPlanner.Plan checked;
    private List<ProposalStep> checkedUndo;
    private boolean busy;
    private Supplier<String> summaryText = () -> "";
    private Supplier<String> verdictText = () -> "";

    /** Messages go to the view's status line (set by the view). */
    Consumer<LocalizedText> status = t -> { };

    ProposalPane(WorkbenchApi api, PanelScope scope, Supplier<XserverConnector> connector) {
        super(new MigLayout("fill, insets 8, gap 6 6", "[right][grow,fill]", "[][][][][grow]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        this.connector = connector;
        this.planModel = new StepModel(i18n);
        setName("panel.proposal");
        summary.setName("panel.proposal.summary");
        dnsServer.setName("panel.proposal.dnsServer");
        planButton.setName("panel.proposal.plan");
        applyButton.setName("panel.proposal.apply");
        undoButton.setName("panel.proposal.undo");
        verdict.setName("panel.proposal.verdict");
        ServerPanelView.wrapping(summary);
        add(summary, "span 2, growx, wmin 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("NS を尋ねる DNS", "DNS for the NS check")));
        i18n.bindPlaceholder(dnsServer, LocalizedText.of("空欄ならシステムのリゾルバー", "empty: system resolver"));
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6 0"));
        row.add(i18n.bind(planButton, LocalizedText.of("計画を作る", "Make the plan")), "sg p");
        row.add(i18n.bind(applyButton, LocalizedText.of("適用…", "Apply…")), "sg p");
        row.add(i18n.bind(undoButton, LocalizedText.of("この変更をすべて取り消す…", "Undo this change set…")), "gapleft 12");
        // the field on its own row and the buttons below: side by side they are wider than a tab on a 1024 wide screen
        add(dnsServer, "growx 0, w 200!, wrap");
        add(row, "skip 1, growx 0, wrap");
        ServerPanelView.wrapping(verdict);
        add(verdict, "skip 1, growx, wmin 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("計画", "Plan")), "top");
        JTable table = new JTable(planModel);
        table.setName("panel.proposal.planTable");
        add(new JScrollPane(table), "grow, hmin 90, wrap");
        planButton.addActionListener(e -> makePlan(false));
        applyButton.addActionListener(e -> SwingUtilities.invokeLater(() -> confirmAndSend(false)));
        undoButton.addActionListener(e -> SwingUtilities.invokeLater(() -> makePlan(true)));
        show(null);
    }

    /** A proposal arrived (on the event thread): shown, no plan yet. */
    void show(ChangeProposal p) {
        proposal = p;
        checked = null;
        planModel.setRows(List.of());
        summaryText = () -> p == null
                ? i18n.text("他のプラグイン（移行計画など）から変更の提案が届くと、ここに表示されます。",
                        "Changes another plugin proposes (the migration plan, for one) appear here.")
                : i18n.text(p.title()) + " — " + i18n.text("提案 " + p.changes().size() + " 件（" + p.origin() + "）。"
                        + "接続してから「計画を作る」で今のパネルと比べます。",
                        p.changes().size() + " proposed changes (" + p.origin() + "). Connect, then Make the plan compares"
                                + " them with the panel.");
        verdictText = () -> "";
        rerender();
        updateButtons();
    }

    void rerender() {
        summary.setText(summaryText.get());
        verdict.setText(verdictText.get());
        planModel.fireTableStructureChanged();
    }

    private void updateButtons() {
        planButton.setEnabled(!busy && proposal != null);
        applyButton.setEnabled(!busy && checked != null && checked.sendable());
        undoButton.setEnabled(!busy && !ProjectMerge.section(api.project().current()).lastProposalUndo().isEmpty());
    }

    private void makePlan(boolean undo) {
        XserverConnector c = connector.get();
        if (c == null) {
            return;
        }
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElse(null);
        DnsCheckService.Target target = new DnsCheckService.Target(dnsServer.getText().strip(), null, false);
        ChangeProposal p = proposal;
        List<ProposalStep> undoSteps = ProjectMerge.section(api.project().current()).lastProposalUndo();
        status.accept(LocalizedText.of("計画を作っています（パネルの今の設定、ネームサーバー、所有者の確認）…",
                "Making the plan (the panel's settings now, name servers, ownership)…"));
        background(LocalizedText.of("提案された変更の計画", "Plan of the proposed changes"), ctx -> {
            ProposalPlanner planner = new ProposalPlanner(c, ProposalPlanner.liveChecks(c, dns, target, ctx::isCancelled),
                    ctx::isCancelled);
            return undo ? new ProposalPlanner.Plan(p, undoSteps, List.of(), planner.check(undoSteps)) : planner.plan(p);
        }, plan -> {
            checked = plan;
            checkedUndo = undo ? plan.steps() : null;
            planModel.setRows(plan.steps());
            verdictText = () -> {
                List<String> lines = new ArrayList<>();
                plan.notes().forEach(n -> lines.add("・" + i18n.text(n)));
                plan.refusals().forEach(r -> lines.add("⚠ " + i18n.text("送信しません: ", "Not sent: ") + i18n.text(r)));
                if (plan.sendable()) {
                    lines.add(i18n.text("送信できます。「適用…」で確認してから送信します。", "Ready. Apply asks for confirmation before sending."));
                } else if (plan.steps().isEmpty() && plan.refusals().isEmpty()) {
                    lines.add(i18n.text("送信するものはありません（パネルは既に提案どおりです）。", "Nothing to send: the panel is as proposed already."));
                }
                return String.join("\n", lines);
            };
            rerender();
            status.accept(plan.sendable()
                    ? LocalizedText.of("計画を作りました: " + plan.steps().size() + " 件。内容を確認してください。",
                            "Plan made: " + plan.steps().size() + " requests. Review it.")
                    : plan.refusals().isEmpty()
                    ? LocalizedText.of("送信するものはありません。", "Nothing to send.")
                    : LocalizedText.of("送信できない計画です（理由は下に表示）。", "This plan cannot be sent (reasons below)."));
            if (undo && plan.sendable()) {
                confirmAndSend(true);
            }
        });
    }

    private void confirmAndSend(boolean undo) {
        ProposalPlanner.Plan plan = checked;
        if (plan == null || !plan.sendable() || scope.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder(undo
                ? i18n.text("この変更をすべて取り消すため、次の " + plan.steps().size() + " 件をサーバーに送信します。",
                        "To undo this change set, these " + plan.steps().size() + " requests are sent to the server.")
                : i18n.text("次の " + plan.steps().size() + " 件をサーバーに送信します。",
                        "These " + plan.steps().size() + " requests are sent to the server."));
        plan.steps().forEach(s -> text.append("\n・").append(s.describe()));
        text.append("\n\n").append(i18n.text("よろしいですか？", "Go on?"));
        int answer = JOptionPane.showConfirmDialog(SwingUtilities.getWindowAncestor(this), text.toString(),
                i18n.text("サーバーパネルの変更の確認", "Confirm the server panel changes"), JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.YES_OPTION) {
            status.accept(LocalizedText.of("送信していません（確認されませんでした）。", "Nothing was sent (not confirmed)."));
            return;
        }
        XserverConnector c = connector.get();
        if (c == null) {
            return;
        }
        status.accept(LocalizedText.of("送信しています…", "Sending…"));
        background(LocalizedText.of("サーバーパネルへの送信", "Sending to the server panel"),
                ctx -> new ProposalRunner(c, Clock.systemUTC()).apply(plan.steps(), true, ctx::isCancelled), outcome -> {
                    List<ProposalStep> nextUndo = outcome.applied().isEmpty()
                            ? ProjectMerge.section(api.project().current()).lastProposalUndo() : outcome.undoPlan();
                    api.project().update(undo ? i18n.text("サーバーパネルの変更を取り消し", "Undo server panel changes")
                                    : i18n.text("サーバーパネルの変更", "Server panel changes"),
                            p -> ProjectMerge.recordProposalRun(p, outcome.audit(), nextUndo));
                    checked = null;
                    planModel.setRows(List.of());
                    verdictText = () -> "";
                    rerender();
                    showPasswordsOnce(outcome);
                    if (outcome.complete()) {
                        status.accept(LocalizedText.of("送信しました（" + outcome.applied().size() + " 件）。記録に残し、取り消しもできます。",
                                "Sent (" + outcome.applied().size() + " requests). Kept in the audit; it can be undone."));
                    } else {
                        LocalizedText why = outcome.failure().explanation();
                        status.accept(LocalizedText.of(outcome.applied().size() + " 件目の後で止まりました: " + why.ja(),
                                "Stopped after " + outcome.applied().size() + " requests: " + why.en()));
                    }
                });
    }

    /** The generated passwords, shown once for the customer; the characters are wiped when the dialog closes. */
    private void showPasswordsOnce(ProposalRunner.Outcome outcome) {
        if (outcome.passwords().isEmpty()) {
            return;
        }
        JTextArea shown = new JTextArea();
        shown.setName("panel.proposal.passwords");
        shown.setEditable(false);
        StringBuilder text = new StringBuilder();
        outcome.passwords().forEach((address, pw) -> text.append(address).append("  ").append(pw).append('\n'));
        shown.setText(text.toString());
        JOptionPane.showMessageDialog(SwingUtilities.getWindowAncestor(this), new Object[] {
                i18n.text("作成したメールアカウントのパスワードです。一度だけ表示し、どこにも保存しません。お客様に伝えてください。",
                        "The passwords of the new mail accounts. Shown once and saved nowhere: hand them to the customer."),
                shown}, i18n.text("新しいパスワード", "New passwords"), JOptionPane.INFORMATION_MESSAGE);
        shown.setText("");
        outcome.wipe();
    }

    private <T> void background(LocalizedText title, PaneTask.Work<T> work, Consumer<T> done) {
        PaneTask.run(api, scope, title, work, done, value -> busy = value, this::updateButtons, status::accept);
    }

    /** Rows of the plan: request, before, after, why. */
    static final class StepModel extends LocalizedTableModel<ProposalStep> {
        StepModel(I18nApi i18n) {
            super(i18n, LocalizedText.of("操作", "Operation"), LocalizedText.of("変更前", "Before"),
                    LocalizedText.of("変更後", "After"), LocalizedText.of("理由", "Why"));
        }

        @Override
        public Object getValueAt(int row, int column) {
            ProposalStep s = row(row);
            return switch (column) {
                case 0 -> s.dns() != null
                        ? "DNS " + s.dns().op() + " " + s.dns().domain()
                        : switch (s.mail().op()) {
                            case CREATE -> i18n.text("メールアカウント作成", "Create mailbox");
                            case DELETE -> i18n.text("メールアカウント削除", "Delete mailbox");
                            case FORWARDING -> i18n.text("転送の設定", "Set forwarding");
                        };
                case 1 -> s.before().isEmpty() ? "—" : s.before();
                case 2 -> s.after().isEmpty() ? "—" : s.after();
                default -> s.why() == null ? "" : i18n.text(s.why());
            };
        }
    }
}
