package dev.mailbench.migration.copy.cli;

import java.util.Locale;

/** Byte counts for people. */
public final class Sizes {
    private Sizes() {
    }

    public static String human(double bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%.0f B", bytes);
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
        }
        if (bytes < 1024.0 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
