package dev.mailbench.dns.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.dns.engine.CheckProfile;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.dns.engine.CheckRunner;
import dev.mailbench.dns.engine.DnsFinding;
import dev.mailbench.dns.engine.DnsSeverity;
import dev.mailbench.dns.engine.DomainReport;
import dev.mailbench.dns.engine.Fix;
import dev.mailbench.dns.engine.FixTexts;
import dev.mailbench.dns.engine.NoSafeFix;
import dev.mailbench.dns.engine.LookupState;
import dev.mailbench.dns.engine.PublishedRecord;
import dev.mailbench.dns.engine.Recheck;
import dev.mailbench.dns.engine.RecordGroup;
import dev.mailbench.dns.engine.ResolverSettings;
import dev.mailbench.dns.engine.RunHistory;
import dev.mailbench.dns.engine.SpfNode;
import dev.mailbench.kit.swing.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import net.miginfocom.swing.MigLayout;

/**
 * The DNS checker's panel: the project's domains with a traffic light each; for the selected one its
 * findings grouped by record, the SPF include tree, the fixes with copy buttons, the records as published
 * and what changed since the previous run. Checks run as a workbench task (progress, cancel); every run is
 * saved in the project.
 */
public final class DnsPanel extends JPanel {
    /** Where the check asks. */
    private enum Mode {
        AUTO(LocalizedText.of("自動（ゾーンファイルがあれば使用）", "Auto (zone file when present)")),
        SYSTEM(LocalizedText.of("ライブ（システムの DNS）", "Live (system DNS)")),
        SERVER(LocalizedText.of("DNS サーバーを指定", "Given DNS server"));

        private final LocalizedText label;

