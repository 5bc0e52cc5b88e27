package dev.mailbench.design.engine;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.model.Project;
import java.util.List;
import java.util.Locale;

/**
 * How quotas, dates, durations and the planned protocol are written: shared by the panel, the command line and
 * the handover section, so all three say the same, in the language they are given.
 */
public final class DesignFormats {
    private DesignFormats() {
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Which figures of the forecast came from the server panel, from which server and when, e.g. "使用量・容量:
     * サーバーパネル（xs123456.xsrv.jp、2026-12-03 10:15 取得）"; empty when none did. The quota counts only while
     * no accepted decision replaces it.
     */
    public static java.util.Optional<dev.mailbench.api.model.LocalizedText> panelFigures(MailboxDesign d) {
        boolean usage = d.usageFromPanel();
        boolean quota = d.quotaFromPanel() && !d.quotaDecided();
        if (!usage && !quota) {
            return java.util.Optional.empty();
        }
        String when = d.panel().importedAt() == null ? ""
                : STAMP.format(d.panel().importedAt().atZone(java.time.ZoneId.systemDefault()));
        String ja = usage && quota ? "使用量と容量" : usage ? "使用量" : "容量";
        String en = usage && quota ? "Usage and quota" : usage ? "Usage" : "Quota";
        return java.util.Optional.of(dev.mailbench.api.model.LocalizedText.of(
                ja + ": サーバーパネルの実際の値（" + d.panel().servername() + "、" + when + " 取得）",
                en + ": real figures from the server panel (" + d.panel().servername() + ", imported " + when + ")"));
    }

    public static String mb(Integer value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%,d MB", value);
    }

    public static String mb(double value) {
        return String.format(Locale.ROOT, "%,.0f MB", value);
    }

    /** "2028-03-14" or "—" / "なし" when it never happens. */
    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? pick(locale, "見込みなし", "never") : date.toString();
    }

    public static String months(double months, Locale locale) {
        if (Double.isInfinite(months)) {
            return pick(locale, "∞（増えない）", "∞ (no growth)");
        }
        if (months <= 0) {
            return pick(locale, "0（すでに到達）", "0 (already reached)");
        }
        return String.format(Locale.ROOT, pick(locale, "%.1f か月", "%.1f months"), months);
    }

    public static String growth(CapacityForecast f, Locale locale) {
        return String.format(Locale.ROOT, pick(locale, "%.1f MB/月", "%.1f MB/month"), f.growthMbPerMonth());
    }

    public static String leaveCopy(Integer days, Locale locale) {
        return days == null ? "—" : pick(locale, days + " 日", days + " days");
    }

    public static String list(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    public static String yesNo(boolean value, Locale locale) {
        return value ? pick(locale, "あり", "on") : pick(locale, "なし", "off");
    }

    public static String deviceName(Project project, String deviceId) {
        if (deviceId == null || deviceId.isEmpty()) {
            return "—";
        }
        return project.device(deviceId).map(d -> d.name().isBlank() ? d.id() : d.name()).orElse(deviceId);
    }

    /** "IMAP（推奨を採用）", "POP（…）（変更して採用）" or "IMAP（推奨・未決定）". */
    /**
     * The size in force, saying whether it was decided; a recommendation that differs and awaits a decision is
     * named as such, so the document never shows two sizes for one mailbox without saying which holds.
     */
    public static String quotaInForce(MailboxDesign d, Locale locale) {
        Integer now = d.quotaInForceMb();
        if (d.quotaDecided()) {
            return mb(now) + pick(locale, "（決定）", " (decided)");
        }
        Integer recommended = d.recommendation().quotaMb();
        if (recommended != null && !recommended.equals(now) && now != null) {
            return mb(now) + pick(locale, "（推奨 " + mb(recommended) + "・未決定）",
                    " (" + mb(recommended) + " recommended, not decided)");
        }
        return mb(now);
    }

    public static String planned(MailboxDesign d, Locale locale) {
        String protocol = d.plannedProtocol().label().get(locale);
        return switch (d.status()) {
            case OPEN -> protocol + pick(locale, "（推奨・未決定）", " (recommended, not decided)");
            case ACCEPTED -> protocol;
            case OVERRIDDEN -> protocol + pick(locale, "（推奨から変更）", " (changed from the recommendation)");
        };
    }
}
