package dev.mailbench.archive.cli;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.Pop3Connection;

import dev.mailbench.archive.engine.ArchiveIndex;
import dev.mailbench.archive.engine.ArchiveVerifier;
import dev.mailbench.imap.Sizes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"アーカイブを再ハッシュしてマニフェストと照合します。--server を付けるとサーバーとも照合します。",
                "Re-hashes the archive against its manifests; with --server also compares with the server."})
final class ArchiveVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "アーカイブのフォルダー / Archive folder")
    Path dir;

    @Option(names = "--server", description = "サーバーとも照合（通数・UID・サイズ）。Also compare with the server.")
    boolean compareServer;

    @Option(names = "--hashes", description = "--server と併用: 全メールを再取得して SHA-256 も照合。With --server: also compare SHA-256.")
    boolean compareHashes;

    @ArgGroup(exclusive = false)
    ServerOptions server;

    /** What {@code archive repair} fixes. */
    private static final java.util.Set<ArchiveVerifier.ProblemKind> REPAIRABLE = java.util.EnumSet.of(
            ArchiveVerifier.ProblemKind.HASH_MISMATCH, ArchiveVerifier.ProblemKind.SIZE_MISMATCH,
            ArchiveVerifier.ProblemKind.MISSING_FILE, ArchiveVerifier.ProblemKind.BAD_MANIFEST_LINE);

    /** Over the protocol the archive was made with (archive.json says which). */
    private ArchiveVerifier.Report verifyWithServer(ImapAccount account) throws Exception {
        if (ArchiveIndex.load(dir).protocol().equals(ArchiveIndex.POP3)) {
            try (Pop3Connection c = Pop3Connection.open(account)) {
                return ArchiveVerifier.verify(dir, c, compareHashes);
            }
        }
        try (ImapConnection c = ImapConnection.open(account)) {
            return ArchiveVerifier.verify(dir, c, compareHashes);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ArchiveIndex.exists(dir)) {
            err.println("アーカイブが見つかりません（archive.json がありません）: " + dir + " / Not an archive folder.");
            return ArchiveCommand.EXIT_BAD_INPUT;
        }
        ArchiveVerifier.Report report;
        if (compareServer) {
            if (server == null) {
                err.println("--server には --host と --user が必要です。 --server needs --host and --user.");
                return ArchiveCommand.EXIT_BAD_INPUT;
            }
            ImapAccount account;
            try {
                account = server.account();
            } catch (Exception e) {
                err.println(e.getMessage());
                return ArchiveCommand.EXIT_BAD_INPUT;
            }
            try {
                report = verifyWithServer(account);
            } catch (Exception e) {
                err.println(ConnectionProblems.explain(e));
                return ArchiveCommand.EXIT_CANNOT_CONNECT;
            } finally {
                account.clearPassword();
            }
        } else {
            try {
                report = ArchiveVerifier.verify(dir);
            } catch (Exception e) {
                err.println("読み込めません / Cannot read: " + e.getMessage());
                return ArchiveCommand.EXIT_BAD_INPUT;
            }
        }
        out.println("確認 / Checked: " + report.folders() + " フォルダー, " + report.checked() + " 通, " + Sizes.human(report.bytes())
                + (report.serverChecked() ? "（サーバーと照合済み / compared with the server）" : ""));
        for (ArchiveVerifier.Problem p : report.problems()) {
            out.println("NG\t" + p.kind() + "\t" + p.folder() + (p.uid() >= 0 ? "\tUID " + p.uid() : "") + "\t" + p.detail());
        }
        out.println(report.ok() ? "OK: アーカイブはマニフェストと一致しています。 The archive matches its manifests."
                : "NG: " + report.problems().size() + " 件の問題 / problems");
        if (report.problems().stream().anyMatch(p -> REPAIRABLE.contains(p.kind()))) {
            out.println("修復するには / To repair: mailbench archive repair " + dir + " --host HOST --user USER"
                    + "（壊れた・消えたメールをサーバーから取り直します / fetches damaged or missing messages again）");
        }
        return report.ok() ? 0 : ArchiveCommand.EXIT_INCOMPLETE;
    }
}
