package dev.mailbench.design.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.Arrays;
import java.util.Comparator;

/** How often a mailbox is exported to a local archive (and old mail removed from the server). */
public enum ArchiveCadence {
    NONE(0, "不要", "Not needed"),
    YEARLY(12, "年1回", "Yearly"),
    HALF_YEARLY(6, "半年に1回", "Every 6 months"),
    QUARTERLY(3, "3か月に1回", "Quarterly"),
    MONTHLY(1, "毎月", "Monthly");

    private final int months;
    private final String ja;
    private final String en;

    ArchiveCadence(int months, String ja, String en) {
        this.months = months;
        this.ja = ja;
        this.en = en;
    }

    public int months() {
        return months;
    }

    public LocalizedText label() {
        return LocalizedText.of(ja, en);
    }

    /**
     * The least frequent schedule whose interval fits in {@code monthsAvailable} (the months the quota
     * gives before it reaches its warning level); monthly when even a month does not fit.
     */
    public static ArchiveCadence fitting(double monthsAvailable) {
        return Arrays.stream(values())
                .filter(c -> c != NONE && c.months <= monthsAvailable)
                .max(Comparator.comparingInt(ArchiveCadence::months))
                .orElse(MONTHLY);
    }

    public static ArchiveCadence ofMonths(int months) {
        return Arrays.stream(values()).filter(c -> c.months == months).findFirst().orElse(NONE);
    }
}
