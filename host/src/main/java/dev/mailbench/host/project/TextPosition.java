package dev.mailbench.host.project;

/**
 * A line and column (both 1-based) in a UTF-8 file, as a text editor shows them: the column counts characters,
 * not bytes, so a mistake after Japanese text on the same line is found where the editor's cursor says.
 * (Jackson's own column counts bytes; positions are therefore worked out here from its byte offset.)
 */
record TextPosition(int line, int column) {
    static final TextPosition UNKNOWN = new TextPosition(0, 0);

    /** The position of the byte at {@code offset} in {@code bytes}; {@link #UNKNOWN} for a negative offset. */
    static TextPosition at(byte[] bytes, long offset) {
        if (offset < 0) {
            return UNKNOWN;
        }
        int end = (int) Math.min(offset, bytes.length);
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                // Not a UTF-8 continuation byte: a character starts here.
                column++;
            }
        }
        return new TextPosition(line, column);
    }

    boolean known() {
        return line > 0;
    }

    /** {@code （3行 5列）} and {@code  (line 3, column 5)}, or empty texts when unknown. */
    String ja() {
        return known() ? String.format("（%d行 %d列）", line, column) : "";
    }

    String en() {
        return known() ? String.format(" (line %d, column %d)", line, column) : "";
    }
}
