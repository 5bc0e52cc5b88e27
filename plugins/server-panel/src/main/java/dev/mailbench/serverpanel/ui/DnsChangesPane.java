package dev.mailbench.serverpanel.ui;

import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.serverpanel.engine.AuditEntry;
import dev.mailbench.serverpanel.engine.DnsChange;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.DnsPlanCheck;
import dev.mailbench.serverpanel.engine.DnsPlanning;
import dev.mailbench.serverpanel.engine.NsVerdict;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * DNS の変更: one record edit turned into a plan (before and after, NS verdict, reasons not to send), a confirmation
 * dialog, the run with its audit kept in the project, and "undo the last change set". The engine does the work.
 */
final class DnsChangesPane extends JPanel {
    private static final String[] TYPES = {"TXT", "A", "AAAA", "CNAME", "MX", "SRV", "CAA"};
    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final Supplier<XserverConnector> connector;
    private final JTextField domain = new JTextField(18);
    private final JTextField host = new JTextField("@", 10);
    private final JComboBox<String> type = new JComboBox<>(TYPES);
    private final JTextField content = new JTextField(40);
    private final JTextField ttl = new JTextField(6);
    private final JCheckBox delete = new JCheckBox();
    private final JTextField dnsServer = new JTextField(14);
    private final JButton planButton = new JButton();
    private final JButton applyButton = new JButton();
    private final JButton undoButton = new JButton();
    private final JTextArea verdict = new JTextArea(2, 60);
    private final PlanModel planModel;
    private final AuditModel auditModel;
    private DnsPlanCheck checked;
    private boolean busy;
    private Supplier<String> verdictText = () -> "";

