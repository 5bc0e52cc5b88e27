package dev.mailbench.imap;

import java.util.Locale;

/** Human-readable byte counts (1 KB = 1024 bytes, as mail providers count quota). */
public final class Sizes {
    private Sizes() {
    }

    /** Rates and averages: rounded to whole bytes first. */
    public static String human(double bytes) {
        return human(Math.round(bytes));
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
