package dev.mailbench.api.services;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.ChangeProposal;

/**
 * What the migration planner offers the other plugins. The server panel's command line asks it for the plan's actions
 * ({@code mailbench panel plan|apply PROJECT --from migration}) the way the migration panel hands them over in the
 * window, so both routes send the same change set.
 */
public interface MigrationPlanService {
    /**
     * The migration plan's actions for {@code project} as intentions for the server panel: lower the TTLs of MX, A and
     * SPF before the cutover (never below the panel's 60 s), create the destination mailboxes with the design's quota,
     * and set or clear forwarding at the cutover as the design says. Nothing is sent by this call.
     */
    ChangeProposal panelProposal(Project project);
}
