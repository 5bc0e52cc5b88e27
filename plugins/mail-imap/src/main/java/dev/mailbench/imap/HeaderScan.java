package dev.mailbench.imap;

import java.nio.charset.StandardCharsets;

/** Finds a header in raw message bytes without parsing MIME (bodies are never decoded or re-encoded). */
public final class HeaderScan {
    private HeaderScan() {
    }

    public static String messageId(byte[] b, int offset, int length) {
        return value(b, offset, length, "message-id:");
    }

    /**
     * The (unfolded, trimmed) value of the first header called {@code name}, or empty when there is none.
     *
     * @param name lower case, with the colon: {@code "date:"}
     */
    public static String value(byte[] b, int offset, int length, String name) {
        int end = offset + length;
        int lineStart = offset;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && b[lineEnd] != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd > lineStart && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == lineStart) {
                return "";
            }
            if (startsWithIgnoreCase(b, lineStart, contentEnd, name)) {
                StringBuilder value = new StringBuilder(new String(b, lineStart + name.length(), contentEnd - lineStart - name.length(),
                        StandardCharsets.ISO_8859_1));
                int next = lineEnd + 1;
                while (next < end && (b[next] == ' ' || b[next] == '\t')) {
                    int e = next;
                    while (e < end && b[e] != '\n') {
                        e++;
                    }
                    value.append(new String(b, next, e - next, StandardCharsets.ISO_8859_1));
                    next = e + 1;
                }
                return value.toString().trim();
            }
            lineStart = lineEnd + 1;
        }
        return "";
    }

    private static boolean startsWithIgnoreCase(byte[] b, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase((char) b[from + i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
