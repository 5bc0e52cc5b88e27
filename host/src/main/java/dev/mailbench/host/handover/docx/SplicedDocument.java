package dev.mailbench.host.handover.docx;

import dev.mailbench.host.handover.SavedBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A Word document whose sections are written straight into the saved {@code word/document.xml} (see
 * {@link DocxSectionWriter}) instead of being built as POI's tree and saved by XMLBeans. The document holds
 * placeholder paragraphs {@code token-0} .. {@code token-n} where the sections go, one more after each picture
 * (pictures stay in the tree: each is a part of the package with a relationship). On saving, the document is
 * saved as usual and each placeholder paragraph is replaced by the streamed sections up to the next picture.
 * The saved placeholder tells which prefixes the saver gave the main namespace on elements and attributes, so
 * the streamed part is written with those.
 */
final class SplicedDocument extends XWPFDocument {
    /** The streamed sections. */
    interface Body {
        void write(WordXml xml, DocxSectionWriter.Pictures pictures) throws IOException;
    }

    private String token;
    private int pictures;
    private Body body;

    SplicedDocument(InputStream in) throws IOException {
        super(in);
    }

    static String placeholderToken(String token, int index) {
        return token + "-" + index;
    }

    /** On the next save, the placeholders {@code token-0} .. {@code token-pictures} become {@code body}. */
    void streamBody(String token, int pictures, Body body) {
        this.token = token;
        this.pictures = pictures;
        this.body = body;
    }

    @Override
    protected void commit() throws IOException {
        if (body == null) {
            super.commit();
            return;
        }
        byte[] xml = documentXml(this);
        Placeholder[] at = new Placeholder[pictures + 1];
        for (int k = 0; k <= pictures; k++) {
            at[k] = placeholder(xml, placeholderToken(token, k));
            if (k > 0 && (at[k].start() < at[k - 1].end() || !at[k].samePrefixes(at[0]))) {
                throw new IllegalStateException("section placeholders saved out of order or differently");
            }
        }
        try (OutputStream out = getPackagePart().getOutputStream()) {
            out.write(xml, 0, at[0].start());
            WordXml streamed = new WordXml(new Utf8Out(out), at[0].elementPrefix(),
                    at[0].attributePrefix());
            int[] written = {0};
            body.write(streamed, () -> {
                int k = written[0]++;
                if (k >= pictures) {
                    throw new IllegalStateException("more pictures in the sections than in the document");
                }
                out.write(xml, at[k].end(), at[k + 1].start() - at[k].end());
            });
            streamed.flush();
            if (written[0] != pictures) {
                throw new IllegalStateException("fewer pictures in the sections than in the document");
            }
            out.write(xml, at[pictures].end(), xml.length - at[pictures].end());
        }
    }

    /**
     * A saved placeholder paragraph: where it starts and ends, and the prefixes (with their colon) of the main
     * namespace on its elements and on its attribute.
     */
    record Placeholder(int start, int end, String elementPrefix, String attributePrefix) {
        boolean samePrefixes(Placeholder other) {
            return elementPrefix.equals(other.elementPrefix) && attributePrefix.equals(other.attributePrefix);
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

    /**
     * The paragraph {@code <p><pPr><pStyle val="token"/></pPr></p>}: three tags either side of the token,
     * whatever the prefixes.
     */
    static Placeholder placeholder(byte[] xml, String token) {
        byte[] t = ("\"" + token + "\"").getBytes(StandardCharsets.US_ASCII);
        int at = SavedBytes.indexOf(xml, t);
        if (at < 0 || SavedBytes.indexOf(xml, t, at + 1) >= 0) {
            throw new IllegalStateException("section placeholder not found once in the saved document");
        }
        int start = at;
        for (int tags = 0; tags < 3; tags++) {
            start = SavedBytes.lastIndexOf(xml, (byte) '<', start - 1);
        }
        int end = at + t.length;
        for (int tags = 0; tags < 3; tags++) {
            end = SavedBytes.indexOf(xml, (byte) '>', end) + 1;
        }
        if (start < 0 || end <= 0) {
            throw new IllegalStateException("section placeholder without its paragraph");
        }
        String around = new String(xml, start, end - start, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<((?:[\\w.-]+:)?)p><\\1pPr><\\1pStyle ([\\w.-]+:)val="
                + Pattern.quote(new String(t, StandardCharsets.US_ASCII)) + "/></\\1pPr></\\1p>").matcher(around);
        if (!m.matches()) {
            throw new IllegalStateException("section placeholder saved in an unexpected form: " + around);
        }
        return new Placeholder(start, end, m.group(1), m.group(2));
    }
}
