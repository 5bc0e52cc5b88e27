package dev.mailbench.host.handover.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A Word document whose {@code word/document.xml} can take a run of body elements saved from another copy of the
 * same template: a one-run placeholder paragraph holding a token is replaced, byte for byte, by what another
 * document saved between two such paragraphs. Both documents come from the same template, so their root
 * declares the same namespaces and the saver writes the same prefixes: the spliced part is the bytes a single
 * save would have written.
 */
final class SplicedDocument extends XWPFDocument {
    private String token;
    private byte[] replacement;

    SplicedDocument(InputStream in) throws IOException {
        super(in);
    }

    /** On the next save, the placeholder paragraph holding {@code token} becomes {@code body}. */
    void splice(String token, byte[] body) {
        this.token = token;
        this.replacement = body;
    }

    @Override
    protected void commit() throws IOException {
        if (token == null) {
            super.commit();
            return;
        }
        byte[] xml = documentXml(this);
        int[] placeholder = placeholder(xml, token);
        try (OutputStream out = getPackagePart().getOutputStream()) {
            out.write(xml, 0, placeholder[0]);
            out.write(replacement);
            out.write(xml, placeholder[1], xml.length - placeholder[1]);
        }
    }

    /** The document part as {@link XWPFDocument#commit()} saves it (same options). */
    static byte[] documentXml(XWPFDocument doc) throws IOException {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        doc.getDocument().save(out, options);
        return out.toByteArray();
    }

    /** The body elements saved between the placeholder paragraphs holding {@code first} and {@code last}. */
    static byte[] between(byte[] xml, String first, String last) {
        int from = placeholder(xml, first)[1];
        int to = placeholder(xml, last)[0];
        if (to < from) {
            throw new IllegalStateException("splice placeholders out of order");
        }
        byte[] body = new byte[to - from];
        System.arraycopy(xml, from, body, 0, body.length);
        return body;
    }

    /**
     * Start and end offset of the paragraph {@code <p><r><t>token</t></r></p>}: three tags either side of the token,
     * whatever the prefix.
     */
    static int[] placeholder(byte[] xml, String token) {
        byte[] t = token.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(xml, t);
        if (at < 0 || indexOf(xml, t, at + 1) >= 0) {
            throw new IllegalStateException("splice placeholder not found once in the saved document");
        }
        int start = at;
        for (int tags = 0; tags < 3; tags++) {
            start = lastIndexOf(xml, (byte) '<', start - 1);
        }
        int end = at + t.length;
        for (int tags = 0; tags < 3; tags++) {
            end = indexOf(xml, (byte) '>', end) + 1;
        }
        if (start < 0 || end <= 0) {
            throw new IllegalStateException("splice placeholder without its paragraph");
        }
        String around = new String(xml, start, end - start, StandardCharsets.UTF_8);
        if (!around.matches("<([\\w.-]+:)?p><([\\w.-]+:)?r><([\\w.-]+:)?t>"
                + java.util.regex.Pattern.quote(token) + "</([\\w.-]+:)?t></([\\w.-]+:)?r></([\\w.-]+:)?p>")) {
            throw new IllegalStateException("splice placeholder saved in an unexpected form: " + around);
        }
        return new int[] {start, end};
    }

    private static int indexOf(byte[] xml, byte[] what) {
        return indexOf(xml, what, 0);
    }

    private static int indexOf(byte[] xml, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= xml.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (xml[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOf(byte[] xml, byte b, int from) {
        for (int i = from; i < xml.length; i++) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] xml, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
