package dev.mailbench.serverpanel.cli;

import dev.mailbench.kit.json.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailbench panel plan}: the change plan, every request with before and after (DNS changes with the NS verdict;
 * {@code --from migration}: the migration plan's actions compared with the panel); nothing is sent.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"変更計画（各リクエストの変更前・変更後）を表示します。DNS の変更はネームサーバーの判定も、--from migration は移行計画の作業を"
                        + "今のパネルと比べた結果を示します。何も送信しません。--json の出力はそのまま apply --changes に渡せます。",
                "Shows the change plan (each request with before and after): DNS changes with the name-server verdict, or with"
                        + " --from migration the migration plan's actions compared with the panel. Sends nothing. The --json output"
                        + " can be given to apply --changes."})
final class PanelPlanCommand implements Callable<Integer> {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Mixin
    ChangeOptions changes = new ChangeOptions();

    @Override
    public Integer call() {
        ChangeFlow flow = null;
        try {
            flow = ChangeFlow.of(parent, options, changes, null, spec.commandLine().getOut(), spec.commandLine().getErr());
            flow.prepare(changes, null);
            flow.printPlan();
            flow.refuseIfNeeded();
            if (flow.json()) {
                spec.commandLine().getOut().println(Json.pretty(flow.planJson()));
                spec.commandLine().getOut().flush();
            }
            return 0;
        } catch (PanelSession.Exit e) {
            return e.code;
        } finally {
            if (flow != null) {
                flow.wipe();
            }
        }
    }
}
