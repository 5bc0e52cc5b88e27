package dev.mailbench.setup;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.WorkbenchPlugin;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.setup.cli.SetupCommand;
import dev.mailbench.setup.handover.SetupHandoverSection;
import dev.mailbench.setup.ui.SetupPanel;
import org.pf4j.Extension;

/** Registers the client-setup panel, the {@code setup} command and the handover section. */
@Extension
public final class ClientSetupPlugin implements WorkbenchPlugin {
    public static final String ID = "client-setup";

    @Override
    public void initialize(WorkbenchApi api) {
        api.ui().registerPanel(new PanelContribution("client-setup",
                LocalizedText.of("メールソフト設定", "Client setup"),
                LocalizedText.of("端末ごとの設定・設定ファイル・設定チェック・接続テスト",
                        "Settings per device, setup files, settings lint and a live connection test"),
                "", 200, scope -> new SetupPanel(api, scope)));
        api.cli().registerCommand(new SetupCommand(api));
        api.handover().registerSection(new SetupHandoverSection(api));
    }
}
