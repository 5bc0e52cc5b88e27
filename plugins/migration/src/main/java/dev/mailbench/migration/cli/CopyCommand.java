package dev.mailbench.migration.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.migration.copy.CopyOptions;
import dev.mailbench.migration.copy.CopyProgress;
import dev.mailbench.migration.copy.CopyReport;
import dev.mailbench.migration.copy.MailboxCopier;
import dev.mailbench.migration.copy.cli.CopyEndpoints;
import dev.mailbench.migration.copy.cli.CopyExit;
import dev.mailbench.migration.copy.cli.CopyReports;
import dev.mailbench.imap.Sizes;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code mailbench migrate copy}: IMAP-to-IMAP, incremental and resumable; the source is only read. */
@Command(name = "copy",
        description = {"旧サーバーのメールを新サーバーへコピーします（フォルダー名・フラグ・受信日時もそのまま）。"
                + "再実行すると足りない分だけコピーし、中断しても重複なく続きから再開します。旧サーバーは読むだけで変更しません。",
                "Copies mail from the old host to the new one with folder names, flags and dates; re-runs copy only what is"
                        + " missing, resume without duplicates, and never change the source.",
                CopyEndpoints.PASSWORDS_HELP},
        exitCodeList = {"0:完了 / complete", "1:未完了あり / incomplete", "2:入力の誤り / bad input", "3:接続できない / cannot connect"})
final class CopyCommand extends ServerPairCommand {
    @Override
    int run(ImapAccount source, ImapAccount destination, PrintWriter out, PrintWriter err) throws Exception {
        CopyReport report = new MailboxCopier(source, destination, CopyOptions.defaults().withFolders(endpoints.folders())
                .withFolderMap(endpoints.folderMap()))
                .copy(new ConsoleProgress(err), () -> Thread.currentThread().isInterrupted());
        CopyReports.print(report, out);
        return report.complete() ? CopyExit.COMPLETE : CopyExit.INCOMPLETE;
    }

    /** Progress on standard error, at most every two seconds. */
    static final class ConsoleProgress implements CopyProgress {
        private final PrintWriter err;
        private long planned;
        private long lastPrinted;

        ConsoleProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void comparing(String folder, int index, int count) {
            err.println("比較中 / Comparing (" + index + "/" + count + "): " + folder);
            err.flush();
        }

        @Override
        public void planned(long messages, long bytes) {
            planned = messages;
            err.println("コピー予定 / To copy: " + messages + " 通 (" + Sizes.human(bytes) + ")");
            err.flush();
        }

        @Override
        public void copied(String folder, long messages, long bytes, double bytesPerSecond) {
            long now = System.nanoTime();
            if (messages == planned || now - lastPrinted > 2_000_000_000L) {
                lastPrinted = now;
                err.println(String.format(Locale.ROOT, "%d / %d 通, %s (%s/s) %s", messages, planned, Sizes.human(bytes),
                        Sizes.human(bytesPerSecond), folder));
                err.flush();
            }
        }

        @Override
        public void retrying(String folder, int attempt, long delayMillis, String cause) {
            err.println("接続が切れました。" + delayMillis / 1000.0 + " 秒後に再接続します（" + attempt + " 回目）。 Connection lost, "
                    + "reconnecting: " + cause);
            err.flush();
        }
    }
}
