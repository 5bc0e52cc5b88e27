package dev.mailbench.setup.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.ProjectSetup;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The client-setup panel: pick a device's mailbox on the left; on the right its settings with copy
 * buttons, the setup files, the settings lint and the live connection test. Lives as long as its
 * {@link PanelScope}: every listener of the panel and its views is registered through it.
 */
public final class SetupPanel extends JPanel {
    private final WorkbenchApi api;
    private final PanelScope scope;
    private final DefaultListModel<DeviceSetup> targets = new DefaultListModel<>();
    private final JList<DeviceSetup> list = new JList<>(targets);
    private final JLabel status = new JLabel(" ");
    private final SettingsView settingsView;
    private final ArtifactView artifactView;
    private final LintView lintView;
    private final LiveTestView liveView;
    private ProjectSetup setup;

    public SetupPanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("fill, insets 8", "[grow]", "[grow][]"));
        this.api = api;
        this.scope = scope;
        setName("setup.panel");
        settingsView = new SettingsView(this);
        artifactView = new ArtifactView(this);
        lintView = new LintView(this);
        liveView = new LiveTestView(this);

        list.setName("setup.targets");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(l, value, index, selected, focus);
                if (value instanceof DeviceSetup d) {
                    // the third line names the protocol in a word so it fits the list; the tooltip has it whole
                    String client = i18n().text(d.device().client().label());
                    String protocol = i18n().text(d.settings().protocol().label());
                    setText("<html><b>" + esc(d.device().name()) + "</b><br>" + esc(d.mailbox().address()) + "<br><span style='color:gray'>"
                            + esc(client) + " · " + esc(shortProtocol(protocol)) + "</span></html>");
                    setToolTipText(d.mailbox().address() + " — " + client + " · " + protocol);
                }
                setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("setup.tabs");
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(settingsView));
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(artifactView));
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(lintView));
        tabs.addTab("", dev.mailbench.kit.swing.FitOrScroll.wrap(liveView));
        i18n().bindTabs(tabs, LocalizedText.of("設定値", "Settings"), LocalizedText.of("設定ファイル・手順書", "Files & steps"),
                LocalizedText.of("設定チェック", "Settings lint"), LocalizedText.of("接続テスト", "Connection test"));

        JPanel left = new JPanel(new MigLayout("fill, insets 0", "[grow]", "[][grow]"));
        JLabel heading = i18n().bind(new JLabel(), LocalizedText.of("端末とメールアドレス", "Devices and addresses"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD));
        left.add(heading, "wrap");
        left.add(new JScrollPane(list), "grow");

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, tabs);
        split.setResizeWeight(0);
        split.setBorder(null);
        // wmin 0: the long notes must not widen the panel beyond its tab (the copy buttons would fall off).
        add(split, "grow, wmin 0, wrap");
        status.setName("setup.status");
        add(status, "growx");

        scope.onProjectEvent(e -> reload());
        scope.onLocaleChanged(l -> list.repaint());
        reload();
        // the divider sits where the list's widest entry (and its scroll bar) ends; the settings get the rest
        split.setDividerLocation(left.getPreferredSize().width);
    }

    /** "POP（サーバーにコピーを残す）" → "POP", "POP (leave a copy on the server)" → "POP": the protocol without its detail. */
    static String shortProtocol(String label) {
        int cut = label.indexOf('（');
        if (cut < 0) {
            cut = label.indexOf(" (");
        }
        return cut > 0 ? label.substring(0, cut) : label;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    WorkbenchApi api() {
        return api;
    }

    /** The panel's life: the views register their listeners here. */
    PanelScope scope() {
        return scope;
    }

    I18nApi i18n() {
        return api.i18n();
    }

    /** Shows {@code text} in the status line, relabelled when the language changes. */
    void status(LocalizedText text) {
        i18n().bind(status, text);
    }

    ProjectSetup setup() {
        return setup;
    }

    DeviceSetup selected() {
        return list.getSelectedValue();
    }

    private void reload() {
        Project p = api.project().current();
        MailDesignService design = api.services().find(MailDesignService.class).orElse(null);
        try {
            setup = new ProjectSetup(p, api.project().provider(), design);
        } catch (RuntimeException e) {
            status(LocalizedText.of("プロバイダー設定を読めません: " + e.getMessage(), "Cannot read the provider profile: " + e.getMessage()));
            return;
        }
        int index = Math.max(0, list.getSelectedIndex());
        targets.clear();
        List<DeviceSetup> all = setup.deviceSetups();
        all.forEach(targets::addElement);
        if (!all.isEmpty()) {
            list.setSelectedIndex(Math.min(index, all.size() - 1));
        } else {
            status(LocalizedText.of("端末が登録されていません。プロジェクトに端末とメールアドレスを追加してください。",
                    "No devices yet: add devices and their mailboxes to the project."));
            showSelected();
        }
    }

    private void showSelected() {
        DeviceSetup d = selected();
        settingsView.show(d);
        artifactView.show(d);
        lintView.show(d);
        liveView.show(d);
    }

    /** For the tests and for views that need the component tree. */
    JComponent component() {
        return this;
    }
}
