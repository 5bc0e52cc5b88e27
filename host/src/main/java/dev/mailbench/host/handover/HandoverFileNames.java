package dev.mailbench.host.handover;

import dev.mailbench.api.model.Project;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Default output names: {@code <customer>_引き渡し資料_<date>.docx}, safe on Windows. */
public final class HandoverFileNames {
    private HandoverFileNames() {
    }

    public static String docx(Project project, Locale locale, LocalDate date) {
        return base(project, locale, date) + ".docx";
    }

    public static String xlsx(Project project, Locale locale, LocalDate date) {
        return base(project, locale, date) + ".xlsx";
    }

    private static String base(Project project, Locale locale, LocalDate date) {
        String customer = project.customer().name().isBlank() ? "customer" : project.customer().name();
        String safe = customer.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe + "_" + HandoverText.FILE_NAME_WORD.get(locale) + "_" + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
