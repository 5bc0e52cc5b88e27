package dev.mailbench.migration.ui;

import dev.mailbench.imap.Sizes;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.migration.plan.PanelProposal;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import dev.mailbench.migration.plan.CopyEstimate;
import dev.mailbench.migration.plan.CopyEstimator;
import dev.mailbench.migration.plan.DnsChange;
import dev.mailbench.migration.plan.DnsSnapshot;
import dev.mailbench.migration.plan.DomainDns;
import dev.mailbench.migration.plan.Formats;
import dev.mailbench.migration.plan.IcsCalendar;
import dev.mailbench.migration.plan.MigrationPlan;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.plan.PlanInputs;
import dev.mailbench.migration.plan.PlanProblem;
import dev.mailbench.migration.plan.PlanStep;
import dev.mailbench.migration.plan.TtlAdvice;
import java.awt.Color;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyBoundsAdapter;
import java.awt.event.HierarchyEvent;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The plan: inputs, the timeline chart, tickable steps, the DNS diff with TTL readiness, the copy estimate. Fixed
 * texts are bound through {@code api.i18n()}; the plan is drawn again from the project after every edit and every
 * language switch.
 */
public final class PlanPanel extends JPanel {
    private static final LocalizedText[] DNS_COLUMNS = {LocalizedText.of("ドメイン", "Domain"), LocalizedText.of("種類", "Record"),
            LocalizedText.of("名前", "Name"), LocalizedText.of("変更", "Change"), LocalizedText.of("現在", "Today"),
            LocalizedText.of("必要（新サーバー）", "Needed (new host)"), LocalizedText.of("現在の TTL", "TTL today"),
            LocalizedText.of("TTL の準備", "TTL readiness")};
    private static final LocalizedText[] COPY_COLUMNS = {LocalizedText.of("メールアドレス", "Address"), LocalizedText.of("容量", "Size"),
            LocalizedText.of("件数", "Messages"), LocalizedText.of("所要時間", "Time"), LocalizedText.of("容量の根拠", "Size from"),
            LocalizedText.of("速度の根拠", "Speed from"), LocalizedText.of("上限超過", "Over limit")};
    private static final LocalizedText[] STEP_COLUMNS = {LocalizedText.of("完了", "Done"), LocalizedText.of("日時", "When"),
            LocalizedText.of("手順", "Step"), LocalizedText.of("担当", "Owner"), LocalizedText.of("確認", "Check"),
            LocalizedText.of("切り戻し", "Rollback"), LocalizedText.of("状態", "Status")};
    /** Room for an address or host name typed into a form field, and the gap MigLayout leaves between cells. */
    private static final int USABLE_FIELD = 170;
    private static final int GAP = 8;
    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final JLabel oldLabelLabel = new JLabel();
    private final JTextField oldLabel = field("migration.plan.oldLabel", 16);
    private final JLabel oldImapLabel = new JLabel();
    private final JTextField oldImap = field("migration.plan.oldImap", 16);
    private final JTextField oldPort = field("migration.plan.oldPort", 4);
    private final JPanel oldImapCell = new JPanel(new MigLayout("insets 0", "[grow,fill]rel[]"));
    private final JPanel form = new JPanel();
    private final JPanel buttons = new JPanel(new MigLayout("insets 0, hidemode 3"));
    private final JPanel hostAndButtons = new JPanel(new MigLayout("insets 0, hidemode 3", "[grow,fill]push[]"));
    private int formPairs;
    private final JLabel oldDnsLabel = new JLabel();
    private final JTextField oldDns = field("migration.plan.oldDns", 14);
    private final JLabel newDnsLabel = new JLabel();
    private final JTextField newDns = field("migration.plan.newDns", 14);
    private final JLabel cutoverLabel = new JLabel();
    private final JTextField cutover = field("migration.plan.cutover", 12);
    private final JLabel operatorLabel = new JLabel();
    private final JTextField operator = field("migration.plan.dnsOperator", 16);
    private final JLabel newHost = new JLabel();
    private final JButton apply = new JButton();
    private final JButton lookUp = new JButton();
    private final JButton cancel = new JButton();
    private final JButton exportIcs = new JButton();
    private final JButton toPanel = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JLabel problems = new JLabel();
    private final JLabel summary = new JLabel();
    private final TimelineChart chart = new TimelineChart();
    private final JTabbedPane details = new JTabbedPane();
    private final StepTableModel stepModel = new StepTableModel();
    private final JTable stepTable = new TipTable(stepModel);
    private final DefaultTableModel dnsModel = readOnlyModel();
    private final JTable dnsTable = new TipTable(dnsModel);
    private final DefaultTableModel copyModel = readOnlyModel();
    private final JTable copyTable = new TipTable(copyModel);
    private DnsSnapshot dns = DnsSnapshot.notRun();
    private MigrationPlan plan;
    private TasksApi.TaskHandle<DnsSnapshot> running;

