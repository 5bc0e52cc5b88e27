package dev.mailbench.host.handover;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed widths of table text in em, close enough to size columns: Japanese characters are one em, Latin
 * letters use the advance widths of DejaVu Sans (what LibreOffice puts in for Arial; it is wider than Arial,
 * so a column that fits here fits in Word too). The unbreakable width of a text is what a line break must
 * not split: an e-mail address, a host name, a number with its unit, a date, a header word.
 */
public final class TextMetrics {
    /** Bold runs are about this much wider than regular ones. */
    public static final double BOLD = 1.17;

    private static final double[] LOWER_EM = {.613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579, .278,
            .974, .634, .612, .635, .635, .411, .521, .392, .634, .592, .818, .592, .592, .525};
    private static final double[] UPPER_EM = {.684, .686, .698, .770, .632, .575, .775, .752, .295, .295, .656, .557,
            .863, .748, .787, .603, .787, .695, .635, .611, .732, .684, .989, .685, .611, .685};
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?|\\d{4}/\\d{1,2}/\\d{1,2}"
                    + "|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}"
                    + "|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "[+-]?\\d[\\d,.]*\\s?(?:MB/月|MB/month|MB|GB|KB|TB|%|日|days?|months?|か月)");

    private static final int UNBREAKABLE_LIMIT = 1 << 14;
    private static final Map<String, Double> UNBREAKABLE = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    /** The width of the longest line, in em. */
    public static double em(String text, boolean bold) {
        double max = lineEmMax(text == null ? "" : text, 0, text == null ? 0 : text.length());
        return bold ? max * BOLD : max;
    }

    /**
     * The widest line of {@code text[from, to)}: each line's code points summed left to right, as the
     * widths always were (a loop instead of a stream per line: the export measures every table cell).
     */
    private static double lineEmMax(String text, int from, int to) {
        double max = 0;
        double w = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                max = Math.max(max, w);
                w = 0;
            } else {
                w += em(cp);
            }
        }
        return Math.max(max, w);
    }

    /** The width of one character, in em. */
    public static double em(int cp) {
        if (TextWidth.isWide(cp)) {
            return 1.0;
        }
        if (cp >= 'a' && cp <= 'z') {
            return LOWER_EM[cp - 'a'];
        }
        if (cp >= 'A' && cp <= 'Z') {
            return UPPER_EM[cp - 'A'];
        }
        if (cp >= '0' && cp <= '9') {
            return .636;
        }
        return switch (cp) {
            case ' ', '.', ',', ';', ':', '\'', '|', '!' -> .318;
            case '-', '(', ')', '[', ']', '/', '\\' -> .39;
            case '@' -> 1.0;
            case '%' -> .95;
            case '_', '"' -> .5;
            case '—', '～', '☐', '☑' -> 1.0;
            default -> cp < 0x2000 ? .65 : 1.0;
        };
    }

    /** An address or host name stays whole; "Auto-reply" may break after its hyphen. */
    private static double tokenEm(String token, int from, int to) {
        boolean whole = false;
        for (int i = from; i < to && !whole; i++) {
            char c = token.charAt(i);
            whole = c == '@' || c == '.' || c == '/' || c == ':';
        }
        if (whole) {
            return lineEmMax(token, from, to);
        }
        // the widest piece between breaks after a hyphen ("Auto-" and "reply")
        double max = 0;
        double w = 0;
        for (int i = from; i < to; ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            w += em(cp);
            if (cp == '-') {
                max = Math.max(max, w);
                w = 0;
            }
        }
        return Math.max(max, w);
    }

    /**
     * What a line break must never split, in em: dates and numbers with their unit as a whole, and in the rest
     * every run of Latin letters, digits and address characters (an e-mail address, a host name, a word).
     * Japanese breaks between any two characters and adds nothing.
     */
    public static double unbreakableEm(String text, boolean bold) {
        double max = unbreakableEm(text == null ? "" : text);
        return bold ? max * BOLD : max;
    }

    /**
     * The regular width, remembered: an export measures the same texts many times (a role, a quota, a status in
     * every row; the same cells for Word and for Excel, on two threads), and the two patterns were a tenth of
     * both threads' time. Bounded: emptied when full.
     */
    private static double unbreakableEm(String text) {
        Double known = UNBREAKABLE.get(text);
        if (known != null) {
            return known;
        }
        double max = measureUnbreakable(text);
        if (UNBREAKABLE.size() >= UNBREAKABLE_LIMIT) {
            UNBREAKABLE.clear();
        }
        UNBREAKABLE.put(text, max);
        return max;
    }

    private static double measureUnbreakable(String text) {
        double max = 0;
        String rest = text;
        // dates and numbers with their unit all have a digit: most cells have none and skip both patterns
        if (hasDigit(rest)) {
            for (Pattern whole : new Pattern[] {DATE, NUMBER_WITH_UNIT}) {
                Matcher m = whole.matcher(rest);
                StringBuilder left = new StringBuilder();
                while (m.find()) {
                    max = Math.max(max, em(m.group(), false));
                    m.appendReplacement(left, " ");
                }
                m.appendTail(left);
                rest = left.toString();
            }
        }
        int tokenStart = 0;
        int length = rest.length();
        for (int i = 0; i <= length; ) {
            int cp = i < length ? rest.codePointAt(i) : ' ';
            int next = i + (i < length ? Character.charCount(cp) : 1);
            if (Character.isWhitespace(cp) || TextWidth.isWide(cp)) {
                max = Math.max(max, tokenEm(rest, tokenStart, i));
                tokenStart = next;
            }
            i = next;
        }
        return max;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
