package dev.mailbench.design.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.design.DesignServices;
import dev.mailbench.design.engine.ArchiveCadence;
import dev.mailbench.design.engine.DecisionApplier;
import dev.mailbench.design.engine.DesignSection;
import dev.mailbench.design.engine.DesignFormats;
import dev.mailbench.design.engine.DesignSectionCodec;
import dev.mailbench.design.engine.MailboxDesign;
import dev.mailbench.design.engine.ProjectDesigner;
import dev.mailbench.design.engine.Questionnaire;
import dev.mailbench.design.engine.QuestionnaireAnswers;
import dev.mailbench.design.engine.Recommendation;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.rules.PopLeaveCopyRule;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The design advisor's panel: the mailbox table with recommendations and risk badges, and for the selected
 * mailbox the reasons with accept / override, the questionnaire, and the capacity chart with a what-if.
 * Questionnaire edits recompute at once and are saved (debounced) to the plugin's section; accepting
 * writes the decision and the mailbox's protocol in one undoable step.
 */
public final class DesignPanel extends JPanel {
    /** Spinner clicks within this delay become one undo step. */
    static final int SAVE_DELAY_MS = 800;
    /** The mailbox table's share of the width when it sits beside the tabs. */
    private static final double LEFT_SHARE = 0.42;
    private static final String HINT_CHANGE_JA = "「→」は受信方式の変更を勧めるメールボックスです。";
    private static final String HINT_CHANGE_EN = "\"→\" marks a recommended change of protocol.";
    private static final String HINT_SAVE_JA = "質問票を直すと推奨はすぐに変わり、自動で保存されます。";
    private static final String HINT_SAVE_EN = "Editing the questionnaire updates the advice at once and is saved automatically.";
    private static final LocalizedText HINT = LocalizedText.of(HINT_CHANGE_JA + HINT_SAVE_JA, HINT_CHANGE_EN + " " + HINT_SAVE_EN);
    /** On a narrow window the long hint would be wider than the table (in English), and two lines cost a row. */
    private static final LocalizedText HINT_SHORT = LocalizedText.of(HINT_CHANGE_JA + "質問票の変更は自動で保存されます。",
            "\"→\" marks a recommended change of protocol; questionnaire edits are saved automatically.");
    private static final LocalizedText RISKS_TAB = LocalizedText.of("リスク一覧（お客様全体）", "Risks (whole customer)");

    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final Supplier<ProjectDesigner> designers;
    private final MailboxTableModel model;
    private final JTable table;
    private final RiskTableModel riskModel;
    private final JTable risks;
    private final JLabel heading = new JLabel();
    private final Badges summary = new Badges();
    private final JTabbedPane tabs = new JTabbedPane();
    private final RecommendationPane recommendation;
    private final QuestionnaireForm questionnaire;
    private final ForecastPane forecast;
    private final Timer saveTimer;
    private final JScrollPane tableScroll;
    private final JScrollPane risksScroll;
    private final JLabel risksTitle;
    private final JLabel hint;
    /** Null until first laid out; then whether the tables sit above the tabs (narrow) or beside them (wide). */
    private Boolean narrow;

    private ProjectDesigner designer;
    private Project project = Project.empty();
    private DesignSection section = DesignSection.EMPTY;
    private Questionnaire pending;
    private boolean refreshing;

    public DesignPanel(WorkbenchApi api, PanelScope scope) {
        this(api, scope, () -> DesignServices.designer(api));
    }

