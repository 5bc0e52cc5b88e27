package dev.mailbench.host.handover.xlsx;

import dev.mailbench.host.handover.TextMetrics;
import dev.mailbench.host.handover.TextWidth;

/**
 * Line breaks written into a cell's text, so Excel and LibreOffice never wrap on their own: they break at a
 * hyphen ("yamada@sample-" / "shoji.test"), and a spreadsheet has no non-breaking hyphen that survives a
 * copy. Lines break at spaces and between Japanese characters, never inside an address, host name, number
 * or word, and not before closing punctuation.
 */
final class ManualWrap {
    /** Excel's width unit is the digit 0 of the default font: about 0.55 em of Latin text, half a kanji less. */
    private static final double EM_PER_UNIT = 0.55;
    private static final double WIDE_UNITS = 2.1;
    private static final String NO_BREAK_BEFORE = "、。，．）」』】〕・ー：；？！)]}.,:;!?";

    private ManualWrap() {
    }

    static String wrap(String text, double widthUnits) {
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            wrapLine(paragraphs[p], widthUnits, out);
        }
        return out.toString();
    }

    /** Each token is measured and copied from the line's code points (streams per token were a tenth of the sheets). */
    private static void wrapLine(String line, double width, StringBuilder out) {
        double used = 0;
        int i = 0;
        int[] cps = codePoints(line);
        boolean lineStart = true;
        while (i < cps.length) {
            int end = i + 1;
            if (!TextWidth.isWide(cps[i]) && !Character.isWhitespace(cps[i])) {
                while (end < cps.length && !TextWidth.isWide(cps[end]) && !Character.isWhitespace(cps[end])) {
                    end++;
                }
            }
            // Closing punctuation stays with what it closes.
            while (end < cps.length && NO_BREAK_BEFORE.indexOf(cps[end]) >= 0) {
                end++;
            }
            double w = units(cps, i, end);
            boolean space = isBlank(cps, i, end);
            if (!lineStart && used + w > width && !space) {
                trimTrailingSpace(out);
                out.append('\n');
                used = 0;
                lineStart = true;
            }
            if (!(lineStart && space)) {
                for (int k = i; k < end; k++) {
                    out.appendCodePoint(cps[k]);
                }
                used += w;
                lineStart = false;
            }
            i = end;
        }
    }

    private static int[] codePoints(String line) {
        int[] cps = new int[line.codePointCount(0, line.length())];
        for (int i = 0, k = 0; i < line.length(); k++) {
            int cp = line.codePointAt(i);
            cps[k] = cp;
            i += Character.charCount(cp);
        }
        return cps;
    }

    private static double units(int[] cps, int from, int to) {
        double u = 0;
        for (int k = from; k < to; k++) {
            int cp = cps[k];
            u += TextWidth.isWide(cp) ? WIDE_UNITS : TextMetrics.em(cp) / EM_PER_UNIT;
        }
        return u;
    }

    /** As {@code String.isBlank} of the token. */
    private static boolean isBlank(int[] cps, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(cps[k])) {
                return false;
            }
        }
        return true;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
