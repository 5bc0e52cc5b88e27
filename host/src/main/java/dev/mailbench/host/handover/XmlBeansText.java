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

    /**
     * {@code text} in XMLBeans' entity form ({@code TextSaver.entitizeContent}): each character as {@link #entity}
     * says; {@code text} itself when nothing changes.
     */
    public static String entitized(String text) {
        StringBuilder out = null;
        char ch = 0;
        char ch1 = 0;
        char ch2;
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            ch2 = ch1;
            ch1 = ch;
            ch = text.charAt(i);
            String replacement = entity(ch, ch1, ch2);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, plain, i).append(replacement);
            plain = i + 1;
        }
        return out == null ? text : out.append(text, plain, text.length()).toString();
    }

    /** XMLBeans' {@code Saver.isBadChar}: surrogates pass (each half on its own). */
    public static boolean isBadChar(char ch) {
        return !(Character.isHighSurrogate(ch) || Character.isLowSurrogate(ch)
                || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                || ch == 0x9 || ch == 0xA || ch == 0xD);
    }
}
