package dev.mailbench.migration.ui;

import dev.mailbench.api.WorkbenchApi;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;

/** Placeholder: the plan view, with the copy tools beside it. */
public final class MigrationPanel extends JPanel {
    public MigrationPanel(WorkbenchApi api) {
        super(new MigLayout("fill, insets 0"));
        setName("migration.panel");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("migration.tabs");
        tabs.addTab("コピーと検証", new CopyPanel(api));
        add(tabs, "grow");
    }
}
