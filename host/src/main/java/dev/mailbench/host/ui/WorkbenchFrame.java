package dev.mailbench.host.ui;

import dev.mailbench.host.handover.ui.ChecklistImportDialog;
import dev.mailbench.host.handover.ui.HandoverExportDialog;
import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.ProjectApi.ProjectEvent;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.Workbench;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.project.ValidationProblem;
import dev.mailbench.host.ui.dialog.AboutDialog;
import dev.mailbench.host.ui.dialog.PluginsDialog;
import dev.mailbench.host.ui.dialog.ProblemsDialog;
import dev.mailbench.host.ui.dialog.SettingsDialog;
import dev.mailbench.host.ui.editor.DevicesEditor;
import dev.mailbench.host.ui.editor.DomainsEditor;
import dev.mailbench.host.ui.editor.EditorContext;
import dev.mailbench.host.ui.editor.EditorPanel;
import dev.mailbench.host.ui.editor.MailboxesEditor;
import dev.mailbench.host.ui.editor.OverviewEditor;
import dev.mailbench.host.ui.editor.PeopleEditor;
import dev.mailbench.host.ui.i18n.LocaleAware;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.event.ActionListener;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import net.miginfocom.swing.MigLayout;

/**
 * The main window: navigator on the left, editors and plugin panels as tabs in the centre, status bar at
 * the bottom, and the menus. Editors and plugin panels are built the first time they are opened.
 */
public final class WorkbenchFrame extends JFrame implements EditorContext, LocaleAware {
    private static final String WORK_CARD = "work";
    private static final String START_CARD = "start";
    private final JPanel cards = new JPanel(new java.awt.CardLayout());
    private StartScreen startScreen;
    private boolean startShown;
    private boolean showingSample;

    public static final String PLUGIN_PREFIX = "plugin:";

    private final Workbench workbench;
    private final ProjectSession session;
    private final ProjectFiles files;
    private final NavigatorTree navigator;
    private final JTabbedPane tabs = new JTabbedPane();
    private final StatusBar statusBar;
    private final WindowPlacer placer;
    private final Map<String, Supplier<EditorPanel>> editorFactories = new LinkedHashMap<>();
    private final Map<String, EditorPanel> editors = new LinkedHashMap<>();
    private final Map<String, PluginPanelEntry> pluginPanels = new LinkedHashMap<>();
    private final Map<String, JComponent> openTabs = new LinkedHashMap<>();
    private final Map<String, JComponent> pluginComponents = new LinkedHashMap<>();
    private final Map<String, PluginPanelScope> pluginScopes = new LinkedHashMap<>();
    private final JMenuItem undoItem = new JMenuItem();
    private final JMenuItem redoItem = new JMenuItem();
    private final JMenu recentMenu = new JMenu();
    /** Listeners on longer-lived objects, dropped when the window goes so a closed window is not kept alive. */
    private final List<dev.mailbench.api.Registration> registrations = new ArrayList<>();
    private List<ValidationProblem> problems = List.of();
    private boolean validating;
    /** While a project opens: its first tabs wait for the one validation at the end of the opening. */
    private boolean validationDeferred;

    /** A plugin's panel as the window knows it: who contributed it and what it is. */
    public record PluginPanelEntry(String pluginId, PanelContribution contribution) {
    }

