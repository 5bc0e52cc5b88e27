package dev.mailbench.archive;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.archive.cli.ArchiveCommand;
import dev.mailbench.archive.handover.ArchiveHandoverSection;
import dev.mailbench.archive.route.ArchiveRouteStep;
import dev.mailbench.archive.ui.ArchivePanel;
import org.pf4j.Extension;

/** Mailbox archive exporter: panel, handover section, visit route step, {@code mailbench archive} and the inventory service. */
@Extension
public final class MailboxArchivePlugin implements WorkbenchPlugin {
    public static final String ID = "mailbox-archive";
    public static final String PANEL_ID = "archive";
    static final int PANEL_ORDER = 60;

    @Override
    public void initialize(WorkbenchApi api) {
        api.services().provide(MailboxInventoryService.class, new ArchiveInventoryService());
        api.ui().registerPanel(new PanelContribution(PANEL_ID, LocalizedText.of("メールアーカイブ", "Mail archive"),
                LocalizedText.of("メールボックスの棚卸しとバックアップ（mbox / EML / Maildir）", "Inventory and back up mailboxes"),
                "", PANEL_ORDER, scope -> new ArchivePanel(api, scope)));
        api.handover().registerSection(new ArchiveHandoverSection());
        api.cli().registerCommand(new ArchiveCommand());
        api.route().registerStep(new ArchiveRouteStep());
    }
}
