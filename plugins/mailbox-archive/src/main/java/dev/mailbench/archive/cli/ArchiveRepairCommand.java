package dev.mailbench.archive.cli;

import dev.mailbench.archive.engine.ArchiveExporter;
import dev.mailbench.archive.engine.ArchiveIndex;
import dev.mailbench.archive.engine.ArchiveRepairer;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"verify が見つけた壊れた・消えたメールをサーバーから取り直して元の場所に書き戻します（サーバーのフラグは変えません）。",
                "Fetches what verify finds damaged or missing again from the server and writes it back; no flag changes."})
final class ArchiveRepairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "アーカイブのフォルダー / Archive folder")
    Path dir;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--folders", split = ",", paramLabel = "FOLDER", description = "対象フォルダー（既定: すべて）")
    List<String> folders = List.of();

    @Mixin
    StallOption stall = new StallOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ArchiveIndex.exists(dir)) {
            err.println("アーカイブが見つかりません（archive.json がありません）: " + dir + " / Not an archive folder.");
            return ArchiveCommand.EXIT_BAD_INPUT;
        }
        ArchiveIndex index;
        Duration stallTimeout;
        ImapAccount account;
        try {
            index = ArchiveIndex.load(dir);
            stallTimeout = stall.value();
            if (server.protocol == null) {
                // the archive knows how it was made: the default port then follows (995 for a POP3 archive)
                server.protocol = index.protocol();
            }
            account = server.account();
        } catch (Exception e) {
            err.println(e.getMessage());
            return ArchiveCommand.EXIT_BAD_INPUT;
        }
        ArchiveExporter.Progress progress = new ArchiveExporter.Progress() {
            @Override
            public void reconnecting(String folder, Throwable cause, int attempt) {
                stall.printReconnect(err, folder, cause, attempt);
            }
        };
        try {
            ArchiveExporter.Options options = ArchiveExporter.Options.of(dir.toAbsolutePath(), index.format())
                    .withFolders(folders).withStallTimeout(stallTimeout);
            ArchiveRepairer.Report report = new ArchiveRepairer(account).repair(account.user(), options, progress, () -> false);
            for (ArchiveRepairer.Result r : report.results()) {
                out.println((r.repaired() ? "修復 / Repaired" : "NG") + "\t" + r.outcome() + "\t" + r.folder()
                        + (r.uid() >= 0 ? "\tUID " + r.uid() : "") + "\t" + r.found() + "\t" + r.detail());
            }
            out.println("確認 / Checked: " + report.checked() + " 通, 修復 / repaired: " + report.repaired() + " 件");
            if (report.complete()) {
                out.println(report.results().isEmpty() ? "OK: 壊れたメールはありません。 Nothing was damaged."
                        : "OK: すべて修復しました。 Everything damaged was repaired.");
                return 0;
            }
            out.println("NG: 修復できなかったメールがあります（上の一覧）。 Some messages could not be repaired (see above).");
            return ArchiveCommand.EXIT_INCOMPLETE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ArchiveCommand.EXIT_BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("アーカイブを書き換えられません / Cannot write the archive: " + e.getMessage());
            return ArchiveCommand.EXIT_INCOMPLETE;
        } catch (Exception e) {
            err.println(ConnectionProblems.explain(e));
            return ArchiveCommand.EXIT_CANNOT_CONNECT;
        } finally {
            account.clearPassword();
        }
    }
}