    public WorkbenchFrame(Workbench workbench) {
        this.workbench = workbench;
        this.session = workbench.session();
        this.files = new ProjectFiles(this, workbench);
        dev.mailbench.host.StartupTrace.mark("frame: files");
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });

        editorFactories.put(dev.mailbench.host.ui.editor.RouteEditor.ID,
                () -> new dev.mailbench.host.ui.editor.RouteEditor(this, this::goToStep, () -> workbench.plugins().routeContributors()
                        .stream().map(dev.mailbench.host.plugins.RouteEntry::contributor).toList()));
        editorFactories.put(OverviewEditor.ID, () -> new OverviewEditor(this));
        editorFactories.put(DomainsEditor.ID, () -> new DomainsEditor(this));
        editorFactories.put(MailboxesEditor.ID, () -> new MailboxesEditor(this));
        editorFactories.put(PeopleEditor.ID, () -> new PeopleEditor(this));
        editorFactories.put(DevicesEditor.ID, () -> new DevicesEditor(this));

        navigator = new NavigatorTree(this::openTab);
        statusBar = new StatusBar(this::showProblemsDialog);
        dev.mailbench.host.StartupTrace.mark("frame: navigator, status bar");
        tabs.setName("tabs");
        tabs.putClientProperty("JTabbedPane.tabClosable", true);
        tabs.putClientProperty("JTabbedPane.tabCloseCallback", (java.util.function.IntConsumer) this::closeTab);
        // Every open editor's tab whole, in a second row when a narrow screen needs one: a scrolled strip showed a
        // half tab at its edge and hid the rest behind a button. The selected tab's row sits on
        // its content, as in any wrapped Swing tab strip.
        tabs.setTabLayoutPolicy(JTabbedPane.WRAP_TAB_LAYOUT);
        tabs.addChangeListener(e -> {
            String id = selectedTabId();
            if (id != null) {
                navigator.showSelected(id);
            }
        });

        JScrollPane navScroll = new JScrollPane(navigator);
        navScroll.setName("navigatorScroll");
        navScroll.setBorder(null);
        JPanel navPanel = new JPanel(new MigLayout("insets 8 6 8 0, fill", "[grow,fill]", "[grow,fill]"));
        navPanel.add(navScroll);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, navPanel, tabs);
        split.setDividerLocation(250);
        split.setResizeWeight(0);
        split.setContinuousLayout(true);

        JPanel content = new JPanel(new MigLayout("insets 0, gap 0, fill, wrap 1", "[grow,fill]", "[][grow,fill][]")) {
            @Override
            public void paint(java.awt.Graphics g) {
                super.paint(g);
                firstPaint();
            }
        };
        cards.add(split, WORK_CARD);
        // Never wider than the window: what does not fit scrolls inside its tab (FitOrScroll), it is not cut off.
        dev.mailbench.host.StartupTrace.mark("frame: split");
        content.add(buildToolBar(), "wmin 0");
        dev.mailbench.host.StartupTrace.mark("frame: tool bar");
        content.add(cards, "wmin 0, hmin 0");
        content.add(statusBar, "growx, wmin 0");
        setContentPane(content);
        setJMenuBar(buildMenuBar());
        dev.mailbench.host.StartupTrace.mark("frame: menu bar");
        setPreferredSize(WindowPlacer.PREFERRED);
        setMinimumSize(WindowPlacer.MINIMUM);
        placer = new WindowPlacer(this, workbench.settingsStore());

        registrations.add(session.addListener(this::onProjectEvent));
        java.beans.PropertyChangeListener lafListener = e -> {
            if ("lookAndFeel".equals(e.getPropertyName())) {
                SwingUtilities.invokeLater(this::updateDetachedUi);
            }
        };
        javax.swing.UIManager.addPropertyChangeListener(lafListener);
        registrations.add(() -> javax.swing.UIManager.removePropertyChangeListener(lafListener));
        registrations.add(workbench.locale().addListener(l -> SwingUtilities.invokeLater(() -> applyLocale(l))));
        refreshPluginPanels();
        installPluginListeners();
        refreshTitleAndStatus();
        refreshUndoRedo();
    }

    private final List<Runnable> firstPaintCallbacks = new ArrayList<>();
    private boolean paintedOnce;

    /** Runs {@code callback} once the window has been painted for the first time (start-up probe, screenshots). */
    public void onFirstPaint(Runnable callback) {
        if (paintedOnce) {
            callback.run();
        } else {
            firstPaintCallbacks.add(callback);
        }
    }

    private void firstPaint() {
        if (!paintedOnce) {
            paintedOnce = true;
            List<Runnable> callbacks = List.copyOf(firstPaintCallbacks);
            firstPaintCallbacks.clear();
            callbacks.forEach(Runnable::run);
        }
    }

    // ---- tool bar and the visit route ----

    /** What a visit needs at hand: the route, open and save, the DNS check and the handover export. */
    private javax.swing.JToolBar buildToolBar() {
        javax.swing.JToolBar bar = new javax.swing.JToolBar();
        bar.setName("toolbar");
        bar.setFloatable(false);
        bar.add(toolButton("toolbar.route", e -> openTab(dev.mailbench.host.ui.editor.RouteEditor.ID)));
        bar.addSeparator();
        bar.add(toolButton("toolbar.open", e -> files.open()));
        bar.add(toolButton("toolbar.save", e -> files.save()));
        bar.addSeparator();
        bar.add(toolButton("toolbar.dns", e -> goToStep("dns-check")));
        bar.add(toolButton("toolbar.export", e -> goToStep(dev.mailbench.host.route.VisitRoute.HANDOVER)));
        return bar;
    }

    private static javax.swing.JButton toolButton(String key, ActionListener action) {
        javax.swing.JButton button = Texts.bind(new javax.swing.JButton(), key);
        button.setName(key);
        button.addActionListener(action);
        return button;
    }

    /** Goes to a step of the visit route: an editor, a plugin's panel, or the handover export. */
    void goToStep(String target) {
        if (dev.mailbench.host.route.VisitRoute.HANDOVER.equals(target)) {
            commitDrafts();
            HandoverExportDialog.show(this, workbench);
            return;
        }
        if (resolveTabId(target).isEmpty() && workbench.plugins().isStarting()) {
            // Clicked in the moment after the first paint while the plugins still start: their panels are a wait away.
            workbench.plugins().awaitStarted();
            refreshPluginPanels();
        }
        resolveTabId(target).ifPresentOrElse(this::openTab, () -> javax.swing.JOptionPane.showMessageDialog(this,
                Texts.get("route.missing"), Texts.get("app.title"), javax.swing.JOptionPane.INFORMATION_MESSAGE));
    }

    /**
     * A project opens on its visit route: where the visit stands and where to go next. A blank project goes straight
     * to the route's first step (recording the customer); another project opened over open tabs keeps the tab shown.
     */
    private void showRoute(Project project) {
        Component shown = tabs.getSelectedComponent();
        openTab(dev.mailbench.host.ui.editor.RouteEditor.ID);
        if (project.customer().name().isBlank() && project.domains().isEmpty() && project.mailboxes().isEmpty()) {
            openTab(OverviewEditor.ID);
        } else if (shown != null) {
            tabs.setSelectedComponent(shown);
        }
    }

    // ---- menus ----

    private JMenuBar buildMenuBar() {
        JMenuBar bar = new JMenuBar();
        bar.setName("menuBar");
        JMenu file = menu("menu.file");
        file.add(item("menu.file.new", KeyStroke.getKeyStroke(KeyEvent.VK_N, menuMask()), e -> files.newProject()));
        file.add(item("menu.file.open", KeyStroke.getKeyStroke(KeyEvent.VK_O, menuMask()), e -> files.open()));
        file.add(item("menu.file.save", KeyStroke.getKeyStroke(KeyEvent.VK_S, menuMask()), e -> files.save()));
        file.add(item("menu.file.saveAs",
                KeyStroke.getKeyStroke(KeyEvent.VK_S, menuMask() | KeyEvent.SHIFT_DOWN_MASK), e -> files.saveAs()));
        Texts.bind(recentMenu, "menu.file.recent");
        recentMenu.setName("menu.file.recent");
        recentMenu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fillRecentMenu();
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        file.add(recentMenu);
        file.addSeparator();
        file.add(item("menu.file.exportHandover", KeyStroke.getKeyStroke(KeyEvent.VK_E, menuMask()), e -> {
            commitDrafts();
            HandoverExportDialog.show(this, workbench);
        }));
        file.add(item("menu.file.importChecklist", null, e -> {
            commitDrafts();
            ChecklistImportDialog.show(this, workbench);
        }));
        file.addSeparator();
        file.add(item("menu.file.exit", null, e -> exit()));
        bar.add(file);

        JMenu edit = menu("menu.edit");
        undoItem.setName("menu.edit.undo");
        undoItem.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuMask()));
        undoItem.addActionListener(e -> undo());
        redoItem.setName("menu.edit.redo");
        redoItem.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Y, menuMask()));
        redoItem.addActionListener(e -> redo());
        edit.add(undoItem);
        edit.add(redoItem);
        bar.add(edit);

        JMenu plugins = menu("menu.plugins");
        plugins.add(item("menu.plugins.list", null, e -> new PluginsDialog(this, workbench.plugins()).setVisible(true)));
        bar.add(plugins);

        JMenu settings = menu("menu.settings");
        settings.add(item("menu.settings.open", null, e -> new SettingsDialog(this, workbench).setVisible(true)));
        bar.add(settings);

        JMenu help = menu("menu.help");
        help.add(item("menu.help.gettingStarted", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
                e -> dev.mailbench.host.ui.dialog.GettingStartedDialog.show(this)));
        help.add(item("menu.help.shortcuts", null, e -> AboutDialog.showShortcuts(this)));
        help.add(item("menu.help.about", null, e -> AboutDialog.showAbout(this)));
        bar.add(help);
        return bar;
    }

    private static int menuMask() {
        return java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    private static JMenu menu(String key) {
        JMenu menu = Texts.bind(new JMenu(), key);
        menu.setName(key);
        return menu;
    }

    private static JMenuItem item(String key, KeyStroke accelerator, ActionListener action) {
        JMenuItem item = Texts.bind(new JMenuItem(), key);
        item.setName(key);
        item.setAccelerator(accelerator);
        item.addActionListener(action);
        return item;
    }

    private void fillRecentMenu() {
        recentMenu.removeAll();
        List<Path> recent = files.recentProjects();
        if (recent.isEmpty()) {
            JMenuItem none = Texts.bind(new JMenuItem(), "menu.file.recent.empty");
            none.setEnabled(false);
            recentMenu.add(none);
        }
        int n = 1;
        for (Path path : recent) {
            JMenuItem item = new JMenuItem((n < 10 ? n + "  " : "    ") + path.getFileName());
            item.setToolTipText(path.toString());
            item.setName("menu.file.recent." + n);
            item.addActionListener(e -> files.openRecent(path));
            recentMenu.add(item);
            n++;
        }
    }

    // ---- tabs ----

    /** Opens (or selects) a navigator node: an editor id or {@code plugin:<pluginId>:<panelId>}. */
    public void openTab(String id) {
        JComponent existing = openTabs.get(id);
        if (existing != null) {
            tabs.setSelectedComponent(existing);
            return;
        }
        JComponent component;
        String title;
        String tooltip = null;
        if (editorFactories.containsKey(id)) {
            EditorPanel editor = editors.computeIfAbsent(id, k -> editorFactories.get(k).get());
            editor.projectChanged(session.project());
            component = editor;
            title = Texts.get("nav." + id);
        } else if (pluginPanels.containsKey(id)) {
            PluginPanelEntry entry = pluginPanels.get(id);
            // Built when opened, disposed when closed: what a plugin keeps lives in the project, not the panel.
            component = pluginComponents.computeIfAbsent(id, k -> createPluginPanel(k, entry));
            title = Texts.of(entry.contribution().title());
            tooltip = Texts.of(entry.contribution().tooltip());
        } else {
            return;
        }
        dev.mailbench.kit.swing.FittedColumns.installAll(component);
        JComponent tab = dev.mailbench.kit.swing.FitOrScroll.wrap(component);
        tab.putClientProperty("mailbench.tabId", id);
        openTabs.put(id, tab);
        tabs.addTab(title, null, tab, tooltip);
        tabs.setSelectedComponent(tab);
        revalidateProject();
    }

    /** Finds a node by editor id, plugin panel id or {@code pluginId:panelId}. */
    /** The ids {@code --tab} accepts: the editors' and each plugin panel's own id. */
    public java.util.List<String> tabIds() {
        java.util.List<String> ids = new java.util.ArrayList<>(editorFactories.keySet());
        pluginPanels.values().forEach(e -> ids.add(e.contribution().id()));
        return ids;
    }

    public Optional<String> resolveTabId(String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return Optional.empty();
        }
        if (editorFactories.containsKey(wanted) || pluginPanels.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        for (var entry : pluginPanels.entrySet()) {
            PluginPanelEntry e = entry.getValue();
            if (e.contribution().id().equals(wanted) || (e.pluginId() + ":" + e.contribution().id()).equals(wanted)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private JComponent createPluginPanel(String tabId, PluginPanelEntry entry) {
        PluginPanelScope scope = new PluginPanelScope(tabId);
        pluginScopes.put(tabId, scope);
        try {
            JComponent panel = entry.contribution().factory().createPanel(scope);
            if (panel == null) {
                throw new IllegalStateException("createPanel() returned null");
            }
            return panel;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable error) {
            disposePluginPanel(tabId);
            workbench.plugins().markPanelFailed(entry.pluginId(), entry.contribution().id(), error);
            return new PanelErrorView(entry.pluginId(), entry.contribution().id(), error);
        }
    }

    private void closeTab(int index) {
        JComponent component = (JComponent) tabs.getComponentAt(index);
        if (dev.mailbench.kit.swing.FitOrScroll.contentOf(component) instanceof EditorPanel editor) {
            editor.commitDrafts();
        }
        openTabs.values().remove(component);
        tabs.removeTabAt(index);
        Object id = component.getClientProperty("mailbench.tabId");
        if (id instanceof String tabId && pluginComponents.containsKey(tabId)) {
            disposePluginPanel(tabId);
        }
    }

    /** Ends a plugin panel's life: its scope's registrations are undone and it is built anew when next opened. */
    private void disposePluginPanel(String tabId) {
        pluginComponents.remove(tabId);
        PluginPanelScope scope = pluginScopes.remove(tabId);
        if (scope != null) {
            scope.dispose();
        }
    }

    /** Another project was opened: every plugin panel is disposed, and the open ones are built anew in place. */
    private void rebuildPluginPanels() {
        String selected = selectedTabId();
        for (String tabId : new ArrayList<>(pluginComponents.keySet())) {
            JComponent old = openTabs.get(tabId);
            int index = old == null ? -1 : tabs.indexOfComponent(old);
            disposePluginPanel(tabId);
            if (index >= 0) {
                PluginPanelEntry entry = pluginPanels.get(tabId);
                JComponent fresh = pluginComponents.computeIfAbsent(tabId, k -> createPluginPanel(k, entry));
                dev.mailbench.kit.swing.FittedColumns.installAll(fresh);
                JComponent tab = dev.mailbench.kit.swing.FitOrScroll.wrap(fresh);
                tab.putClientProperty("mailbench.tabId", tabId);
                openTabs.put(tabId, tab);
                tabs.setComponentAt(index, tab);
            } else {
                openTabs.remove(tabId);
            }
        }
        if (selected != null && openTabs.containsKey(selected)) {
            tabs.setSelectedComponent(openTabs.get(selected));
        }
    }

    /** How many listeners and registrations the open plugin panels hold (a closed panel holds none). */
    int pluginPanelListenerCount() {
        return pluginScopes.values().stream().mapToInt(PluginPanelScope::liveCount).sum();
    }

    public String selectedTabId() {
        Component selected = tabs.getSelectedComponent();
        return selected instanceof JComponent c ? (String) c.getClientProperty("mailbench.tabId") : null;
    }

    public JTabbedPane tabs() {
        return tabs;
    }

    /** The editor or plugin panel the selected tab shows (inside the scroller that keeps it from being cut). */
    public Component selectedContent() {
        Component selected = tabs.getSelectedComponent();
        return selected == null ? null : dev.mailbench.kit.swing.FitOrScroll.contentOf(selected);
    }

    public Optional<EditorPanel> editor(String id) {
        return Optional.ofNullable(editors.get(id));
    }

    private void refreshPluginPanels() {
        pluginPanels.clear();
        List<NavigatorTree.Node> nodes = new ArrayList<>();
        workbench.plugins().panels().stream()
                .sorted(java.util.Comparator.comparingInt(p -> p.contribution().order()))
                .forEach(p -> {
                    String id = PLUGIN_PREFIX + p.pluginId() + ":" + p.contribution().id();
                    pluginPanels.put(id, new PluginPanelEntry(p.pluginId(), p.contribution()));
                    nodes.add(new NavigatorTree.Node(id, null, p.contribution().title(), null));
                });
        navigator.setPluginPanels(nodes);
        String shown = selectedTabId();
        if (shown != null) {
            navigator.showSelected(shown);
        }
        if (editors.get(dev.mailbench.host.ui.editor.RouteEditor.ID) instanceof dev.mailbench.host.ui.editor.RouteEditor route) {
            route.contributorsChanged();
        }
    }

    private void installPluginListeners() {
        registrations.add(workbench.plugins().addChangeListener(() -> SwingUtilities.invokeLater(this::refreshPluginPanels)));
        registrations.add(workbench.tasks().addListener(this::tasksChanged));
    }

    /** Progress arrives often and from worker threads: one pending refresh on the EDT at a time. */
    private void tasksChanged() {
        if (tasksRefreshQueued.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                tasksRefreshQueued.set(false);
                refreshTasks();
            });
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean tasksRefreshQueued =
            new java.util.concurrent.atomic.AtomicBoolean();

    private void refreshTasks() {
        List<StatusBar.TaskView> views = new ArrayList<>();
        for (var task : workbench.tasks().running()) {
            views.add(new StatusBar.TaskView(task.id(), Texts.of(task.title()), task.fraction(),
                    task.message() == null ? "" : task.message(), task::cancel));
        }
        statusBar.showTasks(views);
    }

    // ---- project events, validation ----

    private void onProjectEvent(ProjectEvent event) {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> onProjectEvent(event));
            return;
        }
        Project project = session.project();
        if (event.kind() == ProjectEvent.Kind.OPENED) {
            showingSample = false;
            showWork();
            rebuildPluginPanels();
            // The tabs opened here are validated once with everything else below, not each on its own first.
            validationDeferred = true;
            try {
                showRoute(project);
            } finally {
                validationDeferred = false;
            }
            dev.mailbench.host.StartupTrace.mark("opened: route");
        } else {
            new ArrayList<>(pluginScopes.values()).forEach(scope -> scope.projectEvent(event));
        }
        for (EditorPanel editor : editors.values()) {
            editor.projectChanged(project);
        }
        navigator.projectChanged(project);
        refreshTitleAndStatus();
        refreshUndoRedo();
        revalidateProject();
        if (event.kind() == ProjectEvent.Kind.OPENED) {
            dev.mailbench.host.StartupTrace.mark("opened: editors, navigator, validation");
        }
    }

    /** Validates the project as it would be with every draft committed, and shows the result everywhere. */
    public void revalidateProject() {
        if (validating || validationDeferred) {
            return;
        }
        validating = true;
        try {
            Project candidate = session.project();
            for (EditorPanel editor : editors.values()) {
                candidate = editor.applyDrafts(candidate);
            }
            problems = workbench.validator().validate(candidate);
            for (EditorPanel editor : editors.values()) {
                editor.validated(candidate, problems);
            }
            long errors = problems.stream().filter(p -> "ERROR".equals(String.valueOf(p.severity()))).count();
            statusBar.showProblems((int) errors, (int) (problems.size() - errors), unreadableCount());
            refreshTitleAndStatus();
            refreshUndoRedo();
        } finally {
            validating = false;
        }
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    private void showProblemsDialog() {
        new ProblemsDialog(this, problems, this::placeOf, this::goToProblem).setVisible(true);
    }

    /** Where a problem is, in the consultant's words: メールボックス info@sample-shoji.test — アドレス. */
    String placeOf(ValidationProblem problem) {
        Project p = session.project();
        String id = problem.entityId() == null ? "" : problem.entityId();
        String entity = String.valueOf(problem.entity());
        String what = switch (entity) {
            case "domain" -> Texts.get("nav.domains") + " " + p.domain(id).map(d -> d.name()).orElse(id);
            case "mailbox" -> Texts.get("nav.mailboxes") + " " + p.mailbox(id).map(m -> m.address()).orElse(id);
            case "person" -> Texts.get("nav.people") + " " + p.person(id).map(x -> x.name()).orElse(id);
            case "device" -> Texts.get("nav.devices") + " " + p.device(id).map(d -> d.name()).orElse(id);
            case "customer", "consultant", "provider" -> Texts.get("overview.section." + entity);
            default -> entity;
        };
        String field = problem.field() == null ? "" : problem.field();
        String fieldKey = entity + "." + field;
        String fieldName = field.isEmpty() ? "" : Texts.has(fieldKey) ? Texts.get(fieldKey) : field;
        return fieldName.isEmpty() ? what.strip() : what.strip() + " — " + fieldName;
    }

    void goToProblem(ValidationProblem problem) {
        String editorId = switch (String.valueOf(problem.entity())) {
            case "domain" -> DomainsEditor.ID;
            case "mailbox" -> MailboxesEditor.ID;
            case "person" -> PeopleEditor.ID;
            case "device" -> DevicesEditor.ID;
            default -> OverviewEditor.ID;
        };
        openTab(editorId);
        if (editors.get(editorId) instanceof dev.mailbench.host.ui.editor.ListEditor<?> list
                && problem.entityId() != null && !problem.entityId().isEmpty()) {
            list.select(problem.entityId());
        }
        if (problem.field() != null && !problem.field().isEmpty()) {
            EditorPanel editor = editors.get(editorId);
            // After the selection has filled the form.
            javax.swing.SwingUtilities.invokeLater(() -> editor.focusField(problem.field()));
        }
    }

    boolean hasDrafts() {
        return editors.values().stream().anyMatch(EditorPanel::hasDrafts);
    }

    /** How many fields hold typed text that cannot be read; the project does not have those values. */
    public int unreadableCount() {
        return editors.values().stream().mapToInt(EditorPanel::unreadableCount).sum();
    }

    /** @return false when some typed text cannot be held by the model (it stays, marked, in its field) */
    public boolean commitDrafts() {
        boolean all = true;
        for (EditorPanel editor : editors.values()) {
            all &= editor.commitDrafts();
        }
        return all;
    }

    private void refreshTitleAndStatus() {
        Path file = session.file().orElse(null);
        String name = file != null ? file.getFileName().toString()
                : showingSample ? Texts.get("app.sample") : Texts.get("app.untitled");
        boolean dirty = session.isDirty();
        setTitle((dirty || hasDrafts() ? "● " : "") + name + " — " + Texts.get("app.title"));
        statusBar.showFile(file, dirty, hasDrafts());
    }

    private void refreshUndoRedo() {
        boolean drafts = hasDrafts();
        Optional<String> undo = session.undoDescription();
        Optional<String> redo = session.redoDescription();
        undoItem.setText(drafts ? Texts.get("menu.edit.undo")
                : undo.map(d -> Texts.format("menu.edit.undoWhat", d)).orElse(Texts.get("menu.edit.undo")));
        undoItem.setEnabled(drafts || undo.isPresent());
        redoItem.setText(redo.map(d -> Texts.format("menu.edit.redoWhat", d)).orElse(Texts.get("menu.edit.redo")));
        redoItem.setEnabled(redo.isPresent());
    }

    public void undo() {
        // What was typed becomes an edit first, so undo takes back exactly that.
        commitDrafts();
        session.undo();
    }

    public void redo() {
        commitDrafts();
        session.redo();
    }

    /** Where the window opens and what it remembers of its size and place. */
    public WindowPlacer placer() {
        return placer;
    }

    @Override
    public void dispose() {
        if (isDisplayable()) {
            placer.remember();
        }
        new ArrayList<>(pluginScopes.keySet()).forEach(this::disposePluginPanel);
        registrations.forEach(dev.mailbench.api.Registration::unregister);
        registrations.clear();
        super.dispose();
    }

    public void exit() {
        if (files.confirmDiscardOrSave()) {
            dispose();
        }
    }

    /** The start screen instead of a project: MailBench was started without one. */
    public void showStartScreen() {
        if (startScreen == null) {
            // Built when first shown: a start with a project never needs it.
            startScreen = new StartScreen(new StartScreen.Actions(files::newProject, files::open, files::openSample,
                    files::openRecent, () -> workbench.settingsStore().recentProjects()));
            cards.add(startScreen, START_CARD);
        }
        startScreen.refresh();
        ((java.awt.CardLayout) cards.getLayout()).show(cards, START_CARD);
        startShown = true;
    }

    /** The project shown is the bundled sample (until it is saved under a name of the consultant's). */
    void markSample() {
        showingSample = true;
        refreshTitleAndStatus();
    }

    public boolean isStartScreenShown() {
        return startShown;
    }

    private void showWork() {
        if (startShown) {
            ((java.awt.CardLayout) cards.getLayout()).show(cards, WORK_CARD);
            startShown = false;
        }
    }

    public ProjectFiles files() {
        return files;
    }

    /** Closed tabs are not in the window, so a theme switch does not reach them by itself. */
    private void updateDetachedUi() {
        List<JComponent> detached = new ArrayList<>();
        editors.values().stream().filter(c -> SwingUtilities.getWindowAncestor(c) == null).forEach(detached::add);
        pluginComponents.values().stream().filter(c -> SwingUtilities.getWindowAncestor(c) == null).forEach(detached::add);
        detached.forEach(SwingUtilities::updateComponentTreeUI);
    }

    // ---- language ----

    /** Relabels the whole window in the language now set in {@link Texts}. */
    public void applyLocale(Locale locale) {
        Texts.setLocale(locale);
        Texts.relabel(getRootPane());
        Texts.relabel(getJMenuBar());
        for (EditorPanel editor : editors.values()) {
            if (SwingUtilities.getWindowAncestor(editor) == null) {
                Texts.relabel(editor);
            }
        }
        localeChanged();
        new ArrayList<>(pluginScopes.values()).forEach(scope -> scope.localeChanged(locale));
    }

    @Override
    public void localeChanged() {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            String id = (String) ((JComponent) tabs.getComponentAt(i)).getClientProperty("mailbench.tabId");
            if (editorFactories.containsKey(id)) {
                tabs.setTitleAt(i, Texts.get("nav." + id));
            } else if (pluginPanels.containsKey(id)) {
                tabs.setTitleAt(i, Texts.of(pluginPanels.get(id).contribution().title()));
            }
        }
        navigator.localeChanged();
        refreshTitleAndStatus();
        refreshUndoRedo();
        refreshTasks();
        revalidateProject();
    }

    // ---- EditorContext ----

    @Override
    public ProjectSession session() {
        return session;
    }

    @Override
    public Optional<String> resolveMailHost(ProviderRef ref) {
        try {
            return Optional.ofNullable(workbench.providerProfiles().resolve(ref).mailHost());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> providerProfileIds() {
        return workbench.providerProfiles().ids();
    }

    @Override
    public String providerDisplayName(String profileId) {
        return workbench.providerProfiles().raw(profileId).map(p -> p.displayName())
                .filter(name -> name != null && !name.isBlank()).orElse(profileId);
    }

    @Override
    public void draftsChanged() {
        revalidateProject();
    }

    @Override
    public Component dialogParent() {
        return this;
    }
}
