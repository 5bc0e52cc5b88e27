package dev.mailbench.serverpanel;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.serverpanel.engine.PanelSection;
import java.util.Optional;

/** The last merged import, read from the project's server-panel section; proposals from other plugins. */
final class ServerPanelServiceImpl implements ServerPanelService {
    private final WorkbenchApi api;
    private final ProposalInbox inbox;

    ServerPanelServiceImpl(WorkbenchApi api, ProposalInbox inbox) {
        this.api = api;
        this.inbox = inbox;
    }

    /**
     * Kept for the server panel: an open panel shows it at once, a panel opened later finds it. True either way, since
     * the plugin is running and the proposal waits for it.
     */
    @Override
    public boolean propose(ChangeProposal proposal) {
        inbox.offer(proposal);
        return true;
    }

    @Override
    public Optional<PanelSnapshot> lastImport(Project project) {
        return api.project().readSection(project, PanelSection.class).map(PanelSection::lastImport);
    }
}
