package dev.mailbench.migration.cli;

import dev.mailbench.imap.ServerCommandRun;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.migration.copy.MailboxSurveyor;
import dev.mailbench.migration.copy.SurveyOptions;
import dev.mailbench.migration.copy.SurveyResult;
import dev.mailbench.migration.copy.cli.SourceOptions;
import dev.mailbench.migration.copy.cli.CopyExit;
import dev.mailbench.imap.Sizes;
import dev.mailbench.migration.model.MailboxSurvey;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailbench migrate survey}: what a mailbox on the old host holds, and how fast it reads. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"旧サーバーのメールボックスを調査します（フォルダー・件数・容量・最大サイズ・上限超過・実測転送速度）。読むだけで変更しません。",
                "Surveys a mailbox on the old host: folders, counts, sizes, largest, over a size limit, measured transfer rate.",
                "パスワードは標準入力から（1 行）。 Password on standard input (one line)."},
        exitCodeListHeading = "終了コード / Exit codes:%n",
        exitCodeList = {"0:完了 / done", "2:入力の誤り / bad input", "3:接続できない / cannot connect"})
final class SurveyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--size-limit-mb", defaultValue = "0", paramLabel = "MB",
            description = "新サーバーが受け付ける 1 通の上限 (MB)。超えるメールを一覧します。0 = 指定なし / New host's message size limit")
    double sizeLimitMb;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ServerCommandRun.run(err, this::account, accounts -> {
            SurveyOptions options = SurveyOptions.defaults().withFolders(source.folders())
                    .withSizeLimit((long) (sizeLimitMb * 1024 * 1024));
            SurveyResult r = new MailboxSurveyor(accounts[0]).survey(source.user(), source.user(), options, new MailboxSurveyor.Progress() {
                @Override
                public void folder(String name, int index, int count) {
                    err.println("調査中 / Surveying (" + index + "/" + count + "): " + name);
                    err.flush();
                }
            }, () -> false);
            MailboxSurvey s = r.survey();
            out.println("フォルダー / Folder\t件数 / Messages\t容量 / Size\t最大 / Largest");
            for (MailboxSurvey.FolderSurvey f : s.folders()) {
                out.println(f.name() + "\t" + f.messages() + "\t" + Sizes.human(f.bytes()) + "\t" + Sizes.human(f.largestBytes()));
            }
            out.println("合計 / Total: " + s.messages() + " 通, " + Sizes.human(s.bytes()) + ", 最大 / largest " + Sizes.human(s.largestBytes()));
            if (options.sizeLimitBytes() > 0) {
                out.println("上限 " + Sizes.human(options.sizeLimitBytes()) + " を超えるメール / Over the limit: " + s.overLimitMessages() + " 通");
                r.overLimit().forEach(m -> out.println("    " + m.folder() + " UID " + m.uid() + " " + Sizes.human(m.size())));
            }
            out.println(String.format(Locale.ROOT, "実測転送速度 / Measured rate: %s/s (%d 通 %s を %.1f 秒で取得)",
                    Sizes.human(s.measuredBytesPerSecond()), s.sampleMessages(), Sizes.human(r.sampleBytes()), r.sampleMillis() / 1000.0));
            if (s.measuredBytesPerSecond() > 0) {
                long minutes = Math.round(s.bytes() / s.measuredBytesPerSecond() / 60);
                out.println(minutes < 1 ? "全件読み出しの目安 / Reading everything: 1 分未満 / under a minute"
                        : "全件読み出しの目安 / Reading everything: 約 / about " + minutes + " 分 / min");
            }
            return CopyExit.COMPLETE;
        });
    }

    private ImapAccount[] account() throws Exception {
        if (sizeLimitMb < 0) {
            throw new IllegalArgumentException("--size-limit-mb は 0 以上です。 --size-limit-mb must be >= 0.");
        }
        return new ImapAccount[] {source.account(SecretInput.standard(),
                "パスワードを標準入力から渡してください。 Pass the password on standard input.")};
    }
}
