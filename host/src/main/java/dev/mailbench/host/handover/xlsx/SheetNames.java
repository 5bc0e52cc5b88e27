package dev.mailbench.host.handover.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Excel sheet names: at most 31 characters, none of {@code []:*?/\}, no leading or trailing apostrophe,
 * not "History", and unique ignoring case. Hands out names that Excel accepts for any section title.
 */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> used = new HashSet<>();

    void reserve(String name) {
        used.add(name.toLowerCase(Locale.ROOT));
    }

    String unique(String title) {
        String base = safe(title);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        reserve(name);
        return name;
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
        s = cut(s, MAX);
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
