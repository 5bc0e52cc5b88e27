package dev.mailbench.imap;

import java.util.ArrayList;
import java.util.List;

/** Compact IMAP sequence sets: {@code 1:5,9,12:14}. */
public final class UidSet {
    private UidSet() {
    }

    public static String of(List<Long> uids) {
        List<Long> sorted = new ArrayList<>(uids);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            long start = sorted.get(i);
            long end = start;
            while (i + 1 < sorted.size() && sorted.get(i + 1) == end + 1) {
                end = sorted.get(++i);
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end != start) {
                sb.append(':').append(end);
            }
            i++;
        }
        return sb.toString();
    }
}
