package dev.mailbench.design;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.design.cli.DesignCommand;
import dev.mailbench.design.handover.DesignHandoverSection;
import dev.mailbench.design.ui.DesignPanel;
import org.pf4j.Extension;

/** The POP/IMAP design advisor: panel, handover section, {@code mailbench design} and the decision service. */
@Extension
public final class MailDesignPlugin implements WorkbenchPlugin {
    public static final String ID = "mail-design";
    public static final String PANEL_ID = "design";
    static final int PANEL_ORDER = 40;

    @Override
    public void initialize(WorkbenchApi api) {
        api.services().provide(MailDesignService.class, new DesignServices());
        api.ui().registerPanel(new PanelContribution(PANEL_ID, LocalizedText.of("メール設計", "Mail design"),
                LocalizedText.of("POP/IMAP・容量・バックアップの設計と理由", "POP/IMAP, quota and backup plan, with reasons"),
                "", PANEL_ORDER, scope -> new DesignPanel(api, scope)));
        api.handover().registerSection(new DesignHandoverSection(project -> DesignServices.designer(api)));
        api.cli().registerCommand(new DesignCommand(api));
    }
}
