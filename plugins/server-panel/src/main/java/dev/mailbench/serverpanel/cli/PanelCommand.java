package dev.mailbench.serverpanel.cli;

import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.OsCredentialStore;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench panel info|import|plan|apply|undo|mailbox create PROJECT --servername NAME}: the customer's server panel through its API. The key
 * comes from {@code MAILBENCH_XSERVER_API_KEY}, the OS credential store ({@code --keystore}) or one line on standard
 * input, never as an argument.
 * Exit codes as the other server commands: 0 done, 1 incomplete (cancelled, stopped by the server), 2 bad input,
 * 3 cannot connect or not allowed (network, TLS, key).
 */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"サーバーパネル（Xserver の API）からサーバー情報・メールアカウント・転送・振り分け・DNS を読み込み、DNS レコード・DNS チェックの修正案（--from dns-check）・"
                        + "移行計画の作業（--from migration）を安全に送り（計画・適用・取り消し）、メールアカウントを作成します。",
                "Reads server info, mail accounts, forwarding, filters and DNS from the server panel (Xserver's API), sends DNS records, the DNS"
                        + " checker's fixes (--from dns-check) and the migration plan's actions (--from migration) safely (plan, apply, undo) and"
                        + " creates mail accounts."},
        subcommands = {PanelInfoCommand.class, PanelImportCommand.class, PanelPlanCommand.class, PanelApplyCommand.class,
                PanelUndoCommand.class, PanelMailboxCommand.class})
public final class PanelCommand implements Runnable, CliCommand {
    static final int EXIT_INCOMPLETE = 1;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_CANNOT_CONNECT = 3;
    public static final String KEY_VARIABLE = "MAILBENCH_XSERVER_API_KEY";

    final WorkbenchApi api;
    final Supplier<Map<String, String>> environment;
    /** Asked only with --keystore or --forget-key: opening the OS store is not free. */
    final Supplier<CredentialStore> credentials;

    @Spec
    CommandSpec spec;

    public PanelCommand(WorkbenchApi api) {
        this(api, System::getenv);
    }

    public PanelCommand(WorkbenchApi api, Supplier<Map<String, String>> environment) {
        this(api, environment, OsCredentialStore::system);
    }

    public PanelCommand(WorkbenchApi api, Supplier<Map<String, String>> environment, Supplier<CredentialStore> credentials) {
        this.api = api;
        this.environment = environment;
        this.credentials = credentials;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
