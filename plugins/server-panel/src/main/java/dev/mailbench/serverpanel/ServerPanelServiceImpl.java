package dev.mailbench.serverpanel;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.serverpanel.engine.PanelSection;
import java.util.Optional;

/** The last merged import, read from the project's server-panel section. */
final class ServerPanelServiceImpl implements ServerPanelService {
    private final WorkbenchApi api;

    ServerPanelServiceImpl(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public Optional<PanelSnapshot> lastImport(Project project) {
        return api.project().readSection(project, PanelSection.class).map(PanelSection::lastImport);
    }
}
