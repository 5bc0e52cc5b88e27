package dev.mailbench.host.handover;

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

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final double[] LOWER_EM = {.613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579, .278,
            .974, .634, .612, .635, .635, .411, .521, .392, .634, .592, .818, .592, .592, .525};
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final double[] UPPER_EM = {.684, .686, .698, .770, .632, .575, .775, .752, .295, .295, .656, .557,
            .863, .748, .787, .603, .787, .695, .635, .611, .732, .684, .989, .685, .611, .685};
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?|\\d{4}/\\d{1,2}/\\d{1,2}"
                    + "|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}"
                    + "|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "[+-]?\\d[\\d,.]*\\s?(?:MB/月|MB/month|MB|GB|KB|TB|%|日|days?|months?|か月)");

    private TextMetrics() {
    }

    /** The width of the longest line, in em. */
    public static double em(String text, boolean bold) {
        double max = 0;
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            double w = 0;
            for (int cp : line.codePoints().toArray()) {
                w += em(cp);
            }
            max = Math.max(max, w);
        }
        return bold ? max * BOLD : max;
    }

    static double em(int cp) {
        if (TextWidth.isWide(cp)) {
            return 1.0;
        }
        int lower = LOWER.indexOf(cp);
        if (lower >= 0) {
            return LOWER_EM[lower];
        }
        int upper = UPPER.indexOf(cp);
        if (upper >= 0) {
            return UPPER_EM[upper];
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
    private static double tokenEm(String token) {
        if (token.contains("@") || token.contains(".") || token.contains("/") || token.contains(":")) {
            return em(token, false);
        }
        double max = 0;
        for (String part : token.split("(?<=-)")) {
            max = Math.max(max, em(part, false));
        }
        return max;
    }

    /**
     * What a line break must never split, in em: dates and numbers with their unit as a whole, and in the rest
     * every run of Latin letters, digits and address characters (an e-mail address, a host name, a word).
     * Japanese breaks between any two characters and adds nothing.
     */
    public static double unbreakableEm(String text, boolean bold) {
        double max = 0;
        String rest = text == null ? "" : text;
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
        StringBuilder token = new StringBuilder();
        for (int cp : (rest + " ").codePoints().toArray()) {
            if (Character.isWhitespace(cp) || TextWidth.isWide(cp)) {
                max = Math.max(max, tokenEm(token.toString()));
                token.setLength(0);
            } else {
                token.appendCodePoint(cp);
            }
        }
        return bold ? max * BOLD : max;
    }
}
