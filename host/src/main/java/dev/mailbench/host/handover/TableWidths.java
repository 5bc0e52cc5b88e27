package dev.mailbench.host.handover;

import java.util.List;

/**
 * Column widths of a printed table, from its content: every column gets at least what must not break
 * (dates, addresses, host names, numbers, each header word), long texts share what is left and wrap. When
 * even the unbreakable parts do not fit the page, the table's text gets smaller rather than breaking them.
 */
public final class TableWidths {
    /** Smallest table text we print, in points. */
    static final double MIN_FONT_PT = 7.5;
    /** Japanese header and body text wraps anywhere, but not into a column of two characters per line. */
    private static final double MIN_TEXT_EM = 4.0;
    /** The renderer's font is never exactly the one measured: a text this much wider than measured still fits. */
    public static final double SLACK = 1.08;
    /** A long note or message should not take the whole page either. */
    private static final double MAX_NATURAL_EM = 40.0;

    /** @param twips one width per column, in twentieths of a point; @param fontPt the table text size */
    public record Layout(int[] twips, double fontPt) {
    }

    private TableWidths() {
    }

    /**
     * @param header       the header row (bold)
     * @param rows         the body rows
     * @param pageTwips    the width the table may take
     * @param paddingTwips left plus right cell margin
     * @param fontPt       the preferred table text size
     */
    public static Layout of(List<String> header, List<List<String>> rows, int pageTwips, int paddingTwips, double fontPt) {
        int n = header.size();
        double[] natural = new double[n];
        double[] floor = new double[n];
        for (int c = 0; c < n; c++) {
            String h = header.get(c);
            natural[c] = TextMetrics.em(h, true);
            floor[c] = TextMetrics.unbreakableEm(h, true);
        }
        for (List<String> row : rows) {
            for (int c = 0; c < n && c < row.size(); c++) {
                String text = row.get(c);
                natural[c] = Math.max(natural[c], Math.min(MAX_NATURAL_EM, TextMetrics.em(text, false)));
                floor[c] = Math.max(floor[c], TextMetrics.unbreakableEm(text, false));
            }
        }
        for (int c = 0; c < n; c++) {
            floor[c] = Math.max(floor[c], Math.min(natural[c], MIN_TEXT_EM));
            natural[c] = Math.max(natural[c], floor[c]);
        }
        double font = fontPt;
        double floorEm = sum(floor);
        double available = pageTwips - (double) paddingTwips * n;
        if (floorEm * font * 20 * SLACK > available) {
            font = Math.max(MIN_FONT_PT, Math.floor(available / (floorEm * 20 * SLACK) * 4) / 4);
        }
        double emTwips = font * 20;
        int[] need = new int[n];
        int[] min = new int[n];
        for (int c = 0; c < n; c++) {
            need[c] = (int) Math.ceil(natural[c] * emTwips * SLACK) + paddingTwips;
            min[c] = (int) Math.ceil(floor[c] * emTwips * SLACK) + paddingTwips;
        }
        int[] widths = ColumnFit.fit(need, min, pageTwips);
        stretch(widths, need, pageTwips);
        return new Layout(widths, font);
    }

    /** Leftover page width goes to the columns that wrap (the ones below what they would like), else to all. */
    private static void stretch(int[] widths, int[] need, int pageTwips) {
        int spare = pageTwips - ColumnFit.sum(widths);
        if (spare <= 0) {
            return;
        }
        int wrapping = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] < need[c]) {
                wrapping += need[c] - widths[c];
            }
        }
        int total = ColumnFit.sum(widths);
        int given = 0;
        for (int c = 0; c < widths.length; c++) {
            int add = wrapping > 0 ? (int) ((long) spare * Math.max(0, need[c] - widths[c]) / wrapping)
                    : (int) ((long) spare * widths[c] / Math.max(1, total));
            widths[c] += add;
            given += add;
        }
        widths[widths.length - 1] += spare - given;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
