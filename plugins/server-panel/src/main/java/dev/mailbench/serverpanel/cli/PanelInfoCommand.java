package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import dev.mailbench.kit.json.Json;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.KeyInfo;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mailbench panel info}: the key's permission and expiry, with advice, and the server. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"API キーの権限・有効期限とサーバー情報を表示します。", "Shows the key's permission and expiry and the server."})
final class PanelInfoCommand implements Callable<Integer> {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApiKey key = null;
        try {
            Locale l = PanelSession.locale(options, err);
            PanelSession.project(parent, options, l, out, err);
            key = PanelSession.key(parent, options, l, out, err);
            XserverConnector connector = PanelSession.connect(options, key, l, out, err);
            KeyInfo info;
            ServerInfo server;
            try {
                info = connector.keyInfo(() -> false);
                server = connector.serverInfo(() -> false);
            } catch (PanelException e) {
                PanelSession.failed(options, l, out, err, e);
                return PanelCommand.EXIT_CANNOT_CONNECT;
            }
            List<LocalizedText> advice = info.advice(Instant.now(), true);
            if (options.json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("servername", connector.servername());
                root.put("permission", info.permission());
                root.put("expiresAt", info.expiresAt() == null ? null : info.expiresAt().toString());
                root.put("advice", advice.stream().map(a -> a.get(l)).toList());
                root.put("server", server);
                out.println(Json.pretty(root));
            } else {
                out.println(LocalizedText.pick(l, "サーバー名: ", "Server name: ") + connector.servername());
                out.println(LocalizedText.pick(l, "API キーの権限: ", "Key permission: ") + info.permissionLabel().get(l));
                out.println(LocalizedText.pick(l, "有効期限: ", "Expires: ")
                        + (info.expiresAt() == null ? LocalizedText.pick(l, "なし", "never") : info.expiresAt().toString()));
                out.println(LocalizedText.pick(l, "メールサーバー: ", "Mail server: ") + server.mailHost()
                        + LocalizedText.pick(l, "（サーバー ID ", " (server ID ") + server.serverId() + LocalizedText.pick(l, "）", ")"));
                out.println(LocalizedText.pick(l, "ネームサーバー: ", "Name servers: ") + String.join(", ", server.nameServers()));
                for (LocalizedText a : advice) {
                    out.println(LocalizedText.pick(l, "注意: ", "Note: ") + a.get(l));
                }
            }
            out.flush();
            return 0;
        } catch (PanelSession.Exit e) {
            return e.code;
        } finally {
            if (key != null) {
                key.wipe();
            }
        }
    }
}
