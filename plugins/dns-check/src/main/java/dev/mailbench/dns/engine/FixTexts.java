package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.Locale;

/** How a fix's re-check reads, the same in the panel, the CLI and the handover. */
public final class FixTexts {
    private FixTexts() {
    }

    /** The short mark: "再確認済み" / "re-checked" (with "一部確認できず" when incomplete). */
    public static LocalizedText mark(String savedStatus) {
        if (Recheck.Status.PASSED.name().equals(savedStatus)) {
            return LocalizedText.of("再確認済み", "re-checked");
        }
        if (Recheck.Status.INCOMPLETE.name().equals(savedStatus)) {
            return LocalizedText.of("再確認済み（一部確認できず）", "re-checked (partly unchecked)");
        }
        return LocalizedText.of("未再確認", "not re-checked");
    }

    public static LocalizedText mark(Fix fix) {
        return mark(fix.recheck() == null ? null : fix.recheck().status().name());
    }

    /** The mark with what it means, e.g. for the CLI and the panel. */
    public static String recheck(Fix fix, Locale locale) {
        Recheck r = fix.recheck();
        if (r == null) {
            return mark(fix).get(locale);
        }
        String change = r.worstBefore().label().get(locale) + " → " + r.worstAfter().label().get(locale);
        String text = LocalizedText.pick(locale,
                "再確認済み: 修正を適用した状態で確認し直し、対象の指摘が消え、新しい注意・エラーが出ないことを確かめました（判定 " + change + "）",
                "Re-checked: checked again with the fix applied; its findings are gone and no new warning or error appears (grade "
                        + change + ")");
        if (r.status() == Recheck.Status.INCOMPLETE) {
            String names = String.join(", ", r.unchecked().stream().map(f -> f.detail().get(locale).isEmpty() ? f.subject()
                    : f.detail().get(locale)).distinct().toList());
            text += LocalizedText.pick(locale, "。ただし確認できなかった部分があります: " + names,
                    ". Part of it could not be looked up: " + names);
        }
        return text;
    }
}
