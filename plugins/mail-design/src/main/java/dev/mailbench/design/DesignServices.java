package dev.mailbench.design;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.design.engine.DesignAdvisor;
import dev.mailbench.design.engine.DesignSectionCodec;
import dev.mailbench.design.engine.ProjectDesigner;
import java.time.LocalDate;
import java.util.Map;

/** The service offered to other plugins, and the designer every part of this plugin uses. */
public final class DesignServices implements MailDesignService {
    @Override
    public Map<String, MailDesignDecision> acceptedDecisions(Project project) {
        return DesignSectionCodec.read(project).decisions();
    }

    /**
     * A designer for today, using the archive plugin's measurements and the server panel's last import when those
     * plugins are installed.
     */
    public static ProjectDesigner designer(WorkbenchApi api) {
        return new ProjectDesigner(new DesignAdvisor(), api.services().find(MailboxInventoryService.class),
                api.services().find(ServerPanelService.class), LocalDate.now());
    }
}
