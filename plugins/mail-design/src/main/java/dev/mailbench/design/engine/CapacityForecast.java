package dev.mailbench.design.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a mailbox fills up at today's volume.
 *
 * <p>Formula: growth in MB per month = mails per day × typical KB × {@value #DAYS_PER_MONTH} / 1024.
 * A month is {@value #DAYS_PER_MONTH} days (365 / 12, rounded as Japanese capacity guides do), the same
 * figure turns months back into calendar dates, and 1 MB = 1024 KB. The forecast is linear: nothing is
 * deleted or archived in the meantime, which is what happens on an IMAP mailbox nobody looks after.
 *
 * @param quotaMb          the mailbox size; {@code null} when unknown (then nothing ever "fills")
 * @param monthsUntilFull  0 when the quota is already reached, {@link Double#POSITIVE_INFINITY} for zero
 *                         growth or an unknown quota
 * @param monthsUntilWarn  the same for {@value #WARNING_RATIO} of the quota: the date to archive by
 * @param fullOn           the day the quota is reached; {@code null} when never
 * @param archiveBy        the day the warning level is reached; {@code null} when never
 */
public record CapacityForecast(double mailsPerDay, double typicalKb, double currentMb, Integer quotaMb,
                               LocalDate start, double growthMbPerMonth, double monthsUntilFull,
                               double monthsUntilWarn, LocalDate fullOn, LocalDate archiveBy) {
    public static final double DAYS_PER_MONTH = 30.4;
    public static final double KB_PER_MB = 1024;
    /** Archive before this share of the quota is used. */
    public static final double WARNING_RATIO = 0.8;

    public static double growthMbPerMonth(double mailsPerDay, double typicalKb) {
        return mailsPerDay * typicalKb * DAYS_PER_MONTH / KB_PER_MB;
    }

    public static CapacityForecast of(double mailsPerDay, double typicalKb, double currentMb, Integer quotaMb,
                                      LocalDate start) {
        double growth = growthMbPerMonth(mailsPerDay, typicalKb);
        double untilFull = monthsUntil(quotaMb == null ? Double.NaN : quotaMb, currentMb, growth);
        double untilWarn = monthsUntil(quotaMb == null ? Double.NaN : quotaMb * WARNING_RATIO, currentMb, growth);
        return new CapacityForecast(mailsPerDay, typicalKb, currentMb, quotaMb, start, growth, untilFull, untilWarn,
                dateAfter(start, untilFull), dateAfter(start, untilWarn));
    }

    public static CapacityForecast of(Questionnaire q, Integer quotaMb, LocalDate start) {
        return of(q.mailsPerDay(), q.typicalKb(), q.currentUsageMb(), quotaMb, start);
    }

    private static double monthsUntil(double limitMb, double currentMb, double growth) {
        if (Double.isNaN(limitMb)) {
            return Double.POSITIVE_INFINITY;
        }
        if (currentMb >= limitMb) {
            return 0;
        }
        return growth <= 0 ? Double.POSITIVE_INFINITY : (limitMb - currentMb) / growth;
    }

    /** Rounded down, so the date printed is never later than the real one. */
    private static LocalDate dateAfter(LocalDate start, double months) {
        if (Double.isInfinite(months)) {
            return null;
        }
        return start.plusDays((long) Math.floor(months * DAYS_PER_MONTH));
    }

    public CapacityForecast withQuota(Integer value) {
        return of(mailsPerDay, typicalKb, currentMb, value, start);
    }

    public boolean hasQuota() {
        return quotaMb != null;
    }

    public boolean exceeded() {
        return quotaMb != null && currentMb >= quotaMb;
    }

    public boolean fillsEventually() {
        return !Double.isInfinite(monthsUntilFull);
    }

    /** Share of the quota used today (1.0 = full); 0 when the quota is unknown. */
    public double usedRatio() {
        return quotaMb == null || quotaMb == 0 ? 0 : currentMb / quotaMb;
    }

    public double usageAfterMonths(double months) {
        return currentMb + growthMbPerMonth * months;
    }

    /**
     * What-if for retention: the size the mailbox settles at when mail older than {@code yearsKept} years is
     * archived and removed from the server.
     */
    public double steadyStateMb(double yearsKept) {
        return growthMbPerMonth * 12 * yearsKept;
    }

    /** The smallest quota that keeps {@code yearsKept} years below the warning level. */
    public double quotaNeededFor(double yearsKept) {
        return steadyStateMb(yearsKept) / WARNING_RATIO;
    }

    /**
     * Monthly points for the chart, from the start to a little past the day the quota fills (at least a
     * year, at most {@code maxMonths}).
     */
    public List<Point> series(int maxMonths) {
        int months = 12;
        if (fillsEventually()) {
            months = (int) Math.ceil(Math.max(12, monthsUntilFull * 1.25));
        }
        months = Math.min(Math.max(months, 1), maxMonths);
        List<Point> points = new ArrayList<>(months + 1);
        for (int m = 0; m <= months; m++) {
            points.add(new Point(dateAfter(start, m), usageAfterMonths(m)));
        }
        return points;
    }

    public record Point(LocalDate date, double usedMb) {
    }
}
