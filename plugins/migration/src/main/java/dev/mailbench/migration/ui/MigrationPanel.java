package dev.mailbench.migration.ui;

import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.swing.FitOrScroll;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;

/** The migration tab: the plan, with the copy tools beside it. Both live as long as the panel's scope. */
public final class MigrationPanel extends JPanel {
    static final LocalizedText PLAN_TITLE = LocalizedText.of("移行計画", "Plan");
    static final LocalizedText COPY_TITLE = LocalizedText.of("コピーと検証", "Copy and verify");

    public MigrationPanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("fill, insets 0"));
        setName("migration.panel");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("migration.tabs");
        // each page in its own scroller: the wider copy page must not widen the plan beyond a narrow tab
        tabs.addTab("", FitOrScroll.wrap(new PlanPanel(api, scope)));
        tabs.addTab("", FitOrScroll.wrap(new CopyPanel(api, scope)));
        api.i18n().bindTabs(tabs, PLAN_TITLE, COPY_TITLE);
        add(tabs, "grow");
    }
}
