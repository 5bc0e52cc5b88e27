package dev.mailbench.host.handover;

/**
 * How XMLBeans saves element text, for the parts the export writes itself (the Word sections, the shared strings):
 * the same characters must come out as the same bytes POI's save would give, so that the streamed files stay
 * byte-identical to the tree-built ones.
 */
public final class XmlBeansText {
    private XmlBeansText() {
    }

    /**
     * XMLBeans' {@code TextSaver.entitizeContent}: what {@code ch} is saved as, given the two characters before it,
     * or {@code null} when it is saved as itself.
     */
    public static String entity(char ch, char previous, char beforePrevious) {
        if (ch == '<') {
            return "&lt;";
        } else if (ch == '&') {
            return "&amp;";
        } else if (ch == '>' && previous == ']' && beforePrevious == ']') {
            return "&gt;";
        } else if (isBadChar(ch)) {
            return "?";
        } else if (ch == '\r') {
            return "&#13;";
        }
        return null;
    }

    /** XMLBeans' {@code Saver.isBadChar}: surrogates pass (each half on its own). */
    public static boolean isBadChar(char ch) {
        return !(Character.isHighSurrogate(ch) || Character.isLowSurrogate(ch)
                || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                || ch == 0x9 || ch == 0xA || ch == 0xD);
    }
}
