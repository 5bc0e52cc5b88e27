package dev.mailbench.dns.cli;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.dns.engine.DnsFinding;
import dev.mailbench.dns.engine.DnsSeverity;
import dev.mailbench.dns.engine.DomainReport;
import dev.mailbench.dns.engine.Fix;
import dev.mailbench.dns.engine.FixTexts;
import dev.mailbench.dns.engine.NoSafeFix;
import dev.mailbench.dns.engine.RecordGroup;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;

/** The human-readable report of {@code mailbench dns check}. */
final class TextReport {
    private TextReport() {
    }

    static void print(DomainReport r, Locale locale, PrintWriter out) {
        out.println("== " + r.domain() + "  [" + r.worst().label().get(locale) + "]  "
                + (r.zoneMode() ? pick(locale, "ゾーンファイルモード: ", "zone file mode: ") : pick(locale, "ライブ: ", "live: "))
                + r.source());
        for (RecordGroup g : RecordGroup.values()) {
            var group = r.findings().stream().filter(f -> f.group() == g)
                    .sorted(Comparator.comparingInt((DnsFinding f) -> -f.severity().rank())).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println("-- " + g.label().get(locale));
            for (DnsFinding f : group) {
                out.println("  [" + f.severity().label().get(locale) + "] " + f.code() + " " + f.code().title().get(locale)
                        + " (" + f.subject() + ")");
                if (!f.detail().get(locale).isEmpty()) {
                    out.println("      " + f.detail().get(locale));
                }
                if (f.severity().rank() >= DnsSeverity.WARNING.rank()) {
                    out.println("      " + f.code().explanation().get(locale) + " [" + f.code().rfc() + "]");
                    if (!f.code().remedy().get(locale).isEmpty()) {
                        out.println("      → " + f.code().remedy().get(locale));
                    }
                }
            }
        }
        for (Fix fix : r.fixes()) {
            out.println("-- " + pick(locale, "修正案: ", "Fix: ") + fix.title().get(locale) + "  (" + fix.name() + " " + fix.type() + ")");
            out.println("  " + pick(locale, "現在: ", "before: ") + (fix.before().isEmpty() ? pick(locale, "（なし）", "(none)")
                    : fix.before().replace("\n", "\n        ")));
            out.println("  " + pick(locale, "修正後: ", "after:  ") + fix.after());
            if (!fix.clears().isEmpty()) {
                out.println("  " + pick(locale, "解消する指摘: ", "clears: ") + String.join(", ",
                        fix.clears().stream().map(f -> f.code() + " " + f.code().title().get(locale)).toList()));
            }
            out.println("  " + FixTexts.recheck(fix, locale));
            if (!fix.requires().isEmpty()) {
                out.println("  " + pick(locale, "一緒に登録: ", "publish with: ") + String.join(", ", fix.requires()));
            }
            for (String line : fix.note().get(locale).split("\n")) {
                if (!line.isBlank()) {
                    out.println("  ! " + line);
                }
            }
        }
        for (NoSafeFix u : r.unfixed()) {
            out.println("-- " + pick(locale, "自動修正なし: ", "No automatic fix: ") + u.finding().code() + " (" + u.finding().subject() + ")");
            out.println("  " + u.decision().get(locale));
        }
        out.println();
    }
}
