package dev.mailbench.migration.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.migration.copy.MailboxVerifier;
import dev.mailbench.migration.copy.VerifyReport;
import dev.mailbench.migration.copy.cli.CopyEndpoints;
import dev.mailbench.migration.copy.cli.CopyExit;
import dev.mailbench.migration.copy.cli.CopyReports;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code mailbench migrate verify}: folder by folder, counts and message identities. Reads both servers only. */
@Command(name = "verify",
        description = {"コピー元とコピー先をフォルダーごとに比較します（件数と各メールの識別: Message-ID・受信日時・サイズ）。",
                "Compares source and destination folder by folder: counts and message identities.",
                CopyEndpoints.PASSWORDS_HELP},
        exitCodeList = {"0:一致 / verified", "1:差異あり / differences", "2:入力の誤り / bad input", "3:接続できない / cannot connect"})
final class MigrateVerifyCommand extends ServerPairCommand {
    @Override
    int run(ImapAccount source, ImapAccount destination, PrintWriter out, PrintWriter err) throws Exception {
        VerifyReport report = new MailboxVerifier(source, destination)
                .verify(endpoints.folders(), endpoints.folderMap(), new CopyCommand.ConsoleProgress(err), () -> false);
        CopyReports.print(report, out);
        return report.matches() ? CopyExit.COMPLETE : CopyExit.INCOMPLETE;
    }
}
