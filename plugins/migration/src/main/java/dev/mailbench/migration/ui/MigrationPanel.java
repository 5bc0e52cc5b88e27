package dev.mailbench.migration.ui;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;

/** The migration tab: the plan, with the copy tools beside it. */
public final class MigrationPanel extends JPanel {
    static final LocalizedText PLAN_TITLE = LocalizedText.of("移行計画", "Plan");
    static final LocalizedText COPY_TITLE = LocalizedText.of("コピーと検証", "Copy and verify");

    public MigrationPanel(WorkbenchApi api) {
        super(new MigLayout("fill, insets 0"));
        setName("migration.panel");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("migration.tabs");
        tabs.addTab(api.i18n().text(PLAN_TITLE), new PlanPanel(api));
        tabs.addTab(api.i18n().text(COPY_TITLE), new CopyPanel(api));
        api.i18n().addLocaleListener(l -> {
            tabs.setTitleAt(0, PLAN_TITLE.get(l));
            tabs.setTitleAt(1, COPY_TITLE.get(l));
        });
        add(tabs, "grow");
    }
}
