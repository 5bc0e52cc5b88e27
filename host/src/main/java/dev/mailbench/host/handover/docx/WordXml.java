package dev.mailbench.host.handover.docx;

import dev.mailbench.host.handover.XmlBeansText;
import java.io.IOException;

/**
 * WordprocessingML elements written straight to a stream, character for character as XMLBeans' saver writes
 * them for POI (see {@link SplicedDocument}): the element and attribute prefixes the saved document uses for the
 * main namespace, {@code <a/>} for an element without content, and the saver's escaping of text (including its
 * switch to CDATA for long text with many markup characters) and of attribute values.
 */
final class WordXml {
    /** XMLBeans' defaults (TextSaver): text longer than this with more than {@link #CDATA_ENTITIES} '<'/'&' is saved as CDATA. */
    private static final int CDATA_LENGTH = 32;
    private static final int CDATA_ENTITIES = 5;

    private final Utf8Out out;
    private final String element;
    private final String attribute;
    /** An element start tag is open: its attributes may follow, then content or {@code />}. */
    private boolean startOpen;

    /**
     * @param elementPrefix   the prefix of the main namespace on elements, with its colon ({@code "w:"}), or empty
     * @param attributePrefix the same on attributes (never empty: attributes in a namespace need a prefix)
     */
    WordXml(Utf8Out out, String elementPrefix, String attributePrefix) {
        this.out = out;
        this.element = elementPrefix;
        this.attribute = attributePrefix;
    }

    /** Starts an element; attributes may follow until its content or its end. */
    WordXml start(String name) throws IOException {
        closeStart();
        out.write('<');
        out.write(element);
        out.write(name);
        startOpen = true;
        return this;
    }

    /** An attribute in the main namespace of the element just started. */
    WordXml attr(String name, String value) throws IOException {
        out.write(' ');
        out.write(attribute);
        out.write(name);
        out.write("=\"");
        attrValue(value);
        out.write('"');
        return this;
    }

    WordXml attr(String name, long value) throws IOException {
        return attr(name, Long.toString(value));
    }

    /** An attribute in the xml namespace ({@code xml:space}). */
    WordXml xmlAttr(String name, String value) throws IOException {
        out.write(" xml:");
        out.write(name);
        out.write("=\"");
        attrValue(value);
        out.write('"');
        return this;
    }

    /** Ends the element {@code name}: {@code />} when nothing was written since its start. */
    WordXml end(String name) throws IOException {
        if (startOpen) {
            out.write("/>");
            startOpen = false;
        } else {
            out.write("</");
            out.write(element);
            out.write(name);
            out.write('>');
        }
        return this;
    }

    /** The text content of the element just started (not empty). */
    WordXml text(String text) throws IOException {
        closeStart();
        content(text);
        return this;
    }

    void flush() throws IOException {
        closeStart();
        out.flush();
    }

    private void closeStart() throws IOException {
        if (startOpen) {
            out.write('>');
            startOpen = false;
        }
    }

    private void attrValue(String value) throws IOException {
        int n = value.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            String entity = ch == '<' ? "&lt;" : ch == '&' ? "&amp;" : ch == '"' ? "&quot;" : null;
            if (entity != null) {
                out.write(value, plain, i - plain);
                out.write(entity);
                plain = i + 1;
            }
        }
        out.write(value, plain, n - plain);
    }

    /** As XMLBeans' {@code TextSaver.entitizeContent} with its default thresholds and no pretty printing. */
    private void content(String text) throws IOException {
        int n = text.length();
        int markup = 0;
        boolean replace = false;
        char prev = 0;
        char prevPrev = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '<' || ch == '&') {
                markup++;
            } else if (prevPrev == ']' && prev == ']' && ch == '>') {
                replace = true;
            } else if (XmlBeansText.isBadChar(ch) || ch == '\r') {
                replace = true;
            }
            prevPrev = prev;
            prev = ch;
        }
        if (markup == 0 && !replace) {
            out.write(text);
        } else if (n > CDATA_LENGTH && markup > CDATA_ENTITIES) {
            cdata(text);
        } else {
            out.write(XmlBeansText.entitized(text));
        }
    }


    /** The saver's CDATA form: its first two characters are copied as they are, the rest checked. */
    private void cdata(String text) throws IOException {
        out.write("<![CDATA[");
        out.write(text.charAt(0));
        out.write(text.charAt(1));
        boolean secondToLastWasBracket = text.charAt(0) == ']';
        boolean lastWasBracket = text.charAt(1) == ']';
        for (int i = 2; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '>' && secondToLastWasBracket && lastWasBracket) {
                out.write("]]>><![CDATA[");
            } else if (XmlBeansText.isBadChar(ch)) {
                out.write('?');
            } else {
                out.write(ch);
            }
            secondToLastWasBracket = lastWasBracket;
            lastWasBracket = ch == ']';
        }
        out.write("]]>");
    }
}