    public PlanPanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("fill, insets dialog, hidemode 3", "[grow]", "[][][grow]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        setName("migration.plan");
        apply.setName("migration.plan.apply");
        lookUp.setName("migration.plan.lookUpDns");
        cancel.setName("migration.plan.cancelDns");
        exportIcs.setName("migration.plan.exportIcs");
        toPanel.setName("migration.plan.toServerPanel");
        progress.setName("migration.plan.progress");
        problems.setName("migration.plan.problems");
        summary.setName("migration.plan.summary");
        newHost.setName("migration.plan.newHost");
        stepTable.setName("migration.plan.steps");
        dnsTable.setName("migration.plan.dns");
        copyTable.setName("migration.plan.copy");
        details.setName("migration.plan.details");
        cancel.setVisible(false);
        progress.setVisible(false);
        progress.setStringPainted(true);
        summary.setFont(summary.getFont().deriveFont(Font.BOLD));

        oldImapCell.add(oldImap, "growx, wmin 60");
        oldImapCell.add(oldPort, "w 56!");
        buttons.add(apply);
        buttons.add(lookUp);
        buttons.add(cancel);
        buttons.add(exportIcs);
        hostAndButtons.add(newHost, "wmin 0");
        hostAndButtons.add(buttons);
        layOutForm(3);
        // a narrow tab (1024 wide screen) gets the form in two pairs a row instead of three, so nothing runs off
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitForm();
            }
        });
        // the panel keeps its minimum width while its scroller shrinks: the scroller's size decides, so follow it too
        addHierarchyBoundsListener(new HierarchyBoundsAdapter() {
            @Override
            public void ancestorResized(HierarchyEvent e) {
                fitForm();
            }
        });
        add(form, "growx, wmin 0, wrap");
        add(summary, "split 2, growx, wmin 0");
        add(progress, "w 240!");
        add(problems, "newline, growx, wmin 0, wrap");

        stepTable.setRowHeight(stepTable.getRowHeight() + 6);
        dnsTable.setRowHeight(dnsTable.getRowHeight() + 6);
        copyTable.setRowHeight(copyTable.getRowHeight() + 6);
        details.addTab("", new JScrollPane(stepTable));
        details.addTab("", new JScrollPane(dnsTable));
        details.addTab("", new JScrollPane(copyTable));
        JScrollPane chartScroll = new JScrollPane(chart);
        chartScroll.setMinimumSize(new java.awt.Dimension(100, 80));
        chartScroll.getVerticalScrollBar().setUnitIncrement(16);
        chartScroll.setName("migration.plan.chartScroll");
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartScroll, details);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        add(split, "grow, wmin 0, hmin 0");

        apply.addActionListener(e -> applyInputs());
        lookUp.addActionListener(e -> lookUpDns());
        cancel.addActionListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        exportIcs.addActionListener(e -> chooseAndExport());
        toPanel.addActionListener(e -> handToServerPanel());
        // later, not inside the edit: a tick in the step table must finish editing before the table is rebuilt
        scope.onProjectEvent(e -> SwingUtilities.invokeLater(() -> {
            if (!scope.isDisposed()) {
                refresh(false);
            }
        }));
        scope.onLocaleChanged(l -> {
            refresh(false);
            fitForm();
        });
        bindTexts();
        refresh(true);
    }

    /**
     * The form's label and field pairs, {@code pairs} to a row: three on a wide tab, two on a narrow one (the old host
     * beside the cutover, the old IMAP host beside the DNS operator, old beside new DNS servers).
     */
    private void layOutForm(int pairs) {
        if (pairs == formPairs) {
            return;
        }
        formPairs = pairs;
        form.removeAll();
        form.setLayout(new MigLayout("insets 0, gapy 4, hidemode 3", "[right][grow,fill]".repeat(pairs)));
        List<JComponent> order = pairs >= 3
                ? List.of(oldLabelLabel, oldLabel, oldImapLabel, oldImapCell, cutoverLabel, cutover,
                        oldDnsLabel, oldDns, newDnsLabel, newDns, operatorLabel, operator)
                : List.of(oldLabelLabel, oldLabel, cutoverLabel, cutover, oldImapLabel, oldImapCell,
                        operatorLabel, operator, oldDnsLabel, oldDns, newDnsLabel, newDns);
        for (int i = 0; i < order.size(); i += 2) {
            boolean lastOfRow = (i / 2) % pairs == pairs - 1;
            form.add(order.get(i));
            form.add(order.get(i + 1), "wmin 60" + (lastOfRow ? ", wrap" : ""));
        }
        form.add(hostAndButtons, "span, growx, wmin 0, wrap");
        form.add(toPanel, "span, alignx right, growx 0");
        form.revalidate();
        form.repaint();
    }

    /** Three pairs a row when the tab has room for each field at a usable width, else two. */
    private void fitForm() {
        Container room = SwingUtilities.getAncestorOfClass(JViewport.class, this);
        int available = (room != null ? room.getWidth() : getWidth()) - getInsets().left - getInsets().right;
        if (available <= 0) {
            return;
        }
        layOutForm(available >= wideFormWidth() ? 3 : 2);
    }

    /** The width three pairs a row need: the labels of each column, a usable field each, the gaps between. */
    private int wideFormWidth() {
        JComponent[][] columns = {{oldLabelLabel, oldDnsLabel}, {oldImapLabel, newDnsLabel}, {cutoverLabel, operatorLabel}};
        int width = 0;
        for (JComponent[] column : columns) {
            width += Math.max(column[0].getPreferredSize().width, column[1].getPreferredSize().width) + USABLE_FIELD + 2 * GAP;
        }
        return width + 56 + GAP;
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private static DefaultTableModel readOnlyModel() {
        return new DefaultTableModel() {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private Locale locale() {
        return i18n.locale();
    }

    /** The column headers in the current language. */
    private Object[] headers(LocalizedText[] columns) {
        return Arrays.stream(columns).map(i18n::text).toArray();
    }

    MigrationSection section() {
        return api.project().readSection(MigrationSection.class).orElse(MigrationSection.empty());
    }

    private void bindTexts() {
        i18n.bind(oldLabelLabel, LocalizedText.of("旧サーバー名", "Old host"));
        i18n.bind(oldImapLabel, LocalizedText.of("旧 IMAP ホスト・ポート", "Old IMAP host, port"));
        i18n.bind(oldDnsLabel, LocalizedText.of("旧 DNS サーバー", "Old DNS servers"));
        i18n.bind(newDnsLabel, LocalizedText.of("新 DNS サーバー", "New DNS servers"));
        i18n.bind(cutoverLabel, LocalizedText.of("切替日時（日本時間）", "Cutover (Japan time)"));
        i18n.bind(operatorLabel, LocalizedText.of("DNS 管理者", "DNS operator"));
        cutover.setToolTipText("YYYY-MM-DDTHH:MM");
        i18n.bindTooltip(oldDns, LocalizedText.of("IP[:ポート]、カンマ区切り。空欄ならシステムのリゾルバー",
                "IP[:PORT], comma-separated; empty: the system resolver"));
        i18n.bind(apply, LocalizedText.of("計画を更新", "Update plan"));
        i18n.bind(lookUp, LocalizedText.of("DNS を確認", "Look up DNS"));
        i18n.bind(cancel, LocalizedText.of("キャンセル", "Cancel"));
        i18n.bind(exportIcs, LocalizedText.of(".ics を書き出す", "Export .ics"));
        i18n.bind(toPanel, LocalizedText.of("サーバーパネルで実行…", "Run in the server panel…"));
        i18n.bindTooltip(toPanel, LocalizedText.of(
                "TTL の引き下げ（60 秒以上）、移行先のメールボックスの作成（設計の容量）、転送の設定をサーバーパネルに渡します。"
                        + "パネルが今の設定と比べた計画を示し、確認してから送信します。",
                "Hands the TTL lowering (60 s or more), the destination mailboxes (the design's quota) and the forwarding to"
                        + " the server panel, which shows its plan against the panel and sends it after confirmation."));
        i18n.bindTabs(details, LocalizedText.of("手順", "Steps"), LocalizedText.of("DNS の差分と TTL", "DNS diff and TTL"),
                LocalizedText.of("コピー見込み", "Copy estimate"));
    }

    /** Re-plans from the project (and fills the form from it when {@code fillForm}). */
    void refresh(boolean fillForm) {
        MigrationSection s = section();
        PlanInputs in = new PlanInputs(api.project().current(), s, api.project().provider(), MigrationPlanner.nowInJapan());
        if (fillForm) {
            OldHost old = in.oldHost();
            oldLabel.setText(old.label());
            oldImap.setText(old.imapHost());
            oldPort.setText(String.valueOf(old.imapPort()));
            oldDns.setText(old.dnsServers());
            newDns.setText(s.newDnsServers());
            cutover.setText(s.cutover());
            operator.setText(s.newDnsOperator());
            // show the start of long values, not their end
            for (JTextField f : List.of(oldLabel, oldImap, oldDns, newDns, cutover, operator)) {
                f.setCaretPosition(0);
            }
        }
        DnsSnapshot shown = api.services().find(DnsCheckService.class).isPresent() || dns.state() == DnsSnapshot.State.LOOKED_UP
                ? dns : DnsSnapshot.noService();
        plan = MigrationPlanner.plan(in, api.services().find(MailboxInventoryService.class), shown);
        Locale l = locale();
        newHost.setText(i18n.text("新サーバー: ", "New host: ") + in.provider().displayName() + " " + in.provider().mailHost());
        summary.setText(plan.cutover().map(c -> i18n.text("切替 ", "Cutover ") + Formats.dateTime(c, l)).orElse(i18n.text("切替日時 未設定", "No cutover yet"))
                + "   ·   " + i18n.text("手順 ", "Steps ") + plan.steps().size()
                + "   ·   " + i18n.text("コピー見込み ", "Copy ") + Formats.duration(plan.copyTotal(), l)
                + "   ·   DNS: " + plan.dns().state().shortLabel().get(l)
                + (plan.dns().takenAt() == null ? "" : " (" + plan.dns().takenAt().toLocalTime().withNano(0) + ")"));
        // the summary stays one line that fits a narrow tab; what the short DNS state means is in its tooltip
        summary.setToolTipText("DNS: " + plan.dns().state().label().get(l));
        newHost.setToolTipText(newHost.getText());
        showProblems(plan.problems());
        chart.show(plan.steps(), l);
        stepModel.show(plan.steps(), l);
        fillDns(plan.dns());
        fillCopy(plan.estimates());
        exportIcs.setEnabled(!plan.steps().isEmpty());
        toPanel.setEnabled(api.services().find(ServerPanelService.class).isPresent());
        lookUp.setEnabled(running == null && api.services().find(DnsCheckService.class).isPresent());
    }

    /** The plan's actions go to the server panel's one change path; this plugin never sends anything itself. */
    private void handToServerPanel() {
        Optional<ServerPanelService> panel = api.services().find(ServerPanelService.class);
        if (panel.isEmpty()) {
            problems.setText(i18n.text("サーバーパネル連携のプラグインがありません。", "The server panel plugin is not installed."));
            return;
        }
        ServerPanelService.ChangeProposal proposal = PanelProposal.from(api.project().current());
        if (proposal.changes().isEmpty()) {
            problems.setText(i18n.text("渡す作業がありません（ドメインもメールボックスもありません）。",
                    "Nothing to hand over: no domains and no mailboxes."));
            return;
        }
        boolean shown = panel.get().propose(proposal);
        problems.setText(shown
                ? i18n.text("サーバーパネルの「提案された変更」タブに " + proposal.changes().size()
                        + " 件を渡しました。接続して計画を確認してください。",
                        proposal.changes().size() + " actions handed to the server panel's Proposed changes tab. Connect there"
                                + " and review the plan.")
                : i18n.text("サーバーパネルが提案を受け付けませんでした。", "The server panel did not take the proposal."));
    }

    private void showProblems(List<PlanProblem> list) {
        if (list.isEmpty()) {
            problems.setText(i18n.text("入力に問題はありません。", "The inputs are complete."));
            problems.setForeground(new Color(0x2E7D32));
            return;
        }
        StringBuilder html = new StringBuilder("<html>");
        for (PlanProblem p : list) {
            boolean error = p.severity() == PlanProblem.Severity.ERROR;
            html.append("<span style='color:").append(error ? "#C62828" : "#9A6700").append("'>")
                    .append(error ? i18n.text("● エラー: ", "● Error: ") : i18n.text("▲ 注意: ", "▲ Note: ")).append("</span>")
                    .append(escape(p.message().get(locale()))).append("<br>");
        }
        problems.setText(html.append("</html>").toString());
        problems.setForeground(getForeground());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void fillDns(DnsSnapshot snapshot) {
        Locale l = locale();
        dnsModel.setColumnIdentifiers(headers(DNS_COLUMNS));
        dnsModel.setRowCount(0);
        widths(dnsTable, 130, 60, 190, 90, 260, 260, 80, 260);
        if (snapshot.domains().isEmpty()) {
            dnsModel.addRow(new Object[] {"", "", "", snapshot.state().label().get(l), "", "", "", ""});
        }
        for (DomainDns d : snapshot.domains()) {
            if (!d.error().isEmpty() && d.changes().isEmpty()) {
                dnsModel.addRow(new Object[] {d.domain(), "", "", i18n.text("確認できず", "could not check"), d.error(), "", "", ""});
            }
            for (DnsChange c : d.changes()) {
                Optional<TtlAdvice> advice = d.ttl().stream().filter(a -> a.name().equals(c.name()) && a.label().equals(c.label())).findFirst();
                String readiness = advice.map(a -> a.state().label().get(l)
                        + (a.state() == TtlAdvice.State.LOWER && a.lowerBy() != null
                        ? i18n.text("：", ": ") + Formats.ttl(a.lowerTo(), l) + i18n.text(" に ", " by ") + Formats.dateTime(a.lowerBy(), l) + i18n.text(" まで", "") : "")).orElse("");
                dnsModel.addRow(new Object[] {d.domain(), c.label(), c.name(), c.kind().label().get(l) + (c.state().isEmpty() ? "" : " (" + c.state() + ")"),
                        String.join(" | ", c.before()), String.join(" | ", c.after()),
                        c.currentTtl() >= 0 ? Formats.ttl(c.currentTtl(), l) : "", readiness});
            }
            if (d.newHostCheck() != null) {
                dnsModel.addRow(new Object[] {d.domain(), i18n.text("チェック", "Check"), d.checkLabel().get(l), d.newHostCheck().worst(),
                        "", d.newHostCheck().findings().stream().filter(f -> f.severity() != DnsCheckService.FindingSeverity.OK).map(f -> f.title().get(l)).limit(3)
                        .reduce((a, b) -> a + " / " + b).orElse(i18n.text("問題なし", "no problem")), "", ""});
            }
        }
    }

    private static void widths(JTable table, int... widths) {
        for (int i = 0; i < widths.length && i < table.getColumnModel().getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private void fillCopy(List<CopyEstimate> estimates) {
        Locale l = locale();
        copyModel.setColumnIdentifiers(headers(COPY_COLUMNS));
        copyModel.setRowCount(0);
        widths(copyTable, 220, 90, 70, 100, 240, 160, 140);
        for (CopyEstimate e : estimates) {
            copyModel.addRow(new Object[] {e.address(), Sizes.human(e.bytes()), e.messages() < 0 ? "-" : e.messages(),
                    Formats.duration(e.duration(), l), e.source().label().get(l), e.throughputSource().label().get(l),
                    e.overLimit() <= 0 ? "" : e.overLimit() + (e.overLimitFolders().isEmpty() ? "" : " (" + String.join(", ", e.overLimitFolders()) + ")")});
        }
        copyModel.addRow(new Object[] {i18n.text("合計（順にコピー）", "Total (one after another)"), "", "", Formats.duration(CopyEstimator.total(estimates), l),
                i18n.text("コピーは「コピーと検証」タブ／mailbench migrate copy", "Copy with the Copy and verify tab / mailbench migrate copy"), "", ""});
    }

    /** Stores the form in the project section (one undoable edit), then re-plans. */
    void applyInputs() {
        int port;
        try {
            port = Integer.parseInt(oldPort.getText().strip());
        } catch (NumberFormatException e) {
            showProblems(List.of(new PlanProblem(PlanProblem.Severity.ERROR, "oldHost",
                    LocalizedText.of("ポート番号は数字で入力してください（通常 993）。", "The port must be a number (usually 993)."))));
            return;
        }
        MigrationSection s = section();
        OldHost old = s.oldHost() == null ? new OldHost("", "", 993, "", 587, "") : s.oldHost();
        OldHost edited = new OldHost(oldLabel.getText().strip(), oldImap.getText(), port, old.smtpHost().isBlank() ? oldImap.getText().strip() : old.smtpHost(),
                old.smtpPort(), oldDns.getText().strip());
        MigrationSection next = s.withOldHost(edited).withCutover(cutover.getText().strip()).withNewDnsOperator(operator.getText().strip())
                .withNewDnsServers(newDns.getText().strip());
        if (!next.equals(s)) {
            api.project().writeSection(i18n.text("移行計画の入力を変更", "Edit migration inputs"), next);
        }
        refresh(false);
    }

    void lookUpDns() {
        Optional<DnsCheckService> service = api.services().find(DnsCheckService.class);
        if (service.isEmpty() || running != null) {
            return;
        }
        applyInputs();
        MigrationSection s = section();
        PlanInputs in = new PlanInputs(api.project().current(), s, api.project().provider(), MigrationPlanner.nowInJapan());
        List<String> domains = in.project().domains().stream().map(d -> d.name()).toList();
        LocalDateTime cut = in.cutover().orElse(null);
        lookUp.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progress.setString(i18n.text("DNS を確認中…", "Looking up DNS…"));
        running = api.tasks().submit(LocalizedText.of("移行計画: DNS の確認", "Migration plan: DNS lookup"),
                ctx -> DnsSnapshot.lookUp(service.get(), domains, in.oldHost().dnsServers(), s.newDnsServers(), in.provider(), cut,
                        in.now(), ctx::isCancelled, (done, total, domain) -> {
                            ctx.progress(done, total, domain);
                            SwingUtilities.invokeLater(() -> {
                                progress.setIndeterminate(false);
                                progress.setMaximum(Math.max(1, total));
                                progress.setValue(done);
                                progress.setString(domain.isEmpty() ? "" : domain + " (" + (done + 1) + "/" + total + ")");
                            });
                        }));
        running.result().whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            if (scope.isDisposed()) {
                return;
            }
            running = null;
            cancel.setVisible(false);
            progress.setVisible(false);
            if (result != null) {
                dns = result;
                details.setSelectedIndex(1);
            }
            refresh(false);
            if (result == null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause != null && !(cause instanceof CancellationException)) {
                    problems.setText(i18n.text("DNS を確認できませんでした: ", "DNS lookup failed: ") + cause.getMessage());
                }
            }
        }));
    }

    private void chooseAndExport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("migration.plan.icsChooser");
        chooser.setSelectedFile(api.project().file().map(f -> f.resolveSibling("移行計画.ics").toFile())
                .orElse(new java.io.File("移行計画.ics")));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            exportIcs(chooser.getSelectedFile().toPath());
        }
    }

    /** Writes the timeline as .ics (atomically) and says where. */
    void exportIcs(Path file) {
        if (plan == null || plan.steps().isEmpty()) {
            return;
        }
        String key = api.project().current().domains().isEmpty() ? "project" : api.project().current().domains().get(0).name();
        try {
            IcsCalendar.writeAtomically(file, IcsCalendar.write(plan, key, Instant.now(), locale()));
            summary.setText(i18n.text("カレンダーを書き出しました: ", "Calendar written: ") + file);
        } catch (IOException e) {
            problems.setText(i18n.text("書き出せませんでした: ", "Could not write: ") + e.getMessage());
        }
    }

    MigrationPlan plan() {
        return plan;
    }

    /** Steps with a tick box; ticking stores DONE (unticking TODO) in the section. */
    private final class StepTableModel extends javax.swing.table.AbstractTableModel {
        private List<PlanStep> steps = new ArrayList<>();
        private Locale locale = Locale.JAPANESE;

        void show(List<PlanStep> value, Locale shownIn) {
            steps = new ArrayList<>(value);
            locale = shownIn;
            fireTableStructureChanged();
            if (stepTable.getColumnModel().getColumnCount() == STEP_COLUMNS.length) {
                javax.swing.JComboBox<StatusChoice> statuses = new javax.swing.JComboBox<>();
                statuses.setName("migration.plan.stepStatus");
                for (PlanStep.StepStatus st : PlanStep.StepStatus.values()) {
                    statuses.addItem(new StatusChoice(st, st.label().get(locale)));
                }
                stepTable.getColumnModel().getColumn(6).setCellEditor(new javax.swing.DefaultCellEditor(statuses));
                int[] widths = {54, 215, 330, 170, 250, 250, 64};
                for (int i = 0; i < widths.length; i++) {
                    stepTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
                }
            }
        }

        @Override
        public int getRowCount() {
            return steps.size();
        }

        @Override
        public int getColumnCount() {
            return STEP_COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return STEP_COLUMNS[c].get(locale);
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c == 0 || c == 6;
        }

        @Override
        public Object getValueAt(int r, int c) {
            PlanStep s = steps.get(r);
            Locale l = locale;
            return switch (c) {
                case 0 -> s.status() == PlanStep.StepStatus.DONE;
                case 1 -> Formats.dateTime(s.start(), l) + "–" + s.end().toLocalTime();
                case 2 -> s.title().get(l);
                case 3 -> s.ownerText(l);
                case 4 -> s.check().get(l);
                case 5 -> s.rollback().get(l);
                default -> s.status().label().get(l);
            };
        }

        @Override
        public void setValueAt(Object value, int r, int c) {
            PlanStep s = steps.get(r);
            PlanStep.StepStatus next;
            if (c == 0) {
                next = Boolean.TRUE.equals(value) ? PlanStep.StepStatus.DONE : PlanStep.StepStatus.TODO;
            } else if (c == 6 && value instanceof StatusChoice choice) {
                next = choice.status();
            } else {
                return;
            }
            if (next == s.status()) {
                return;
            }
            String description = switch (next) {
                case DONE -> i18n.text("手順を完了にする", "Tick a step");
                case SKIPPED -> i18n.text("手順を省略にする", "Skip a step");
                case TODO -> i18n.text("手順を未完了に戻す", "Untick a step");
            };
            api.project().writeSection(description, section().withStepStatus(s.id(), next.name()));
        }
    }

    /** A status in the step table's combo box, shown in the UI language. */
    record StatusChoice(PlanStep.StepStatus status, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
