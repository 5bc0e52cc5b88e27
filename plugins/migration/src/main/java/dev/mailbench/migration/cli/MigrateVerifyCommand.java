package dev.mailbench.migration.cli;

import dev.mailbench.imap.ServerCommandRun;
import dev.mailbench.migration.copy.MailboxVerifier;
import dev.mailbench.migration.copy.VerifyReport;
import dev.mailbench.migration.copy.cli.CopyEndpoints;
import dev.mailbench.migration.copy.cli.CopyExit;
import dev.mailbench.migration.copy.cli.CopyReports;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mailbench migrate verify}: folder by folder, counts and message identities. Reads both servers only. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"コピー元とコピー先をフォルダーごとに比較します（件数と各メールの識別: Message-ID・受信日時・サイズ）。",
                "Compares source and destination folder by folder: counts and message identities.",
                "パスワードは標準入力から: 1 行目がコピー元、2 行目がコピー先。 Passwords on standard input: source, then destination."},
        exitCodeListHeading = "終了コード / Exit codes:%n",
        exitCodeList = {"0:一致 / verified", "1:差異あり / differences", "2:入力の誤り / bad input", "3:接続できない / cannot connect"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CopyEndpoints endpoints = new CopyEndpoints();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ServerCommandRun.run(err, endpoints::accounts, accounts -> {
            VerifyReport report = new MailboxVerifier(accounts[0], accounts[1])
                    .verify(endpoints.folders(), endpoints.folderMap(), new CopyCommand.ConsoleProgress(err), () -> false);
            CopyReports.print(report, out);
            out.flush();
            return report.matches() ? CopyExit.COMPLETE : CopyExit.INCOMPLETE;
        });
    }
}
