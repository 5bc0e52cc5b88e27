package dev.mailbench.host.handover.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Excel sheet names: at most 31 characters, none of {@code []:*?/\}, no leading or trailing apostrophe,
 * not "History", and unique ignoring case. Hands out names that Excel accepts for any section title, shortened
 * to whole words (a tab reading "Mail design (protocol, quot (2)" says less than "Mail design (2)").
 */
final class SheetNames {
    static final int MAX = 31;
    /** A longer title loses its explanation in brackets. */
    static final int SHORT = 16;
    private final Set<String> used = new HashSet<>();

    void reserve(String name) {
        used.add(name.toLowerCase(Locale.ROOT));
    }

    String unique(String title) {
        String base = safe(title);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = whole(base, MAX - suffix.length()) + suffix;
        }
        reserve(name);
        return name;
    }

    /**
     * A title that fits {@code max} characters without a word cut in half: beyond {@link #SHORT} characters without
     * its explanation in brackets ("メール設計（受信方式・容量・バックアップ）" is "メール設計"), then up to the last list separator or
     * space that fits ("Forwarding, auto-reply, days left on the server" is "Forwarding, auto-reply"). Only a
     * single word longer than {@code max} is cut.
     */
    static String whole(String title, int max) {
        String s = title.strip();
        int bracket = firstOf(s, "（", " (", "(", "［", " [");
        if (bracket > 0 && s.length() > Math.min(max, SHORT)) {
            // A tab is read at a glance: the explanation is on the sheet's first row.
            s = s.substring(0, bracket).strip();
        }
        if (s.length() <= max) {
            return s;
        }
        String[][] separators = {{", ", "、", "・", "／", " / "}, {" "}};
        for (String[] kind : separators) {
            int best = -1;
            for (String sep : kind) {
                int at = s.lastIndexOf(sep, max);
                if (at > 0 && at <= max) {
                    best = Math.max(best, at);
                }
            }
            if (best > 0) {
                return s.substring(0, best).strip();
            }
        }
        return cut(s, max);
    }

    private static int firstOf(String s, String... marks) {
        int first = -1;
        for (String m : marks) {
            int at = s.indexOf(m);
            if (at > 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    static String safe(String title) {
        StringBuilder sb = new StringBuilder();
        (title == null ? "" : title).codePoints().forEach(cp -> {
            boolean illegal = "[]:*?/\\".indexOf(cp) >= 0 || cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF;
            sb.appendCodePoint(illegal ? '_' : cp);
        });
        String s = sb.toString().strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        s = whole(s, MAX);
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isBlank() || s.equalsIgnoreCase("History")) {
            s = (s.isBlank() ? "Sheet" : s) + "_";
        }
        return s;
    }

    /** Cuts at a code point boundary so a surrogate pair is never split. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
