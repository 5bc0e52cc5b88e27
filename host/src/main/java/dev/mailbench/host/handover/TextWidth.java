package dev.mailbench.host.handover;

/**
 * The printed width of a text in "half-width characters": Japanese (full-width) characters count as 2,
 * so columns sized from it fit 日本語 as well as ASCII.
 */
public final class TextWidth {
    private TextWidth() {
    }

    /** The width of the longest line. */
    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int max = 0;
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                max = Math.max(max, w);
                w = 0;
            } else {
                w += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(max, w);
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x2610 && cp <= 0x2612)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
