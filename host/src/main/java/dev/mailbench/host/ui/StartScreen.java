package dev.mailbench.host.ui;

import dev.mailbench.host.ui.i18n.LocaleAware;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * What the window shows when MailBench starts without a project: recent projects, a new one, open, and the sample,
 * labelled as a sample. Starting with the sample customer's data under 「無題のプロジェクト」 made every first start
 * look like someone else's project.
 */
public final class StartScreen extends JPanel implements LocaleAware {
    /** What the start screen's buttons do; the window's own commands. */
    public record Actions(Runnable newProject, Runnable open, Runnable openSample, Consumer<Path> openRecent,
                          Supplier<List<Path>> recentProjects) {
    }

    private final Actions actions;
    private final DefaultListModel<Path> recentModel = new DefaultListModel<>();
    private final JList<Path> recent = new JList<>(recentModel);
    private final JLabel noRecent;
    private final JScrollPane recentScroll;

    public StartScreen(Actions actions) {
        super(new MigLayout(Styles.PANEL_INSETS + ", fill, wrap 2", "[]32[grow,fill]", "[][grow,fill]"));
        this.actions = actions;
        setName("startScreen");
        add(Styles.header("start.title", "start.hint"), "span 2, growx, gapbottom 16");

        JPanel commands = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        commands.setOpaque(false);
        commands.add(Styles.section("start.section.begin"), "gapbottom 4");
        commands.add(button("start.new", actions.newProject()));
        commands.add(muted("start.new.hint"), "gapbottom 8");
        commands.add(button("start.open", actions.open()));
        commands.add(muted("start.open.hint"), "gapbottom 8");
        commands.add(button("start.sample", actions.openSample()));
        commands.add(muted("start.sample.hint"));
        add(commands, "aligny top");

        JPanel recentPanel = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[][][grow,fill]"));
        recentPanel.setOpaque(false);
        recentPanel.add(Styles.section("start.section.recent"), "gapbottom 4");
        recent.setName("start.recent");
        recent.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        recent.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                Path path = (Path) value;
                String folder = path.getParent() == null ? "" : path.getParent().toString();
                JLabel label = (JLabel) super.getListCellRendererComponent(list,
                        "<html><b>" + escape(String.valueOf(path.getFileName())) + "</b><br><span style='font-size:smaller'>"
                                + escape(folder) + "</span></html>", index, selected, focused);
                label.setToolTipText(path.toString());
                label.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
                return label;
            }
        });
        recent.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
        recent.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open-recent");
        recent.getActionMap().put("open-recent", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
            }
        });
        noRecent = muted("start.recent.none");
        noRecent.setName("start.recent.none");
        recentPanel.add(noRecent, "hidemode 3, aligny top");
        recentScroll = new JScrollPane(recent);
        recentPanel.add(recentScroll, "hidemode 3, hmin 120");
        add(recentPanel, "grow");
        refresh();
    }

    /** Re-reads the recent projects (those whose file still exists). */
    public void refresh() {
        recentModel.clear();
        actions.recentProjects().get().forEach(recentModel::addElement);
        noRecent.setVisible(recentModel.isEmpty());
        recentScroll.setVisible(!recentModel.isEmpty());
        if (!recentModel.isEmpty()) {
            recent.setSelectedIndex(0);
        }
    }

    private void openSelected() {
        Path path = recent.getSelectedValue();
        if (path != null) {
            actions.openRecent().accept(path);
        }
    }

    private static JButton button(String key, Runnable action) {
        JButton b = Texts.bind(new JButton(), key);
        b.setName(key);
        b.setHorizontalAlignment(JButton.LEADING);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static JLabel muted(String key) {
        return Styles.muted(Texts.label(key));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void localeChanged() {
        recent.repaint();
    }
}
