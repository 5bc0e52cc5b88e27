package dev.mailbench.migration.plan;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.model.LocalizedText;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the plan writes dates, durations and sizes, in the language it is given. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd (E) HH:mm", Locale.JAPANESE);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE) HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    public static String dateTime(LocalDateTime t, Locale locale) {
        return t == null ? "" : (LocalizedText.isEnglish(locale) ? DATE_TIME_EN : DATE_TIME).format(t);
    }

    /** "2 時間 5 分" / "2 h 5 min"; under a minute rounds up to one. */
    public static String duration(Duration d, Locale locale) {
        long minutes = Math.max(1, (d.getSeconds() + 59) / 60);
        long h = minutes / 60;
        long m = minutes % 60;
        String hours = pick(locale, " 時間", " h");
        String mins = pick(locale, " 分", " min");
        return h == 0 ? m + mins : m == 0 ? h + hours : h + hours + " " + m + mins;
    }

    /** TTL seconds as people say them: 300 秒, 1 時間, 1 日. */
    public static String ttl(long seconds, Locale locale) {
        if (seconds < 0) {
            return pick(locale, "不明", "unknown");
        }
        if (seconds % 86400 == 0 && seconds > 0) {
            return seconds / 86400 + pick(locale, " 日", " d");
        }
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + pick(locale, " 時間", " h");
        }
        return seconds + pick(locale, " 秒", " s");
    }
}
