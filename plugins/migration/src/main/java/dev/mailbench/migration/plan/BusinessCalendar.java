package dev.mailbench.migration.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The scheduling rule for the steps people do during the day: Monday to Friday, 09:00-18:00 Japan time.
 * Japanese public holidays are not known here (the consultant moves a step by editing the cutover).
 * The cutover window itself runs when the consultant put it, usually an evening or a weekend.
 */
final class BusinessCalendar {
    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(18, 0);

    private BusinessCalendar() {
    }

    static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The latest business day at {@code time} that is not after {@code latest}. */
    static LocalDateTime atOrBefore(LocalDateTime latest, LocalTime time) {
        LocalDate d = latest.toLocalDate();
        if (latest.toLocalTime().isBefore(time)) {
            d = d.minusDays(1);
        }
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d.atTime(time);
    }

    /** The first business day at {@code time} that is not before {@code earliest}. */
    static LocalDateTime atOrAfter(LocalDateTime earliest, LocalTime time) {
        LocalDate d = earliest.toLocalDate();
        if (earliest.toLocalTime().isAfter(time)) {
            d = d.plusDays(1);
        }
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d.atTime(time);
    }

    /** The business day before {@code d}. */
    static LocalDate previous(LocalDate d) {
        LocalDate p = d.minusDays(1);
        while (!isBusinessDay(p)) {
            p = p.minusDays(1);
        }
        return p;
    }
}
