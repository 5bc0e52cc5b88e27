package dev.mailbench.serverpanel.cli;

import dev.mailbench.kit.json.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mailbench panel plan}: the DNS change plan with before and after and the NS verdict; nothing is sent. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"DNS の変更計画（変更前・変更後）とネームサーバーの判定を表示します。何も送信しません。",
                "Shows the DNS change plan (before and after) and the name-server verdict. Sends nothing."})
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
        DnsChangeFlow flow = null;
        try {
            flow = new DnsChangeFlow(parent, options, spec.commandLine().getOut(), spec.commandLine().getErr());
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
