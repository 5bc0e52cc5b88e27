package dev.mailbench.migration.copy.cli;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.imap.Sizes;
import dev.mailbench.migration.copy.CopyFailure;
import dev.mailbench.migration.copy.CopyReport;
import dev.mailbench.migration.copy.FolderCopyResult;
import dev.mailbench.migration.copy.FolderVerifyResult;
import dev.mailbench.migration.copy.VerifyReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints copy and verify reports for the console, Japanese first. */
public final class CopyReports {
    private static final int LISTED_PER_CAUSE = 20;

    private CopyReports() {
    }

    public static void print(CopyReport r, PrintWriter out) {
        out.println("フォルダー / Folder\tコピー元 / Source\t既にあり / Already there\tコピー / Copied\t失敗 / Failed");
        for (FolderCopyResult f : r.folders()) {
            String name = f.source().equals(f.destination()) ? f.source() : f.source() + " → " + f.destination();
            out.println(name + "\t" + f.onSource() + "\t" + f.alreadyThere() + "\t" + f.copied() + "\t" + f.failed()
                    + (f.notCopied() > 0 ? "\t中断で未コピー / not copied (cancelled) " + f.notCopied() : ""));
        }
        double secs = Math.max(0.001, r.elapsed().toMillis() / 1000.0);
        out.println(String.format(Locale.ROOT, "コピー / Copied: %d 通, %s, %.1f 秒 (%.1f 通/s, %s/s)%s", r.copiedMessages(),
                Sizes.human(r.copiedBytes()), secs, r.messagesPerSecond(), Sizes.human(r.bytesPerSecond()),
                r.reconnections() > 0 ? ", 再接続 / reconnections " + r.reconnections() : ""));
        if (!r.failures().isEmpty()) {
            out.println("コピーできなかったメール / Not copied: " + r.failures().size() + " 通（原因別 / by cause）");
            r.failuresByCause().forEach((cause, list) -> {
                out.println("  " + both(cause) + ": " + list.size());
                for (CopyFailure f : list.subList(0, Math.min(LISTED_PER_CAUSE, list.size()))) {
                    out.println("    " + f.folder() + " UID " + f.uid() + " " + Sizes.human(f.size()) + " " + both(f.detail()));
                }
            });
        }
        if (r.cancelled()) {
            out.println("中断しました。もう一度実行すると続きからコピーします。 Cancelled: run again to continue.");
        } else if (r.complete()) {
            out.println("完了: コピー元のメールはすべてコピー先にあります。 Complete: every source message is on the destination.");
        }
    }

    /** The console shows both languages, Japanese first; a server's words once. */
    private static String both(LocalizedText text) {
        return text.ja().equals(text.en()) ? text.ja() : text.ja() + " / " + text.en();
    }

    public static void print(VerifyReport r, PrintWriter out) {
        out.println("フォルダー / Folder\tコピー元 / Source\tコピー先 / Destination\t不足 / Missing\t重複 / Duplicated\t"
                + "コピー先のみ / Only on destination");
        for (FolderVerifyResult f : r.folders()) {
            String name = f.source().equals(f.destination()) ? f.source() : f.source() + " → " + f.destination();
            out.println(name + "\t" + f.onSource() + "\t" + (f.destinationExists() ? f.onDestination() : "フォルダーなし / no folder")
                    + "\t" + f.missing() + "\t" + f.duplicated() + "\t" + f.extra() + (f.matches() ? "\tOK" : "\t要確認 / CHECK"));
            List<String> ex = f.examples();
            ex.forEach(e -> out.println("    " + e));
        }
        if (r.matches()) {
            out.println("検証 OK: すべてのメールがコピー先にあり、重複はありません。 Verified: every message is there, no duplicates."
                    + (r.extra() > 0 ? " （コピー先のみのメール " + r.extra() + " 通は切替後の新着などです / " + r.extra()
                    + " messages only on the destination, e.g. new mail after the switch）" : ""));
        } else {
            out.println("差異があります / Differences: 不足 / missing " + r.missing() + ", 重複 / duplicated " + r.duplicated()
                    + "。`mailbench migrate copy` を再実行すると不足分だけコピーします。 Run copy again to copy what is missing.");
        }
    }
}
