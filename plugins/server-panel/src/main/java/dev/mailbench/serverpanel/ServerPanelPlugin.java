package dev.mailbench.serverpanel;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.services.ServerPanelService;
import dev.mailbench.serverpanel.cli.PanelCommand;
import org.pf4j.Extension;

/** サーバーパネル連携: the {@code panel} command and the {@link ServerPanelService} for the other plugins. */
@Extension
public final class ServerPanelPlugin implements WorkbenchPlugin {
    public static final String ID = "server-panel";

    @Override
    public void initialize(WorkbenchApi api) {
        api.cli().registerCommand(new PanelCommand(api));
        api.services().provide(ServerPanelService.class, new ServerPanelServiceImpl(api));
    }
}