    public DesignPanel(WorkbenchApi api, PanelScope scope, Supplier<ProjectDesigner> designers) {
        super(new MigLayout());
        this.api = api;
        this.i18n = api.i18n();
        this.designers = designers;
        recommendation = new RecommendationPane(i18n);
        questionnaire = new QuestionnaireForm(i18n);
        forecast = new ForecastPane(i18n);
        setName("design.panel");
        model = new MailboxTableModel(i18n);
        table = new JTable(model) {
            @Override
            public String getToolTipText(java.awt.event.MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                if (row >= 0 && convertColumnIndexToModel(columnAtPoint(event.getPoint())) == MailboxTableModel.ADDRESS) {
                    // The cell may show only the local part: the tooltip says the whole address.
                    return model.address(convertRowIndexToModel(row));
                }
                return super.getToolTipText(event);
            }
        };
        table.setName("design.mailboxTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(table.getRowHeight() + 6);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Recommendation.class, new Badges.Renderer(i18n));
        i18n.bindColumns(table, model.columns());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !refreshing) {
                selectionChanged();
            }
        });
        riskModel = new RiskTableModel(i18n);
        risks = new JTable(riskModel) {
            @Override
            public String getToolTipText(java.awt.event.MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                if (row < 0) {
                    return null;
                }
                int column = convertColumnIndexToModel(columnAtPoint(event.getPoint()));
                var r = riskModel.row(convertRowIndexToModel(row));
                if (column == RiskTableModel.ADDRESS) {
                    return r.address();
                }
                if (column != RiskTableModel.ISSUE) {
                    // Severity: the badge's text, whole, when the column is cut.
                    return super.getToolTipText(event);
                }
                // Full text (the cell is cut short); wrapped so a long sentence stays readable.
                return "<html><div style='width:420px'>" + i18n.text(r.finding().reason()) + "<br><br>"
                        + i18n.text(r.finding().riskPrevented()) + "</div></html>";
            }
        };
        risks.setName("design.riskTable");
        risks.setRowHeight(table.getRowHeight());
        risks.setFillsViewportHeight(true);
        risks.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        risks.setDefaultRenderer(RiskLevel.class, new Badges.Renderer(i18n));
        i18n.bindColumns(risks, riskModel.columns());
        // Badge and local part are short: the sentence gets the width (the fitted columns widen these for longer content).
        risks.getColumnModel().getColumn(RiskTableModel.SEVERITY).setMaxWidth(90);
        risks.getColumnModel().getColumn(RiskTableModel.ADDRESS).setMaxWidth(160);
        risks.getSelectionModel().addListSelectionListener(e -> {
            int row = risks.getSelectedRow();
            if (!e.getValueIsAdjusting() && !refreshing && row >= 0) {
                int index = model.indexOf(riskModel.row(risks.convertRowIndexToModel(row)).mailboxId());
                if (index >= 0) {
                    table.getSelectionModel().setSelectionInterval(index, index);
                    tabs.setSelectedIndex(0);
                }
            }
        });
        risksTitle = i18n.bind(new JLabel(), LocalizedText.of("リスク一覧（お客様全体）", "Risks (whole customer)"));
        risksTitle.setFont(risksTitle.getFont().deriveFont(Font.BOLD));
        heading.setName("design.heading");
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 5f));
        summary.setName("design.summary");
        hint = i18n.bind(new JLabel(), HINT);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        tabs.setName("design.tabs");
        // Not in scroll panes: the reasons must wrap to the tab's width (they scroll on their own).
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(recommendation));
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(questionnaire));
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(forecast));
        tableScroll = new JScrollPane(table);
        risksScroll = new JScrollPane(risks);
        risksScroll.setName("design.risks");
        // The fourth title is used while the window is narrow and the risk list is a tab of its own.
        i18n.bindTabs(tabs, LocalizedText.of("推奨と理由", "Recommendation"), LocalizedText.of("質問票", "Questionnaire"),
                LocalizedText.of("容量の見通し", "Capacity forecast"), RISKS_TAB);
        arrange(false);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fitLayout();
            }
        });

        recommendation.onAccept(this::acceptRecommendation);
        recommendation.onOverride(this::acceptOverride);
        questionnaire.onChange(this::questionnaireEdited);
        forecast.onUseQuota(quota -> {
            recommendation.setQuotaProposal(quota);
            tabs.setSelectedIndex(0);
        });
        saveTimer = new Timer(SAVE_DELAY_MS, e -> flushAnswers());
        saveTimer.setRepeats(false);
        // Another project opened means a new panel: this one follows edits of its project and the language.
        scope.onProjectEvent(e -> refresh());
        scope.onLocaleChanged(l -> languageChanged());
        scope.onDispose(this::saveBeforeClosing);
        refresh();
    }

    /** Saves questionnaire edits that are still waiting for the debounce (e.g. before the window closes). */
    public void flushAnswers() {
        saveTimer.stop();
        if (pending == null) {
            return;
        }
        Questionnaire q = pending;
        pending = null;
        String address = project.mailbox(q.mailboxId()).map(m -> m.address()).orElse(q.mailboxId());
        Object previous = api.project().readSection(Map.class).orElse(null);
        DesignSection updated = section.withAnswers(q.mailboxId(), QuestionnaireAnswers.of(q));
        api.project().writeSection(i18n.text("質問票を更新: ", "Update questionnaire: ") + address,
                DesignSectionCodec.toPlain(updated, previous));
        section = updated;
    }

    /**
     * The panel is closed: answers still waiting are saved, unless the panel closes because another project
     * was opened. They belong to the project it showed (every edit of which it has seen), not to the new one.
     */
    private void saveBeforeClosing() {
        if (api.project().current() == project) {
            flushAnswers();
        } else {
            saveTimer.stop();
            pending = null;
        }
    }

    /** The tables, the summary and the selected mailbox's texts in the new language (bound texts are done). */
    private void languageChanged() {
        fitLayout();
        table.repaint();
        risks.repaint();
        updateSummary();
        recommendation.render();
        questionnaire.render();
        forecast.render();
    }

    private void refresh() {
        refreshing = true;
        try {
            String selectedId = selected() == null ? null : selected().mailbox().id();
            project = api.project().current();
            section = api.project().readSection(Map.class).map(DesignSectionCodec::fromPlain).orElse(DesignSection.EMPTY);
            designer = designers.get();
            List<MailboxDesign> designs = new ArrayList<>();
            for (var mailbox : project.mailboxes()) {
                designs.add(pending != null && pending.mailboxId().equals(mailbox.id())
                        ? designer.design(project, section, mailbox, pending)
                        : designer.design(project, section, mailbox));
            }
            model.setRows(designs);
            riskModel.setDesigns(designs);
            int index = selectedId == null ? -1 : model.indexOf(selectedId);
            if (index < 0 && model.getRowCount() > 0) {
                index = 0;
            }
            if (index >= 0) {
                table.getSelectionModel().setSelectionInterval(index, index);
            }
            updateSummary();
        } finally {
            refreshing = false;
        }
        showSelected();
        fitLayout();
    }

    /**
     * Beside each other while the mailbox table fits its share of the width whole; otherwise (a 1366x768 or
     * 1024x768 laptop) the table takes the whole width on top, the tabs go below it and the risk list becomes
     * their last tab. Sharing one row cut the table's risk and state columns, or the detail pane, at any split.
     */
    private void fitLayout() {
        int width = getWidth();
        if (width <= 0) {
            return;
        }
        boolean wanted = (width - 20) * LEFT_SHARE < tableWidthNeeded() + 4;
        int rows = Math.max(3, Math.min(model.getRowCount(), 6));
        java.awt.Dimension viewport = new java.awt.Dimension(300, rows * table.getRowHeight());
        if (!viewport.equals(table.getPreferredScrollableViewportSize())) {
            table.setPreferredScrollableViewportSize(viewport);
            tableScroll.revalidate();
        }
        if (narrow == null || wanted != narrow) {
            arrange(wanted);
        }
    }

    /** Every column at its content's width: the header, or the widest cell (the whole table, not the cut one). */
    private int tableWidthNeeded() {
        int total = 0;
        javax.swing.table.JTableHeader header = table.getTableHeader();
        for (int col = 0; col < table.getColumnCount(); col++) {
            javax.swing.table.TableColumn column = table.getColumnModel().getColumn(col);
            javax.swing.table.TableCellRenderer headerRenderer = column.getHeaderRenderer() != null
                    ? column.getHeaderRenderer() : header.getDefaultRenderer();
            int width = headerRenderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, col)
                    .getPreferredSize().width + 4;
            for (int row = 0; row < Math.min(table.getRowCount(), 200); row++) {
                width = Math.max(width, table.prepareRenderer(table.getCellRenderer(row, col), row, col)
                        .getPreferredSize().width + 12);
            }
            total += width;
        }
        return total;
    }

    private void arrange(boolean narrowNow) {
        narrow = narrowNow;
        int selectedTab = tabs.getSelectedIndex();
        removeAll();
        int riskTab = tabs.indexOfComponent(risksScroll);
        if (riskTab >= 0) {
            tabs.removeTabAt(riskTab);
        }
        if (narrowNow) {
            setLayout(new MigLayout("fill, insets 10", "[grow, fill]", "[][][grow, fill][]"));
            add(heading, "split 2");
            add(summary, "gapleft 12, h pref!, growx 0, wrap");
            // Every mailbox in sight (up to six); the tab below scrolls if it must, not the overview.
            add(tableScroll, "h pref!, wrap");
            // Its title follows the language switch through the binding made in the constructor.
            tabs.addTab(i18n.text(RISKS_TAB), risksScroll);
            add(tabs, "wmin 0, hmin 0, wrap");
        } else {
            setLayout(new MigLayout("fill, insets 10", "[42%, fill][58%, fill]", "[][grow, fill][]"));
            add(heading, "span 2, split 2");
            add(summary, "gapleft 12, h pref!, growx 0, wrap");
            JPanel left = new JPanel(new MigLayout("fill, insets 0", "[grow, fill]", "[grow 45, fill][][grow 55, fill]"));
            left.add(tableScroll, "h 150:250:, wrap");
            left.add(risksTitle, "gaptop 8, wrap");
            left.add(risksScroll, "h 100:200:");
            // wmin 0: the detail texts are long; without it the table column is squeezed to nothing.
            add(left, "wmin 0");
            add(tabs, "wmin 0, wrap");
        }
        i18n.bind(hint, narrowNow ? HINT_SHORT : HINT);
        add(hint, narrowNow ? "" : "span 2");
        if (selectedTab >= 0 && selectedTab < tabs.getTabCount()) {
            tabs.setSelectedIndex(selectedTab);
        }
        revalidate();
        repaint();
    }

    private void selectionChanged() {
        flushAnswers();
        showSelected();
    }

    private MailboxDesign selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.getRowCount() ? null : model.row(table.convertRowIndexToModel(row));
    }

    private void showSelected() {
        MailboxDesign d = selected();
        boolean any = d != null;
        for (int i = 0; i < tabs.getTabCount(); i++) {
            tabs.setEnabledAt(i, any);
        }
        if (!any) {
            return;
        }
        recommendation.show(d, project);
        if (questionnaire.questionnaire() == null || !questionnaire.questionnaire().equals(d.questionnaire())) {
            questionnaire.show(d.questionnaire(), project,
                    d.usageFromPanel() ? DesignFormats.panelFigures(d).orElse(null) : null);
        }
        forecast.show(d);
    }

    private void questionnaireEdited(Questionnaire q) {
        MailboxDesign before = selected();
        if (before == null || !before.mailbox().id().equals(q.mailboxId())) {
            return;
        }
        pending = q;
        MailboxDesign after = designer.design(project, section, before.mailbox(), q);
        model.replace(after);
        riskModel.setDesigns(model.rows());
        updateSummary();
        recommendation.show(after, project);
        forecast.show(after);
        saveTimer.restart();
    }

    private void acceptRecommendation() {
        MailboxDesign d = selected();
        if (d == null) {
            return;
        }
        apply(d, d.recommendation().toDecision(designer.today()),
                i18n.text("メール設計を採用: ", "Accept mail design: ") + d.mailbox().address());
    }

    private void acceptOverride(RecommendationPane.OverrideRequest request) {
        MailboxDesign d = selected();
        if (d == null) {
            return;
        }
        Recommendation r = d.recommendation();
        MailProtocol protocol = request.protocol();
        Integer leaveCopy = protocol == MailProtocol.POP_KEEP_COPY ? (r.leaveCopyDays() != null ? r.leaveCopyDays()
                : PopLeaveCopyRule.daysFor(d.questionnaire().deviceCount())) : null;
        int archive = protocol == MailProtocol.IMAP
                ? (r.archiveCadence() == ArchiveCadence.NONE ? ArchiveCadence.YEARLY.months() : r.archiveCadence().months()) : 0;
        List<String> forward = protocol == MailProtocol.FORWARD_ONLY || protocol == r.protocol() ? r.forwardTo() : d.mailbox().forwardTo();
        MailDesignDecision decision = new MailDesignDecision(d.mailbox().id(), protocol, request.quotaMb(), leaveCopy,
                archive, protocol == MailProtocol.FORWARD_ONLY ? "" : r.keeperDeviceId(), forward, r.autoReply(),
                true, request.note(), designer.today());
        apply(d, decision, i18n.text("メール設計を変更して採用: ", "Override mail design: ") + d.mailbox().address());
    }

    private void apply(MailboxDesign d, MailDesignDecision decision, String description) {
        saveTimer.stop();
        pending = null;
        QuestionnaireAnswers answers = QuestionnaireAnswers.of(d.questionnaire());
        api.project().update(description, p -> DecisionApplier.accept(p, decision, answers));
        refresh();
        recommendation.showInfo(LocalizedText.of("採用しました。受信方式「" + decision.protocol().label().ja()
                        + "」をメールボックスに設定しました（元に戻すで取り消せます）。",
                "Accepted. The mailbox is now set to \"" + decision.protocol().label().en() + "\" (undo reverts it)."));
    }

    private void updateSummary() {
        long high = 0;
        long warning = 0;
        long open = 0;
        for (MailboxDesign d : model.rows()) {
            high += d.recommendation().riskCount(RiskLevel.HIGH);
            warning += d.recommendation().riskCount(RiskLevel.WARNING);
            open += d.status() == MailboxDesign.Status.OPEN ? 1 : 0;
        }
        List<Badges.Badge> badges = new ArrayList<>();
        badges.add(new Badges.Badge(i18n.text(RiskLevel.HIGH.label()) + " " + high, high > 0 ? Badges.HIGH : Badges.OK));
        badges.add(new Badges.Badge(i18n.text(RiskLevel.WARNING.label()) + " " + warning, warning > 0 ? Badges.WARNING : Badges.OK));
        badges.add(new Badges.Badge(i18n.text("未決定 ", "Open ") + open, open > 0 ? Badges.INFO : Badges.OK));
        summary.setBadges(badges);
        String customer = project.customer().name();
        heading.setText(i18n.text("メール設計", "Mail design") + (customer.isBlank() ? "" : " — " + customer));
    }
}
