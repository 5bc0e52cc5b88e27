package dev.mailbench.archive.cli;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;

import dev.mailbench.archive.engine.ArchiveExporter;
import dev.mailbench.archive.engine.ArchiveFormat;
import dev.mailbench.archive.engine.ExportReport;
import dev.mailbench.archive.engine.Pop3Exporter;
import dev.mailbench.imap.Sizes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"メールをサーバーから受け取ったままのバイト列で保存します。2 回目以降は新着だけ、中断しても続きから再開します。",
                "Saves messages byte for byte; later runs fetch only new mail; an interrupted run resumes."})
final class ArchiveExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "保存先フォルダー / Archive folder")
    Path outDir;

    @Option(names = "--format", defaultValue = "mbox", paramLabel = "mbox|eml|maildir",
            description = "保存形式。既定: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--folders", split = ",", paramLabel = "FOLDER", description = "対象フォルダー（既定: すべて）")
    List<String> folders = List.of();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "この日以降に届いたメールだけ")
    LocalDate since;

    @Option(names = "--connections", defaultValue = "3", paramLabel = "N",
            description = "同時接続数 1-10（プロバイダーの上限以内で）。既定: ${DEFAULT-VALUE}")
    int connections;

    @Mixin
    StallOption stall = new StallOption();

    /** The server took fewer connections than asked: not a failure, the export goes on over those it took. */
    static String fewerConnectionsMessage(int accepted, int wanted, Throwable cause) {
        return "サーバーが受け付けた接続は " + accepted + " 本です（" + wanted + " 本を要求）。" + accepted
                + " 本で続けます。 The server accepted " + accepted + " of " + wanted + " connections; going on with "
                + accepted + ". (" + ConnectionProblems.explain(cause) + ")";
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveFormat fmt;
        ImapAccount account;
        java.time.Duration stallTimeout;
        try {
            fmt = ArchiveFormat.parse(format);
            stallTimeout = stall.value();
            if (connections < 1 || connections > 10) {
                throw new IllegalArgumentException("--connections は 1 から 10 です。 --connections must be 1-10.");
            }
            if (server.pop3() && since != null) {
                throw new IllegalArgumentException("POP3 では --since は使えません（受信日がありません）。 --since needs IMAP.");
            }
            if (server.pop3() && !folders.isEmpty() && !folders.equals(List.of("INBOX"))) {
                throw new IllegalArgumentException("POP3 のフォルダーは INBOX だけです。 POP3 has one folder, INBOX.");
            }
            account = server.account();
        } catch (Exception e) {
            err.println(e.getMessage());
            return ArchiveCommand.EXIT_BAD_INPUT;
        }
        AtomicInteger planned = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastPrinted = new AtomicLong();
        ArchiveExporter.Progress progress = new ArchiveExporter.Progress() {
            @Override
            public void planned(int messages, long bytes) {
                planned.set(messages);
                err.println("取得予定 / To fetch: " + messages + " 通 (" + Sizes.human(bytes) + ")");
                err.flush();
            }

            @Override
            public void messageArchived(String folder, long bytes) {
                int n = done.incrementAndGet();
                long now = System.nanoTime();
                if (n == planned.get() || now - lastPrinted.get() > 2_000_000_000L) {
                    lastPrinted.set(now);
                    err.println(n + " / " + planned.get());
                    err.flush();
                }
            }

            @Override
            public void reconnecting(String folder, Throwable cause, int attempt) {
                stall.printReconnect(err, folder, cause, attempt);
            }

            @Override
            public void fewerConnections(int accepted, int wanted, Throwable cause) {
                err.println(fewerConnectionsMessage(accepted, wanted, cause));
                err.flush();
            }
        };
        try {
            ArchiveExporter.Options options = ArchiveExporter.Options.of(outDir.toAbsolutePath(), fmt).withFolders(folders)
                    .withConnections(connections).withStallTimeout(stallTimeout)
                    .withSince(since == null ? null : since.atStartOfDay(ZoneId.systemDefault()).toInstant());
            ExportReport report = server.pop3()
                    ? new Pop3Exporter(account).export(account.host(), account.user(), options, progress, () -> false)
                    : new ArchiveExporter(account).export(account.host(), account.user(), options, progress, () -> false);
            for (ExportReport.FolderResult f : report.folders()) {
                out.println(f.folder() + "\t" + f.onServer() + " 通\t新規 / new " + f.fetched() + "\t"
                        + (f.newGeneration() ? "UIDVALIDITY 変更: 全件再取得 / refetched" : ""));
            }
            double secs = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
            out.printf("取得 / Fetched: %d 通, %s, %.1f 秒 (%.0f 通/s)%n", report.fetched(), Sizes.human(report.fetchedBytes()),
                    secs, report.fetched() / secs);
            if (!report.failures().isEmpty()) {
                err.println("取得できなかったメール / Not fetched: " + report.failures().size() + " 通（次回の実行で再試行します）");
                report.failuresByCause().forEach((cause, list) -> {
                    err.println("  " + cause + ": " + list.size());
                    list.stream().limit(20).forEach(f -> err.println("    " + f.folder() + (f.uid() >= 0 ? " UID " + f.uid() : "")
                            + " " + f.detail()));
                });
                return ArchiveCommand.EXIT_INCOMPLETE;
            }
            return 0;
        } catch (java.io.IOException e) {
            err.println("保存先に書き込めません / Cannot write the archive: " + e.getMessage());
            return ArchiveCommand.EXIT_INCOMPLETE;
        } catch (Exception e) {
            err.println(ConnectionProblems.explain(e));
            return ArchiveCommand.EXIT_CANNOT_CONNECT;
        } finally {
            account.clearPassword();
        }
    }
}
