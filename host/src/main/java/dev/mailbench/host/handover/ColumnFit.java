package dev.mailbench.host.handover;

/**
 * Shares a page width among table columns: every column gets what it needs if that fits; otherwise the
 * widest columns give way first (they wrap), never going below what a column cannot break (an address,
 * a short header).
 */
public final class ColumnFit {
    private ColumnFit() {
    }

    /** @return widths in the same unit as the arguments, summing to at most {@code budget} where possible */
    public static int[] fit(int[] natural, int[] minimum, int budget) {
        int n = natural.length;
        int[] need = new int[n];
        int[] floor = new int[n];
        for (int i = 0; i < n; i++) {
            floor[i] = Math.min(minimum[i], natural[i]);
            need[i] = Math.max(natural[i], floor[i]);
        }
        if (sum(need) <= budget) {
            return need;
        }
        if (sum(floor) >= budget) {
            return squeezeWide(need, floor, budget);
        }
        // Lower a common cap until the capped widths fit: the widest columns shrink, narrow ones keep theirs.
        int cap = max(need);
        while (cap > 1) {
            int total = 0;
            for (int i = 0; i < n; i++) {
                total += Math.max(floor[i], Math.min(need[i], cap));
            }
            if (total <= budget) {
                break;
            }
            cap--;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(floor[i], Math.min(need[i], cap));
        }
        return out;
    }

    /**
     * Even the floors do not fit: short columns (a status, "5,000 MB") keep their width, the wide ones share
     * what is left in proportion to their floors, so the wrapping happens where there is text to wrap.
     */
    private static int[] squeezeWide(int[] need, int[] floor, int budget) {
        int n = need.length;
        int fixed = 0;
        int wideFloors = 0;
        for (int i = 0; i < n; i++) {
            if (need[i] <= SHORT) {
                fixed += need[i];
            } else {
                wideFloors += floor[i];
            }
        }
        int rest = budget - fixed;
        if (wideFloors == 0 || rest <= 0) {
            return floor;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = need[i] <= SHORT ? need[i] : Math.max(1, floor[i] * rest / wideFloors);
        }
        return out;
    }

    /** Columns at most this wide (half-width characters) are never squeezed. */
    private static final int SHORT = 12;

    /** The longest run without a space in ASCII-ish text: what a line break cannot split nicely. */
    public static int longestToken(String text) {
        int longest = 0;
        int current = 0;
        for (int cp : (text == null ? "" : text).codePoints().toArray()) {
            if (Character.isWhitespace(cp) || TextWidth.isWide(cp)) {
                current = 0;
            } else {
                current++;
                longest = Math.max(longest, current);
            }
        }
        return longest;
    }

    public static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
