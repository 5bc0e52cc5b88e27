package dev.mailbench.serverpanel;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.serverpanel.ui.ServerPanelView;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.serverpanel.cli.PanelCommand;
import dev.mailbench.serverpanel.handover.PanelHandoverSection;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.OsCredentialStore;
import java.util.function.Supplier;
import org.pf4j.Extension;

/** サーバーパネル連携: the panel, the {@code panel} command, the handover section and the {@link ServerPanelService} for the other plugins. */
@Extension
public final class ServerPanelPlugin implements WorkbenchPlugin {
    public static final String ID = "server-panel";

    private final Supplier<CredentialStore> credentials;

    public ServerPanelPlugin() {
        this(OsCredentialStore::system);
    }

    /** With another credential store than the OS's (tests). */
    public ServerPanelPlugin(Supplier<CredentialStore> credentials) {
        this.credentials = credentials;
    }

    @Override
    public void initialize(WorkbenchApi api) {
        ProposalInbox inbox = new ProposalInbox();
        api.ui().registerPanel(new PanelContribution("server-panel",
                LocalizedText.of("サーバーパネル", "Server panel"),
                LocalizedText.of("お客様の Xserver から API でメール設定と DNS を読み込みます", "Read mail settings and DNS from the customer's Xserver through its API"),
                "", 320, scope -> new ServerPanelView(api, scope, credentials, inbox)));
        api.cli().registerCommand(new PanelCommand(api, System::getenv, credentials));
        api.handover().registerSection(new PanelHandoverSection());
        api.services().provide(ServerPanelService.class, new ServerPanelServiceImpl(api, inbox));
    }
}
