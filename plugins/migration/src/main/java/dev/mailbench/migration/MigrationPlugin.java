package dev.mailbench.migration;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.MigrationPlanService;
import dev.mailbench.migration.cli.MigrateCommand;
import dev.mailbench.migration.handover.MigrationHandoverSection;
import dev.mailbench.migration.plan.PanelProposal;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.route.MigrationRouteStep;
import dev.mailbench.migration.ui.MigrationPanel;
import org.pf4j.Extension;

/**
 * Migration planner: panel, handover section, visit route step, {@code mailbench migrate plan|copy|verify}, and the
 * plan's actions for the server panel ({@link MigrationPlanService}).
 */
@Extension
public final class MigrationPlugin implements WorkbenchPlugin {
    public static final String ID = "migration";
    public static final String PANEL_ID = "migration";
    static final int PANEL_ORDER = 70;

    @Override
    public void initialize(WorkbenchApi api) {
        api.ui().registerPanel(new PanelContribution(PANEL_ID, LocalizedText.of("移行計画", "Migration"),
                LocalizedText.of("旧サーバーから Xserver へのメール移行（計画・コピー・検証）",
                        "Move mail from the old host to Xserver: plan, copy, verify"),
                "", PANEL_ORDER, scope -> new MigrationPanel(api, scope)));
        api.handover().registerSection(new MigrationHandoverSection(api));
        api.cli().registerCommand(new MigrateCommand(api));
        api.route().registerStep(new MigrationRouteStep(api.cli()::providerFor, MigrationPlanner::nowInJapan));
        api.services().provide(MigrationPlanService.class, PanelProposal::from);
    }
}
