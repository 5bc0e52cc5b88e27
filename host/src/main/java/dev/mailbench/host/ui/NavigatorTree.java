package dev.mailbench.host.ui;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.ui.i18n.LocaleAware;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;

/**
 * The project navigator on the left: the project (its visit route), its editors, then the plugins' panels (the
 * checks and the work of a visit, side by side with the editors rather than in a group of their own). Selecting a
 * node opens it in the centre.
 */
public final class NavigatorTree extends JTree implements LocaleAware {
    /**
     * A node: {@code textKey} for the host's own nodes, {@code title} for plugin panels; {@code count}
     * adds the number of elements (mailboxes, ...) to the label.
     */
    public record Node(String id, String textKey, LocalizedText title, ToIntFunction<Project> count) {
        String label(Project project) {
            if ("project".equals(id) && project != null && !project.customer().name().isBlank()) {
                return project.customer().name();
            }
            String text = title != null ? Texts.of(title) : Texts.get(textKey);
            return count == null || project == null ? text : text + "  (" + count.applyAsInt(project) + ")";
        }
    }

    public static final String PLUGINS = "plugins";
    /** The project node opens the project's start page, its visit route. */
    static final String ROUTE = "route";

    private final DefaultMutableTreeNode root;
    /** The plugin panels' nodes, after the editors' under the project. */
    private final List<DefaultMutableTreeNode> pluginNodes = new java.util.ArrayList<>();
    private final DefaultTreeModel model;
    private Project project;
    private boolean quiet;

    public NavigatorTree(Consumer<String> open) {
        // The host's nodes from the start: JTree's own constructor would lay out a sample tree first.
        super(hostNodes());
        model = (DefaultTreeModel) getModel();
        root = (DefaultMutableTreeNode) model.getRoot();
        setName("navigator");
        getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        setRootVisible(true);
        setShowsRootHandles(false);
        setRowHeight(26);
        putClientProperty("JTree.lineStyle", "None");
        setCellRenderer(new Renderer());
        addTreeSelectionListener(e -> {
            if (!quiet && e.getNewLeadSelectionPath() != null
                    && e.getNewLeadSelectionPath().getLastPathComponent() instanceof DefaultMutableTreeNode n
                    && n.getUserObject() instanceof Node node) {
                if (n == root) {
                    open.accept(ROUTE);
                } else if (n.isLeaf() && !node.id().equals("plugins.none")) {
                    open.accept(node.id());
                }
            }
        });
        expandAll();
    }

    private static DefaultTreeModel hostNodes() {
        DefaultMutableTreeNode project = new DefaultMutableTreeNode(new Node("project", "nav.project", null, null));
        project.add(leaf("overview", "nav.overview", null));
        project.add(leaf("domains", "nav.domains", p -> p.domains().size()));
        project.add(leaf("mailboxes", "nav.mailboxes", p -> p.mailboxes().size()));
        project.add(leaf("people", "nav.people", p -> p.people().size()));
        project.add(leaf("devices", "nav.devices", p -> p.devices().size()));
        return new DefaultTreeModel(project);
    }

    /**
     * The label shown, also for finding a node by typing its first letters and for screen readers (the tree would
     * otherwise use the record's own text, "Node[id=...]").
     */
    @Override
    public String convertValueToText(Object value, boolean selected, boolean expanded, boolean leaf, int row,
                                     boolean hasFocus) {
        if (value instanceof DefaultMutableTreeNode n && n.getUserObject() instanceof Node node) {
            return node.label(project);
        }
        return super.convertValueToText(value, selected, expanded, leaf, row, hasFocus);
    }

    private static DefaultMutableTreeNode leaf(String id, String key, ToIntFunction<Project> count) {
        return new DefaultMutableTreeNode(new Node(id, key, null, count));
    }

    /** Replaces the plugin panel nodes (id, title) in the given order. */
    public void setPluginPanels(List<Node> panels) {
        pluginNodes.forEach(root::remove);
        pluginNodes.clear();
        for (Node panel : panels) {
            pluginNodes.add(new DefaultMutableTreeNode(panel));
        }
        if (panels.isEmpty()) {
            pluginNodes.add(new DefaultMutableTreeNode(new Node("plugins.none", "nav.plugins.none", null, null)));
        }
        pluginNodes.forEach(root::add);
        model.nodeStructureChanged(root);
        expandAll();
    }

    public void projectChanged(Project changed) {
        project = changed;
        model.nodeChanged(root);
        for (int i = 0; i < root.getChildCount(); i++) {
            model.nodeChanged(root.getChildAt(i));
        }
    }

    /** Highlights the node of the tab shown, without opening anything. */
    public void showSelected(String id) {
        quiet = true;
        try {
            var all = root.depthFirstEnumeration();
            while (all.hasMoreElements()) {
                DefaultMutableTreeNode n = (DefaultMutableTreeNode) all.nextElement();
                if (n.getUserObject() instanceof Node node && (node.id().equals(id) || n == root && ROUTE.equals(id))) {
                    setSelectionPath(new TreePath(n.getPath()));
                    return;
                }
            }
            clearSelection();
        } finally {
            quiet = false;
        }
    }

    private void expandAll() {
        for (int i = 0; i < getRowCount(); i++) {
            expandRow(i);
        }
    }

    @Override
    public void localeChanged() {
        String selected = getSelectionPath() != null
                && ((DefaultMutableTreeNode) getSelectionPath().getLastPathComponent()).getUserObject() instanceof Node n
                ? n.id() : null;
        model.reload();
        expandAll();
        if (selected != null) {
            showSelected(selected);
        }
    }

    private final class Renderer extends DefaultTreeCellRenderer {
        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                      boolean leaf, int row, boolean focused) {
            Object user = ((DefaultMutableTreeNode) value).getUserObject();
            String text = user instanceof Node node ? node.label(project) : String.valueOf(user);
            super.getTreeCellRendererComponent(tree, text, selected, expanded, leaf, row, focused);
            setIcon(null);
            if (user instanceof Node node && node.id().equals("project")) {
                setFont(tree.getFont().deriveFont(java.awt.Font.BOLD));
            } else {
                setFont(tree.getFont());
            }
            if (user instanceof Node node && node.id().equals("plugins.none")) {
                setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
            }
            return this;
        }
    }
}