    DnsChangesPane(WorkbenchApi api, PanelScope scope, Supplier<XserverConnector> connector) {
        super(new MigLayout("fill, insets 8, gap 6 6", "[right][grow,fill]", "[][][][][][grow][grow]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        this.connector = connector;
        this.planModel = new PlanModel(i18n);
        this.auditModel = new AuditModel(i18n);
        setName("panel.dns");
        domain.setName("panel.dns.domain");
        host.setName("panel.dns.host");
        type.setName("panel.dns.type");
        content.setName("panel.dns.content");
        ttl.setName("panel.dns.ttl");
        delete.setName("panel.dns.delete");
        dnsServer.setName("panel.dns.server");
        planButton.setName("panel.dns.plan");
        applyButton.setName("panel.dns.apply");
        undoButton.setName("panel.dns.undo");
        verdict.setName("panel.dns.verdict");
        add(i18n.bind(new JLabel(), LocalizedText.of("ドメイン", "Domain")));
        JPanel record = new JPanel(new MigLayout("insets 0, gap 6 0"));
        record.add(domain, "w 180!");
        record.add(i18n.bind(new JLabel(), LocalizedText.of("ホスト", "Host")), "gapleft 8");
        record.add(host, "w 110!");
        record.add(i18n.bind(new JLabel(), LocalizedText.of("種類", "Type")), "gapleft 8");
        record.add(type, "w 90!");
        add(record, "growx 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("内容", "Content")));
        add(content, "split 4, growx, wmin 120");
        add(i18n.bind(new JLabel(), LocalizedText.of("TTL（秒）", "TTL (s)")), "gapleft 8");
        add(ttl, "w 70!");
        add(i18n.bind(delete, LocalizedText.of("削除する", "Delete")), "gapleft 8, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("NS を尋ねる DNS", "DNS for the NS check")));
        i18n.bindPlaceholder(dnsServer, LocalizedText.of("空欄ならシステムのリゾルバー", "empty: system resolver"));
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6 0"));
        row.add(i18n.bind(planButton, LocalizedText.of("計画を作る", "Make the plan")), "sg dns");
        row.add(i18n.bind(applyButton, LocalizedText.of("適用…", "Apply…")), "sg dns");
        row.add(i18n.bind(undoButton, LocalizedText.of("最後の変更を取り消す…", "Undo the last change set…")), "gapleft 12");
        // the field on its own row and the buttons below: side by side they are wider than a tab on a 1024 wide screen
        add(dnsServer, "growx 0, w 200!, wrap");
        add(row, "skip 1, growx 0, wrap");
        ServerPanelView.wrapping(verdict);
        add(verdict, "skip 1, growx, wmin 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("計画", "Plan")), "top");
        JTable planTable = new JTable(planModel);
        planTable.setName("panel.dns.planTable");
        add(new JScrollPane(planTable), "grow, hmin 70, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("記録", "Audit")), "top");
        JTable auditTable = new JTable(auditModel);
        auditTable.setName("panel.dns.audit");
        add(new JScrollPane(auditTable), "grow, hmin 70, wrap");
        planButton.addActionListener(e -> makePlan());
        applyButton.addActionListener(e -> SwingUtilities.invokeLater(() -> confirmAndSend(false)));
        undoButton.addActionListener(e -> SwingUtilities.invokeLater(this::planUndo));
        refreshAudit();
        updateButtons();
    }

    void rerender() {
        verdict.setText(verdictText.get());
        planModel.fireTableStructureChanged();
        auditModel.fireTableStructureChanged();
    }

    private void updateButtons() {
        planButton.setEnabled(!busy);
        applyButton.setEnabled(!busy && checked != null && checked.sendable());
        undoButton.setEnabled(!busy && !ProjectMerge.section(api.project().current()).lastUndo().isEmpty());
    }

    private void refreshAudit() {
        auditModel.setRows(ProjectMerge.section(api.project().current()).audit());
    }

    private DnsCheckService.Target target() {
        return new DnsCheckService.Target(dnsServer.getText().strip(), null, false);
    }

    private void makePlan() {
        XserverConnector c = connector.get();
        if (c == null) {
            return;
        }
        String d = domain.getText().strip();
        if (d.isEmpty()) {
            say(LocalizedText.of("ドメインを入力してください。", "Enter the domain."));
            return;
        }
        Integer t;
        try {
            t = ttl.getText().isBlank() ? null : Integer.valueOf(ttl.getText().strip());
        } catch (NumberFormatException e) {
            say(LocalizedText.of("TTL は秒数（整数）で入力してください: " + ttl.getText(), "The TTL must be whole seconds: " + ttl.getText()));
            return;
        }
        DnsPlanning.Edit edit = new DnsPlanning.Edit(d, host.getText(), (String) type.getSelectedItem(),
                content.getText().isBlank() ? null : content.getText(), t, null, delete.isSelected());
        check(c, ctx -> DnsPlanning.fromEdit(edit, c.dnsRecords(d, ctx::isCancelled)), false);
    }

    private void planUndo() {
        List<DnsChange> undo = ProjectMerge.section(api.project().current()).lastUndo();
        XserverConnector c = connector.get();
        if (c == null || undo.isEmpty()) {
            return;
        }
        check(c, ctx -> null, true);
    }

    private interface PlanSource {
        DnsChange one(TasksApi.TaskContext ctx) throws Exception;
    }

    /** Builds and checks the plan in the background; for undo, confirms and sends it when it may be sent. */
    private void check(XserverConnector c, PlanSource source, boolean undo) {
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElse(null);
        DnsCheckService.Target target = target();
        List<DnsChange> undoPlan = ProjectMerge.section(api.project().current()).lastUndo();
        say(LocalizedText.of("計画を確認しています（ネームサーバーと今のレコード）…", "Checking the plan (name servers and current records)…"));
        background(LocalizedText.of("DNS の変更計画", "DNS change plan"), ctx -> {
            List<DnsChange> plan = undo ? undoPlan : List.of(source.one(ctx));
            return DnsPlanCheck.of(plan, c, dns, target, ctx::isCancelled);
        }, result -> {
            checked = result;
            planModel.setRows(result.plan());
            showCheck(result);
            say(result.sendable()
                    ? LocalizedText.of("計画を作りました: " + result.plan().size() + " 件。内容を確認してください。",
                            "Plan made: " + result.plan().size() + " changes. Review it.")
                    : LocalizedText.of("送信できない計画です（理由は下に表示）。", "This plan cannot be sent (reasons below)."));
            if (undo && result.sendable()) {
                confirmAndSend(true);
            }
        });
    }

    private void showCheck(DnsPlanCheck result) {
        verdictText = () -> {
            List<String> lines = new ArrayList<>();
            result.verdicts().forEach((d, v) -> lines.add(i18n.text("NS の判定 ", "NS verdict ") + d + ": " + verdictLabel(v)));
            for (LocalizedText r : result.refusals()) {
                lines.add("⚠ " + i18n.text("送信しません: ", "Not sent: ") + i18n.text(r));
            }
            if (result.sendable()) {
                lines.add(i18n.text("送信できます。「適用…」で確認してから送信します。", "Ready. Apply asks for confirmation before sending."));
            }
            return String.join("\n", lines);
        };
        verdict.setText(verdictText.get());
    }

    private String verdictLabel(NsVerdict v) {
        return switch (v.state()) {
            case IN_EFFECT -> i18n.text("Xserver を指しています（パネルの DNS が有効）", "points at Xserver (the panel's DNS is in effect)")
                    + ": " + String.join(", ", v.nameServers());
            case ELSEWHERE -> i18n.text("Xserver 以外を指しています（パネルの DNS は無効）", "points elsewhere (the panel's DNS is not in effect)")
                    + ": " + String.join(", ", v.nameServers());
            case UNKNOWN -> i18n.text("確認できませんでした", "could not be checked") + ": " + v.problem();
        };
    }

    private void confirmAndSend(boolean undo) {
        DnsPlanCheck plan = checked;
        if (plan == null || !plan.sendable() || scope.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder(undo
                ? i18n.text("最後の変更を取り消すため、次の " + plan.plan().size() + " 件をサーバーに送信します。",
                        "To undo the last change set, these " + plan.plan().size() + " changes are sent to the server.")
                : i18n.text("次の " + plan.plan().size() + " 件の変更をサーバーに送信します。",
                        "These " + plan.plan().size() + " changes are sent to the server."));
        for (DnsChange c : plan.plan()) {
            text.append("\n・").append(c.describe());
        }
        text.append("\n\n").append(i18n.text("よろしいですか？", "Go on?"));
        int answer = JOptionPane.showConfirmDialog(SwingUtilities.getWindowAncestor(this), text.toString(),
                i18n.text("DNS の変更の確認", "Confirm DNS changes"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.YES_OPTION) {
            say(LocalizedText.of("送信していません（確認されませんでした）。", "Nothing was sent (not confirmed)."));
            return;
        }
        XserverConnector c = connector.get();
        if (c == null) {
            return;
        }
        say(LocalizedText.of("送信しています…", "Sending…"));
        background(LocalizedText.of("DNS の変更の送信", "Sending DNS changes"),
                ctx -> new DnsChangeRunner(c, Clock.systemUTC()).apply(plan.plan(), true, ctx::isCancelled), outcome -> {
                    List<DnsChange> nextUndo = outcome.applied().isEmpty()
                            ? ProjectMerge.section(api.project().current()).lastUndo() : outcome.undoPlan();
                    api.project().update(undo ? i18n.text("DNS の変更を取り消し", "Undo DNS changes") : i18n.text("DNS の変更", "DNS changes"),
                            p -> ProjectMerge.recordRun(p, outcome.audit(), nextUndo));
                    checked = null;
                    planModel.setRows(List.of());
                    refreshAudit();
                    verdictText = () -> "";
                    verdict.setText("");
                    if (outcome.complete()) {
                        say(undo ? LocalizedText.of("取り消しました（" + outcome.applied().size() + " 件）。記録に残しました。",
                                "Undone (" + outcome.applied().size() + " changes). Kept in the audit.")
                                : LocalizedText.of("送信しました（" + outcome.applied().size() + " 件）。記録に残し、取り消しもできます。",
                                "Sent (" + outcome.applied().size() + " changes). Kept in the audit; it can be undone."));
                    } else {
                        LocalizedText why = outcome.failure().explanation();
                        say(LocalizedText.of(outcome.applied().size() + " 件目の後で止まりました: " + why.ja(),
                                "Stopped after " + outcome.applied().size() + " changes: " + why.en()));
                    }
                });
    }

    private <T> void background(LocalizedText title, PaneTask.Work<T> work, Consumer<T> done) {
        PaneTask.run(api, scope, title, work, done, value -> busy = value, this::updateButtons, this::say);
    }

    /** Messages go to the view's status line (set by the view). */
    Consumer<LocalizedText> status = t -> { };

    private void say(LocalizedText text) {
        status.accept(text);
    }

    /** Rows of the plan: what, domain, before, after. */
    static final class PlanModel extends LocalizedTableModel<DnsChange> {
        PlanModel(I18nApi i18n) {
            super(i18n, LocalizedText.of("操作", "Operation"), LocalizedText.of("ドメイン", "Domain"),
                    LocalizedText.of("変更前", "Before"), LocalizedText.of("変更後", "After"));
        }

        @Override
        public Object getValueAt(int row, int column) {
            DnsChange c = row(row);
            return switch (column) {
                case 0 -> switch (c.op()) {
                    case CREATE -> i18n.text("追加", "Create");
                    case UPDATE -> i18n.text("変更", "Update");
                    case DELETE -> i18n.text("削除", "Delete");
                };
                case 1 -> c.domain();
                case 2 -> show(c.before());
                default -> show(c.after());
            };
        }

        private static String show(DnsRecord r) {
            return r == null ? "—" : r.host() + " " + r.type() + " \"" + r.content() + "\" TTL " + r.ttl();
        }
    }

    /** Rows of the audit: when, what, before, after, result. */
    static final class AuditModel extends LocalizedTableModel<AuditEntry> {
        AuditModel(I18nApi i18n) {
            super(i18n, LocalizedText.of("日時 (UTC)", "When (UTC)"), LocalizedText.of("サーバー", "Server"),
                LocalizedText.of("変更", "Change"), LocalizedText.of("変更前", "Before"), LocalizedText.of("変更後", "After"),
                LocalizedText.of("結果", "Result"));
        }

        @Override
        public Object getValueAt(int row, int column) {
            AuditEntry a = row(row);
            return switch (column) {
                case 0 -> a.when().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
                case 1 -> a.servername();
                case 2 -> a.change();
                case 3 -> a.before();
                case 4 -> a.after();
                default -> a.result();
            };
        }
    }
}
