package dev.mailbench.serverpanel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mailbench panel undo PROJECT FILE}: applies the inverse change set that {@code apply} wrote, through the same
 * checks (records unchanged since, NS in effect) and confirmation.
 */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = {"apply が書いた取り消し用ファイルの変更を、確認の後で送信して元に戻します。",
                "Puts back what apply changed: sends the undo file's changes after confirmation."})
final class PanelUndoCommand implements Callable<Integer> {
    @ParentCommand
    PanelCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectOptions options = new ConnectOptions();

    @Parameters(index = "1", paramLabel = "FILE", description = "apply が書いた取り消し用ファイル / the undo file apply wrote")
    Path file;

    @Option(names = "--dns-server", paramLabel = "IP[:PORT]",
            description = "NS を確認する DNS サーバー（既定: システムのリゾルバー） / DNS server for the NS check")
    String dnsServer;

    @Option(names = "--undo-file", paramLabel = "FILE", description = "この取り消し自体を戻すためのファイル（任意） / undo file for this undo (optional)")
    Path undoFile;

    @Option(names = "--yes", description = "確認せずに送信します / send without asking")
    boolean yes;

    @Override
    public Integer call() {
        ChangeFlow flow = null;
        try {
            PanelSession.checkUndoTarget(options, PanelSession.locale(options, spec.commandLine().getErr()),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), undoFile);
            ChangeOptions from = new ChangeOptions();
            from.dnsServer = dnsServer;
            flow = ChangeFlow.of(parent, options, from, file, spec.commandLine().getOut(), spec.commandLine().getErr());
            flow.prepare(from, file);
            flow.printPlan();
            flow.refuseIfNeeded();
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
