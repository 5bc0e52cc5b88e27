package dev.mailbench.migration.plan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the plan writes dates, durations and sizes, in both languages. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd (E) HH:mm", Locale.JAPANESE);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE) HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    public static String dateTime(LocalDateTime t, Locale locale) {
        return t == null ? "" : isEnglish(locale) ? DATE_TIME_EN.format(t) : DATE_TIME.format(t);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** "2 時間 5 分" / "2 h 5 min"; under a minute rounds up to one. */
    public static String duration(Duration d, Locale locale) {
        long minutes = Math.max(1, (d.getSeconds() + 59) / 60);
        long h = minutes / 60;
        long m = minutes % 60;
        if (isEnglish(locale)) {
            return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
        }
        return h == 0 ? m + " 分" : m == 0 ? h + " 時間" : h + " 時間 " + m + " 分";
    }

    /** TTL seconds as people say them: 300 秒, 1 時間, 1 日. */
    public static String ttl(long seconds, Locale locale) {
        boolean en = isEnglish(locale);
        if (seconds < 0) {
            return en ? "unknown" : "不明";
        }
        if (seconds % 86400 == 0 && seconds > 0) {
            return seconds / 86400 + (en ? " d" : " 日");
        }
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + (en ? " h" : " 時間");
        }
        return seconds + (en ? " s" : " 秒");
    }
}