        Mode(LocalizedText label) {
            this.label = label;
        }
    }

    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final JComboBox<Mode> mode = new JComboBox<>(Mode.values());
    private final JTextField server = new JTextField(16);
    private final JButton run = new JButton();
    private final JButton cancel = new JButton();
    private final JProgressBar progress = new JProgressBar();
    /** Wraps at the panel's width: a long status (how the check was made) never widens the page. */
    private final WrappingLabel status = new WrappingLabel(" ");
    /** Says plainly when the results come from a zone file rather than the DNS the world sees. */
    private final WrappingLabel offlineBanner = new WrappingLabel("") {
        @Override
        protected void paintComponent(java.awt.Graphics g) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            super.paintComponent(g);
        }
    };
    private final DefaultListModel<DomainRow> domainModel = new DefaultListModel<>();
    /** As wide as its scroller: a domain's lines wrap instead of scrolling sideways. */
    private final JList<DomainRow> domains = new JList<>(domainModel) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JTree findingsTree = new JTree(new DefaultMutableTreeNode());
    private final JTextArea explanation = new JTextArea(5, 40);
    private final JTree spfTree = new JTree(new DefaultMutableTreeNode());
    private final JPanel fixesPanel = new JPanel(new MigLayout("insets 8, fillx, wrap 1", "[grow,fill]"));
    private final DefaultTableModel recordsModel = new DefaultTableModel(0, 5) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable records = new JTable(recordsModel);
    private final JTextArea changes = new JTextArea();
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<String, DomainReport> reports = new LinkedHashMap<>();
    private final Map<String, RunHistory.Changes> changesByDomain = new LinkedHashMap<>();
    private TasksApi.TaskHandle<List<DomainReport>> running;
    /** The status line and the banner in both languages, so they follow a language switch. */
    private LocalizedText statusText = LocalizedText.of(" ", " ");
    private LocalizedText bannerText = LocalizedText.of("", "");

    /** One line of the domain list. */
    record DomainRow(String domain, DomainReport report) {
    }

    public DnsPanel(WorkbenchApi api, PanelScope scope) {
        super(new BorderLayout());
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        setName("dns.panel");
        mode.setName("dns.mode");
        server.setName("dns.server");
        run.setName("dns.run");
        cancel.setName("dns.cancel");
        progress.setName("dns.progress");
        status.setName("dns.status");
        offlineBanner.setName("dns.offlineBanner");
        domains.setName("dns.domains");
        findingsTree.setName("dns.findings");
        explanation.setName("dns.explanation");
        spfTree.setName("dns.spfTree");
        fixesPanel.setName("dns.fixes");
        records.setName("dns.records");
        changes.setName("dns.changes");
        tabs.setName("dns.tabs");

        // the server field and the progress bar give way on a narrow tab (1024 wide screen) before anything is cut
        JPanel top = new JPanel(new MigLayout("insets 8 8 4 8, fillx", "[][60:160:][][][]push[40:200:200]"));
        top.add(mode);
        top.add(server, "growx");
        top.add(run);
        top.add(cancel);
        top.add(progress, "growx");
        status.setFont(status.getFont().deriveFont(Font.BOLD));
        top.add(status, "newline, spanx, growx, wmin 0, gaptop 4");
        offlineBanner.setOpaque(true);
        offlineBanner.setBackground(new java.awt.Color(0xFFF4CE));
        offlineBanner.setForeground(new java.awt.Color(0x5C4400));
        offlineBanner.setBorder(javax.swing.BorderFactory.createCompoundBorder(
                javax.swing.BorderFactory.createMatteBorder(1, 1, 1, 1, new java.awt.Color(0xE8C766)),
                javax.swing.BorderFactory.createEmptyBorder(6, 10, 6, 10)));
        offlineBanner.setVisible(false);
        top.add(offlineBanner, "newline, spanx, growx, wmin 0, gaptop 4, hidemode 3");
        add(top, BorderLayout.NORTH);

        mode.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof Mode m ? i18n.text(m.label) : value,
                        index, selected, focus);
            }
        });
        domains.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        domains.setCellRenderer(new DomainRenderer());
        domains.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        findingsTree.setRootVisible(false);
        findingsTree.setShowsRootHandles(true);
        findingsTree.setCellRenderer(new DotRenderer(this::findingCell));
        findingsTree.addTreeSelectionListener(e -> showExplanation());
        findingsTree.getSelectionModel().setSelectionMode(javax.swing.tree.TreeSelectionModel.SINGLE_TREE_SELECTION);
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        spfTree.setCellRenderer(new DotRenderer(this::spfCell));
        changes.setEditable(false);
        changes.setLineWrap(true);
        changes.setWrapStyleWord(true);
        records.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);

        JScrollPane findingsScroll = new JScrollPane(findingsTree);
        JScrollPane spfScroll = new JScrollPane(spfTree);
        wrapRows(findingsTree);
        wrapRows(spfTree);
        JSplitPane findingsSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, findingsScroll, new JScrollPane(explanation));
        findingsSplit.setResizeWeight(0.7);
        findingsSplit.setBorder(null);
        tabs.addTab("", findingsSplit);
        tabs.addTab("", spfScroll);
        // at the tab's width, so the notes wrap there; it scrolls sideways only below its narrowest
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(fixesPanel));
        tabs.addTab("", new JScrollPane(records));
        tabs.addTab("", new JScrollPane(changes));

        JScrollPane domainScroll = new JScrollPane(domains);
        domainScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        domainScroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            private int width = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                int now = domainScroll.getViewport().getWidth();
                if (now != width) {
                    width = now;
                    remeasureDomains();
                }
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, domainScroll, tabs);
        split.setDividerLocation(290);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);

        i18n.bindTooltip(server, LocalizedText.of("IP アドレス[:ポート]（カンマ区切りで複数可）", "IP[:PORT], comma-separated"));
        i18n.bind(run, LocalizedText.of("確認", "Check"));
        i18n.bind(cancel, LocalizedText.of("中止", "Cancel"));
        i18n.bindTabs(tabs, LocalizedText.of("指摘", "Findings"), LocalizedText.of("SPF ツリー", "SPF tree"),
                LocalizedText.of("修正案", "Fixes"), LocalizedText.of("公開レコード", "Records"),
                LocalizedText.of("前回からの変化", "Since last run"));
        i18n.bindColumns(records, LocalizedText.of("名前", "Name"), LocalizedText.of("種類", "Type"), LocalizedText.of("TTL", "TTL"),
                LocalizedText.of("値", "Value"), LocalizedText.of("状態", "State"));

        run.addActionListener(e -> startCheck());
        cancel.addActionListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        mode.addActionListener(e -> server.setEnabled(selectedMode() == Mode.SERVER));
        // Another project opened means a new panel: this one only follows the language and stops its check.
        scope.onLocaleChanged(l -> languageChanged());
        scope.onDispose(() -> {
            if (running != null) {
                running.cancel();
            }
        });
        loadDomains();
        setIdle();
    }

    private Mode selectedMode() {
        return (Mode) mode.getSelectedItem();
    }

    private void showStatus(LocalizedText text) {
        statusText = text;
        status.setText(i18n.text(text));
    }

    private void showBanner(LocalizedText text) {
        bannerText = text;
        offlineBanner.setText(i18n.text(text));
    }

    /** Re-renders what the panel wrote itself; the bound texts are relabelled by the host already. */
    private void languageChanged() {
        Mode selected = selectedMode();
        mode.setModel(new DefaultComboBoxModel<>(Mode.values())); // a new model makes the combo measure the new labels
        mode.setSelectedItem(selected);
        status.setText(i18n.text(statusText));
        offlineBanner.setText(i18n.text(bannerText));
        remeasureDomains();
        showSelected();
    }

    /** List cells are measured once: set again, they are measured anew (in a new language, at a new width). */
    private void remeasureDomains() {
        for (int i = 0; i < domainModel.size(); i++) {
            domainModel.set(i, domainModel.get(i));
        }
    }

    /**
     * Rows as high as their lines, measured again when the tree's scroller changes width: a long finding or SPF
     * record wraps at the scroller's edge instead of running off to the right.
     */
    private static void wrapRows(JTree tree) {
        tree.setRowHeight(0);
        javax.swing.JViewport viewport = (javax.swing.JViewport) tree.getParent();
        viewport.addComponentListener(new java.awt.event.ComponentAdapter() {
            private int width = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (viewport.getWidth() != width && tree.getUI() instanceof javax.swing.plaf.basic.BasicTreeUI ui) {
                    width = viewport.getWidth();
                    ui.setLeftChildIndent(ui.getLeftChildIndent()); // drops the measured rows, keeps what is expanded
                }
            }
        });
    }

    private void loadDomains() {
        domainModel.clear();
        for (Domain d : api.project().current().domains()) {
            if (!d.name().isBlank()) {
                domainModel.addElement(new DomainRow(d.name().toLowerCase(Locale.ROOT), null));
            }
        }
        if (!domainModel.isEmpty()) {
            domains.setSelectedIndex(0);
        }
        showStatus(domainModel.isEmpty() ? LocalizedText.of("プロジェクトにドメインがありません。先にドメインを登録してください。",
                "The project has no domains yet. Add one first.") : LocalizedText.of("「確認」を押すと DNS を確認します。", "Press Check to check DNS."));
        offlineBanner.setVisible(false);
        // Every domain has its planned zone beside the project: the check needs no network, so show it at once.
        if (!domainModel.isEmpty() && selectedMode() == Mode.AUTO && zoneFiles().size() == domainModel.size()) {
            SwingUtilities.invokeLater(() -> startCheck(true));
        }
    }

    /** {@code <domain>.zone} beside the project file, or a path saved in the plugin section. */
    Map<String, Path> zoneFiles() {
        Map<String, Path> zones = new LinkedHashMap<>();
        Map<String, Object> section = section();
        Object saved = section.get("zoneFiles");
        Path folder = api.project().folder().orElse(null);
        for (int i = 0; i < domainModel.size(); i++) {
            String d = domainModel.get(i).domain();
            if (saved instanceof Map<?, ?> m && m.get(d) instanceof String p) {
                Path path = folder == null ? Path.of(p) : folder.resolve(p);
                if (Files.isRegularFile(path)) {
                    zones.put(d, path);
                    continue;
                }
            }
            if (folder != null && Files.isRegularFile(folder.resolve(d + ".zone"))) {
                zones.put(d, folder.resolve(d + ".zone"));
            }
        }
        return zones;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section() {
        return api.project().readSection(Map.class).map(m -> (Map<String, Object>) m).orElse(Map.of());
    }

    private CheckProfile profile() {
        dev.mailbench.api.provider.ProviderProfile provider;
        try {
            provider = api.project().provider();
        } catch (RuntimeException noProvider) {
            provider = null;
        }
        return CheckProfile.forProject(provider, api.project().current());
    }

    void startCheck() {
        startCheck(false);
    }

    /**
     * The section's {@code referenceZones}: zone files (relative to the project's folder) of the names a planned
     * zone points at outside itself, such as the provider's SPF include or the server's reverse zone.
     */
    List<Path> referenceZones() {
        Path folder = api.project().folder().orElse(null);
        List<Path> files = new ArrayList<>();
        if (section().get("referenceZones") instanceof List<?> saved) {
            for (Object p : saved) {
                Path path = folder == null ? Path.of(String.valueOf(p)) : folder.resolve(String.valueOf(p));
                if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
        }
        return files;
    }

    /** @param automatic started by opening the panel, not by the user: the run is shown but not saved in the project */
    private void startCheck(boolean automatic) {
        if (domainModel.isEmpty() || running != null || scope.isDisposed()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < domainModel.size(); i++) {
            names.add(domainModel.get(i).domain());
        }
        ResolverSettings resolver = ResolverSettings.system();
        Map<String, Path> zones = selectedMode() == Mode.AUTO ? zoneFiles() : Map.of();
        if (selectedMode() == Mode.SERVER) {
            try {
                resolver = ResolverSettings.servers(ResolverSettings.parseServers(server.getText()));
            } catch (IllegalArgumentException e) {
                showStatus(LocalizedText.of(e.getMessage(), e.getMessage()));
                server.requestFocusInWindow();
                return;
            }
        }
        // A planned zone is checked offline: outside names would wait for a network the consultant may not have.
        boolean offline = !zones.isEmpty() && zones.size() == names.size();
        var request = new CheckRunner.Request(names, resolver.withTimeout(Duration.ofSeconds(3)), zones, offline, profile(), 8,
                zones.isEmpty() ? List.of() : referenceZones()).withPanel(panelImport());
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        showStatus(LocalizedText.of("確認しています…", "Checking…"));
        running = api.tasks().submit(LocalizedText.of("DNS を確認", "Checking DNS"), ctx -> CheckRunner.run(request,
                new CheckRunner.Listener() {
                    @Override
                    public void progress(int done, int total, String domain) {
                        ctx.progress(done, total, domain);
                        SwingUtilities.invokeLater(() -> {
                            progress.setIndeterminate(false);
                            progress.setMaximum(total);
                            progress.setValue(done);
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return ctx.isCancelled();
                    }
                }));
        running.result().whenComplete((result, error) -> SwingUtilities.invokeLater(() -> finished(result, error, zones, offline, automatic,
                request.referenceZones().size())));
    }

    /** The server panel's last import (server-panel plugin), whose DNS records a live check compares; null without. */
    private ServerPanelService.PanelSnapshot panelImport() {
        return api.services().find(ServerPanelService.class).flatMap(s -> s.lastImport(api.project().current())).orElse(null);
    }

    private void finished(List<DomainReport> result, Throwable error, Map<String, Path> zones, boolean offline, boolean automatic,
                          int references) {
        if (scope.isDisposed()) {
            return; // closed, or another project is open: the result belongs to nobody now
        }
        running = null;
        setIdle();
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            showStatus(LocalizedText.of("中止しました。前回の結果はそのままです。", "Cancelled. The previous results are kept."));
            return;
        }
        if (cause != null) {
            showStatus(LocalizedText.of("確認できませんでした: " + cause.getMessage(), "Could not check: " + cause.getMessage()));
            api.log().warn("DNS check failed", cause);
            return;
        }
        Map<String, Object> section = section();
        for (DomainReport r : result) {
            if (r.notChecked() == null) {
                RunHistory.latest(section, r.domain()).ifPresent(prev -> changesByDomain.put(r.domain(), RunHistory.diff(prev, r)));
            }
            reports.put(r.domain(), r);
        }
        if (!automatic) {
            // A check is not an edit: kept with the project, but no undo step and no unsaved change.
            api.project().recordSection(RunHistory.append(section, result, Instant.now()));
        }
        int selected = Math.max(0, domains.getSelectedIndex());
        domainModel.clear();
        result.forEach(r -> domainModel.addElement(new DomainRow(r.domain(), r)));
        domains.setSelectedIndex(Math.min(selected, domainModel.size() - 1));
        List<String> files = zones.values().stream().map(p -> p.getFileName().toString()).toList();
        LocalizedText how = zones.isEmpty() ? LocalizedText.of("ライブ DNS で確認しました", "Checked against live DNS")
                : offline && references > 0 ? LocalizedText.of("ゾーン外の名前は参照ゾーン " + references + " 件で確認しました（それ以外は確認していません）",
                        "Names outside the zone were checked against " + references + " reference zone" + (references == 1 ? "" : "s")
                                + " (no others were asked)")
                : offline ? LocalizedText.of("ゾーン外の名前（プロバイダーの include など）は確認していません",
                        "Names outside the zone (such as the provider's include) were not checked")
                : LocalizedText.of("ゾーン外の名前はライブ DNS に問い合わせました", "Names outside the zone were asked live");
        String at = " — " + java.time.LocalTime.now().withNano(0);
        showStatus(LocalizedText.of(how.ja() + at, how.en() + at));
        if (!files.isEmpty()) {
            String first = files.get(0);
            String whichJa = files.size() == 1 ? first : first + " ほか " + (files.size() - 1) + " 件";
            String whichEn = files.size() == 1 ? first : first + " and " + (files.size() - 1) + " more";
            showBanner(offline ? LocalizedText.of("ゾーンファイル " + whichJa + " をオフラインで確認しました（公開中の DNS ではありません）",
                    "Checked zone file " + whichEn + " offline (not the published DNS)")
                    : LocalizedText.of("ゾーンファイル " + whichJa + " で確認しました（公開中の DNS ではありません）",
                    "Checked zone file " + whichEn + " (not the published DNS)"));
        }
        offlineBanner.setToolTipText(String.join(", ", files));
        offlineBanner.setVisible(!zones.isEmpty());
    }

    private void setIdle() {
        run.setEnabled(!domainModel.isEmpty());
        cancel.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        server.setEnabled(selectedMode() == Mode.SERVER);
    }

    private void showSelected() {
        DomainRow row = domains.getSelectedValue();
        DomainReport r = row == null ? null : row.report();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode();
        fixesPanel.removeAll();
        recordsModel.setRowCount(0);
        if (r == null) {
            showHint(row == null ? LocalizedText.of("左の一覧でドメインを選んでください。", "Select a domain in the list on the left.")
                    : LocalizedText.of("まだ確認していません。「確認」を押すと、指摘がここに並びます。",
                            "Not checked yet. Press Check to list the findings here."));
            findingsTree.setModel(new DefaultTreeModel(root));
            spfTree.setModel(new DefaultTreeModel(new DefaultMutableTreeNode(i18n.text("まだ確認していません", "Not checked yet"))));
            changes.setText("");
            fixesPanel.revalidate();
            fixesPanel.repaint();
            return;
        }
        for (RecordGroup g : RecordGroup.values()) {
            List<DnsFinding> group = r.findings().stream().filter(f -> f.group() == g)
                    .sorted(Comparator.comparingInt((DnsFinding f) -> -f.severity().rank())).toList();
            if (group.isEmpty()) {
                continue;
            }
            DefaultMutableTreeNode node = new DefaultMutableTreeNode(new GroupNode(g, group.get(0).severity()));
            group.forEach(f -> node.add(new DefaultMutableTreeNode(f)));
            root.add(node);
        }
        findingsTree.setModel(new DefaultTreeModel(root));
        for (int i = 0; i < findingsTree.getRowCount(); i++) {
            findingsTree.expandRow(i);
        }
        showExplanation();
        spfTree.setModel(new DefaultTreeModel(r.spf() == null ? new DefaultMutableTreeNode(i18n.text("SPF なし", "No SPF")) : spfNode(r.spf())));
        for (int i = 0; i < spfTree.getRowCount(); i++) {
            spfTree.expandRow(i);
        }
        showFixes(r);
        for (PublishedRecord p : r.records()) {
            recordsModel.addRow(new Object[] {p.name(), p.type(), p.state() == LookupState.ANSWERED ? p.ttl() : "", p.data(), p.state()});
        }
        RunHistory.Changes c = changesByDomain.get(r.domain());
        changes.setText(r.notChecked() != null ? i18n.text("今回は確認できなかったため、前回との比較はありません。",
                "Not checked this time, so there is nothing to compare with the previous run.") : changesText(c));
    }

    private String changesText(RunHistory.Changes c) {
        if (c == null) {
            return i18n.text("前回の記録がありません（今回が最初の確認です）。", "No earlier run recorded (this is the first check).");
        }
        if (c.isEmpty()) {
            return i18n.text("前回（" + c.previousAt() + "）から変化はありません。", "Nothing changed since the previous run (" + c.previousAt() + ").");
        }
        StringBuilder sb = new StringBuilder(i18n.text("前回: ", "Previous run: ") + c.previousAt() + "\n\n");
        section(sb, i18n.text("新しい指摘", "New findings"), c.newFindings());
        section(sb, i18n.text("解消した指摘", "Resolved findings"), c.resolvedFindings());
        section(sb, i18n.text("追加・変更されたレコード", "Added or changed records"), c.addedRecords());
        section(sb, i18n.text("なくなったレコード", "Removed records"), c.removedRecords());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            sb.append(title).append('\n');
            lines.forEach(l -> sb.append("  ").append(l).append('\n'));
            sb.append('\n');
        }
    }

    private void showFixes(DomainReport r) {
        if (r.fixes().isEmpty() && r.unfixed().isEmpty()) {
            JLabel none = new JLabel(i18n.text("修正の必要なレコードはありません。", "No record needs a fix."));
            fixesPanel.add(none);
        }
        int i = 0;
        for (Fix fix : r.fixes()) {
            JLabel title = new JLabel(i18n.text(fix.title()));
            title.setFont(title.getFont().deriveFont(Font.BOLD));
            JLabel mark = new JLabel(i18n.text(FixTexts.mark(fix)));
            mark.setName("dns.fix." + i + ".recheck");
            mark.setIcon(new SeverityIcon(fix.recheck() != null && fix.recheck().status() == Recheck.Status.PASSED
                    ? DnsSeverity.OK : DnsSeverity.COULD_NOT_CHECK, 12));
            mark.setToolTipText(FixTexts.recheck(fix, i18n.locale()));
            JPanel heading = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
            heading.setOpaque(false);
            mark.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 16, 0, 0));
            heading.add(title);
            heading.add(mark);
            fixesPanel.add(heading, "gaptop 6");
            fixesPanel.add(new JLabel(fix.name() + "  " + fix.type()));
            if (!fix.clears().isEmpty()) {
                JTextArea clears = note(i18n.text("解消する指摘: ", "Clears: ") + String.join(i18n.text("、", ", "), fix.clears().stream()
                        .map(f -> i18n.text(f.code().title()) + (f.detail().get(i18n.locale()).isEmpty() ? "" : "（" + i18n.text(f.detail()) + "）"))
                        .toList()), false);
                clears.setName("dns.fix." + i + ".clears");
                fixesPanel.add(clears, "growx");
            }
            JPanel pair = new JPanel(new MigLayout("insets 0, fillx", "[70!][grow,fill][]"));
            JTextArea before = area(fix.before().isEmpty() ? i18n.text("（なし）", "(none)") : fix.before());
            JTextArea after = area(fix.after());
            after.setName("dns.fix." + i + ".after");
            JButton copy = new JButton(i18n.text("コピー", "Copy"));
            copy.setName("dns.fix." + i + ".copy");
            copy.addActionListener(e -> {
                Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(fix.after()), null);
                showStatus(LocalizedText.of("修正後の値をコピーしました: " + fix.name(), "Copied the corrected value: " + fix.name()));
            });
            JButton copyName = new JButton(i18n.text("名前をコピー", "Copy name"));
            copyName.setName("dns.fix." + i + ".copyName");
            copyName.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(fix.name()), null));
            pair.add(new JLabel(i18n.text("現在", "Before")));
            pair.add(before, "wmin 100");
            pair.add(copyName, "sgx b, wrap");
            pair.add(new JLabel(i18n.text("修正後", "After")));
            pair.add(after, "wmin 100");
            pair.add(copy, "sgx b");
            fixesPanel.add(pair, "growx");
            List<String> notes = new ArrayList<>();
            if (!fix.requires().isEmpty()) {
                notes.add(i18n.text("一緒に登録する修正: ", "Publish together with: ") + String.join(", ", fix.requires()));
            }
            if (!i18n.text(fix.note()).isEmpty()) {
                notes.add(i18n.text(fix.note()));
            }
            notes.add(FixTexts.recheck(fix, i18n.locale()));
            JTextArea note = note(String.join("\n", notes), !i18n.text(fix.note()).isEmpty());
            note.setName("dns.fix." + i + ".note");
            fixesPanel.add(note, "growx");
            i++;
        }
        if (!r.unfixed().isEmpty()) {
            JLabel heading = new JLabel(i18n.text("自動で安全な修正がない指摘（人が決めること）", "No safe automatic fix (for a person to decide)"));
            heading.setFont(heading.getFont().deriveFont(Font.BOLD));
            fixesPanel.add(heading, "gaptop 12");
            int j = 0;
            for (NoSafeFix u : r.unfixed()) {
                JLabel what = new JLabel(i18n.text(u.finding().code().title()) + "  (" + u.finding().subject() + ")");
                what.setIcon(new SeverityIcon(u.finding().severity(), 12));
                fixesPanel.add(what, "gaptop 4");
                JTextArea decision = note(i18n.text(u.decision()), true);
                decision.setName("dns.unfixed." + j++);
                fixesPanel.add(decision, "growx");
            }
        }
        fixesPanel.revalidate();
        fixesPanel.repaint();
    }

    /** Wrapped read-only text; {@code attention} in the warning colour of the banner. */
    private static JTextArea note(String text, boolean attention) {
        JTextArea a = new JTextArea(text);
        a.setEditable(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setOpaque(attention);
        if (attention) {
            a.setBackground(new java.awt.Color(0xFFF4CE));
            a.setForeground(new java.awt.Color(0x5C4400));
        }
        a.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 4, 2, 4));
        return a;
    }

    private static JTextArea area(String text) {
        JTextArea a = new JTextArea(text);
        a.setEditable(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(false);
        a.setFont(a.getFont().deriveFont(12f));
        a.setBackground(new java.awt.Color(0xf6, 0xf7, 0xf9));
        a.setBorder(javax.swing.BorderFactory.createCompoundBorder(
                javax.swing.BorderFactory.createLineBorder(new java.awt.Color(0xd0, 0xd4, 0xda)),
                javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6)));
        return a;
    }

    private DefaultMutableTreeNode spfNode(SpfNode n) {
        DefaultMutableTreeNode node = new DefaultMutableTreeNode(n);
        n.children().forEach(c -> node.add(spfNode(c)));
        return node;
    }

    private void showExplanation() {
        Object selected = findingsTree.getLastSelectedPathComponent();
        if (selected instanceof DefaultMutableTreeNode node && node.getUserObject() instanceof DnsFinding f) {
            StringBuilder sb = new StringBuilder();
            sb.append(i18n.text(f.code().title())).append("  [").append(f.code()).append(", ").append(f.code().rfc()).append("]\n");
            if (!i18n.text(f.detail()).isEmpty()) {
                sb.append(i18n.text(f.detail())).append('\n');
            }
            sb.append(i18n.text(f.code().explanation())).append('\n');
            if (!i18n.text(f.code().remedy()).isEmpty()) {
                sb.append("→ ").append(i18n.text(f.code().remedy())).append('\n');
            }
            f.records().forEach(rec -> sb.append("  ").append(rec).append('\n'));
            DomainRow row = domains.getSelectedValue();
            if (row != null && row.report() != null) {
                row.report().fixFor(f).ifPresent(fix -> sb.append(i18n.text("修正案: ", "Fix: ")).append(i18n.text(fix.title()))
                        .append("（").append(i18n.text(FixTexts.mark(fix))).append("）\n"));
                row.report().decisionFor(f).ifPresent(u -> sb.append(i18n.text(u.decision())).append('\n'));
            }
            explanation.setForeground(javax.swing.UIManager.getColor("TextArea.foreground"));
            explanation.setText(sb.toString());
            explanation.setCaretPosition(0);
        } else if (selected instanceof DefaultMutableTreeNode node && node.getUserObject() instanceof GroupNode g) {
            showHint(LocalizedText.of("「" + g.group().label().ja() + "」の指摘を選ぶと、説明と修正案がここに表示されます。",
                    "Select a finding under \"" + g.group().label().en() + "\" to see its explanation and fix here."));
        } else {
            showHint(LocalizedText.of("上の一覧で指摘を選ぶと、その説明・根拠 (RFC)・修正案がここに表示されます。",
                    "Select a finding above to see its explanation, its RFC and the fix here."));
        }
    }

    /** What the detail pane says while no finding is selected: what to do to fill it. */
    private void showHint(LocalizedText hint) {
        explanation.setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
        explanation.setText(i18n.text(hint));
        explanation.setCaretPosition(0);
    }

    record GroupNode(RecordGroup group, DnsSeverity worst) {
    }

    /** What a tree row shows: a traffic-light dot and a text. */
    private record Cell(DnsSeverity severity, String text, boolean bold) {
    }

    private Cell findingCell(Object node) {
        if (node instanceof GroupNode g) {
            return new Cell(g.worst(), i18n.text(g.group().label()), true);
        }
        if (node instanceof DnsFinding f) {
            String detail = i18n.text(f.detail());
            // "Could not check" titles already say so ("DKIM を確認できませんでした"): no "確認できず: " before them.
            String severity = f.severity() == DnsSeverity.COULD_NOT_CHECK ? "" : i18n.text(f.severity().label()) + ": ";
            return new Cell(f.severity(), severity + i18n.text(f.code().title())
                    + (detail.isEmpty() ? "" : " — " + detail), false);
        }
        return null;
    }

    private Cell spfCell(Object node) {
        if (!(node instanceof SpfNode n)) {
            return null;
        }
        boolean ok = n.status() == SpfNode.Status.OK;
        DnsSeverity severity = ok ? DnsSeverity.OK : n.status() == SpfNode.Status.UNCHECKED ? DnsSeverity.COULD_NOT_CHECK : DnsSeverity.ERROR;
        String head = n.via().isEmpty() ? n.domain() : n.via();
        String counts = ok ? i18n.text("  参照 " + n.ownLookups() + " 回（合計 " + n.totalLookups() + "）",
                "  lookups " + n.ownLookups() + " (total " + n.totalLookups() + ")") : "  " + n.status();
        return new Cell(severity, head + counts + (n.record().isEmpty() ? "" : "   " + n.record()), false);
    }

    /**
     * Renders tree rows whose user object {@code cells} understands; other rows (a plain message) as they are. A row
     * wraps at the tree's scroller: a long finding or SPF record is shown whole without scrolling sideways.
     */
    private static final class DotRenderer extends DefaultTreeCellRenderer {
        private final Function<Object, Cell> cells;
        private final WrappedCell wrapped = new WrappedCell();
        private boolean selectedRow;

        DotRenderer(Function<Object, Cell> cells) {
            this.cells = cells;
        }

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded, boolean leaf,
                                                      int row, boolean focus) {
            super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, focus);
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) value;
            Cell cell = cells.apply(node.getUserObject());
            String text = getText();
            if (cell != null) {
                setIcon(new SeverityIcon(cell.severity(), 12));
                text = cell.text();
                setFont(cell.bold() ? tree.getFont().deriveFont(Font.BOLD) : tree.getFont());
            }
            selectedRow = sel;
            wrapped.fit(this, null, text, null, rowRoom(tree, node));
            return this;
        }

        /** The scroller's width less the row's indent (as BasicTreeUI indents a node of that depth). */
        private static int rowRoom(JTree tree, DefaultMutableTreeNode node) {
            int room = WrappedCell.room(tree);
            if (room == 0) {
                return 0;
            }
            int indent = tree.getUI() instanceof javax.swing.plaf.basic.BasicTreeUI ui
                    ? ui.getLeftChildIndent() + ui.getRightChildIndent() : 20;
            int offset = tree.isRootVisible() ? (tree.getShowsRootHandles() ? 1 : 0) : (tree.getShowsRootHandles() ? 0 : -1);
            return Math.max(1, room - indent * (node.getLevel() + offset));
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            return wrapped.preferredSize();
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            wrapped.paint(this, g, selectedRow);
        }
    }

    /** A domain in bold, its verdict, and its counts in grey; in lines at the list's width (the list never scrolls sideways). */
    private final class DomainRenderer extends DefaultListCellRenderer {
        private final WrappedCell wrapped = new WrappedCell();
        private boolean selectedRow;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            setIconTextGap(8);
            setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 8, 6, 8));
            selectedRow = selected;
            DomainRow row = (DomainRow) value;
            int room = WrappedCell.room(list);
            if (row.report() == null) {
                setIcon(new SeverityIcon(DnsSeverity.COULD_NOT_CHECK, 14));
                wrapped.fit(this, row.domain(), "", i18n.text("未確認", "not checked"), room);
            } else {
                DomainReport r = row.report();
                setIcon(new SeverityIcon(r.worst(), 14));
                wrapped.fit(this, r.domain(), i18n.text(r.worst().label()), i18n.text("エラー ", "E ") + r.count(DnsSeverity.ERROR)
                        + " · " + i18n.text("注意 ", "W ") + r.count(DnsSeverity.WARNING)
                        + " · " + i18n.text("確認できず ", "unchecked ") + r.count(DnsSeverity.COULD_NOT_CHECK)
                        + (r.zoneMode() ? "\n" + i18n.text("ゾーンファイル", "zone file") : ""), room);
            }
            return this;
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            return wrapped.preferredSize();
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            // the selection's background, then the lines
            if (isOpaque()) {
                g.setColor(getBackground());
                g.fillRect(0, 0, getWidth(), getHeight());
            }
            wrapped.paint(this, g, selectedRow);
        }
    }
}
