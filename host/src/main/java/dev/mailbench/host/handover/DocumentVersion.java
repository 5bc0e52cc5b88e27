package dev.mailbench.host.handover;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The version printed on the cover and in the footer. Date-based with the time of day, so two exports on
 * the same visit are told apart without keeping a counter in the project; a consultant can type their own.
 */
public final class DocumentVersion {
    private DocumentVersion() {
    }

    public static String forDate(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    public static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
    }
}
