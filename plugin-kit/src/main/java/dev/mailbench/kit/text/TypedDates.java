package dev.mailbench.kit.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in Japan, read into a {@link LocalDate}: {@code 2026-12-03}, {@code 2026/12/3},
 * {@code 2026-12-3}, {@code 2026.12.3}, {@code 2026年12月3日}, {@code 12/3} or {@code 12月3日} (this year), with
 * full-width digits and separators too. The one reader of typed dates: forms, imported sheets and plugins use it,
 * so a date one field takes is taken by every field.
 */
public final class TypedDates {
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*[/月]\\s*(\\d{1,2})\\s*日?");

    private TypedDates() {
    }

    /**
     * The date {@code text} names, or empty when it names none (blank text included: the caller decides whether a
     * blank is allowed).
     *
     * @param today gives the year of a date typed without one
     */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        // NFKC turns full-width digits, slashes and hyphens into ASCII; the long dash is a common slip for a hyphen.
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('－', '-').replace('ー', '-');
        Matcher full = YEAR_MONTH_DAY.matcher(plain);
        if (full.matches()) {
            return date(full.group(1), full.group(2), full.group(3));
        }
        Matcher shortForm = MONTH_DAY.matcher(plain);
        if (shortForm.matches()) {
            return date(String.valueOf(today.getYear()), shortForm.group(1), shortForm.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2026/2/30: looks like a date, is none
        }
    }
}
