package dev.mailbench.serverpanel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailbench panel apply}: the plan shown, confirmed (or {@code --yes}), sent request by request, and the audit with
 * the inverse change set written to the undo file the user names. DNS changes, or another plugin's proposal
 * ({@code --from migration}, or its plan saved from {@code plan --json}).
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"変更計画（DNS の変更、または --from migration の移行計画の作業）を表示し、確認の後で送信します。"
                        + "記録と取り消し用の変更セットを --undo-file に書きます。",
                "Shows the change plan (DNS changes, or with --from migration the migration plan's actions), sends it after"
                        + " confirmation, and writes the audit and the undo change set to --undo-file."})
final class PanelApplyCommand implements Callable<Integer> {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Mixin
    ChangeOptions changes = new ChangeOptions();

    @Option(names = "--undo-file", required = true, paramLabel = "FILE",
            description = "記録と取り消し用の変更セットを書くファイル（既存のファイルは上書きしません） / where the audit and undo change set go (never overwritten)")
    Path undoFile;

    @Option(names = "--yes", description = "確認せずに送信します / send without asking")
    boolean yes;

    private int nothingSent(ChangeFlow flow) {
        if (flow.json()) {
            spec.commandLine().getOut().println(dev.mailbench.kit.json.Json.pretty(flow.planJson()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    @Override
    public Integer call() {
        ChangeFlow flow = null;
        try {
            flow = ChangeFlow.of(parent, options, changes, null, spec.commandLine().getOut(), spec.commandLine().getErr());
            PanelSession.checkUndoTarget(options, PanelSession.locale(options, spec.commandLine().getErr()),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), undoFile);
            flow.prepare(changes, null);
            flow.printPlan();
            flow.refuseIfNeeded();
            if (flow.nothingToSend()) {
                return nothingSent(flow);
            }
            flow.confirmed(yes);
            return flow.send(undoFile);
        } catch (PanelSession.Exit e) {
            return e.code;
        } finally {
            if (flow != null) {
                flow.wipe();
            }
        }
    }
}
