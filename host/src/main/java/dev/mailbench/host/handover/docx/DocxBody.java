package dev.mailbench.host.handover.docx;

import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.host.handover.DocumentText;
import dev.mailbench.host.handover.HandoverText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The parts of the body built in POI's tree of the template: the table of contents, the pictures, and a
 * placeholder paragraph where {@link DocxSectionWriter} streams the sections when the document is saved; the
 * template's content after the {@code {{sections}}} marker is put back after them.
 */
final class DocxBody {
    /** A4 minus 2 cm margins on each side, in twips: the width tables are laid out to. */
    static final int CONTENT_WIDTH_TWIPS = 9638;

    private final XWPFDocument doc;
    private final XWPFParagraph marker;
    private final List<XmlObject> trailing = new ArrayList<>();
    private final DocxFonts fonts;
    private final Locale locale;
    private final String headingOne;
    private final String headingTwo;

    DocxBody(XWPFDocument doc, XWPFParagraph marker, DocxFonts fonts, Locale locale) {
        this.doc = doc;
        this.marker = marker;
        this.fonts = fonts;
        this.locale = locale;
        this.headingOne = DocxStyleIds.heading(doc, 1).orElse("Heading1");
        this.headingTwo = DocxStyleIds.heading(doc, 2).orElse("Heading2");
    }

    /**
     * A table of contents after the cover: one line per section, linked to its heading, with a PAGEREF field
     * for the page. LibreOffice computes those while laying out the pages; Word refreshes them when the file
     * opens ({@code enforceUpdateFields}). Not a TOC field: LibreOffice shows a TOC field's saved text as it
     * is, and we cannot know the page numbers when writing the file.
     */
    void tableOfContents(List<HandoverSection> sections) {
        XWPFParagraph title = newParagraph();
        title.setPageBreak(true);
        title.setSpacingAfter(240);
        XWPFRun t = title.createRun();
        fonts.apply(t);
        t.setBold(true);
        t.setFontSize(16);
        t.setColor(fonts.accentColor());
        t.setText(HandoverText.CONTENTS.get(locale));
        for (int i = 0; i < sections.size(); i++) {
            XWPFParagraph p = newParagraph();
            p.setSpacingAfter(80);
            var tabs = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs();
            var tab = tabs.addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(CONTENT_WIDTH_TWIPS));
            var link = p.getCTP().addNewHyperlink();
            link.setAnchor(bookmarkName(i + 1));
            link.setHistory(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
            appendRun(link.addNewR(), DocumentText.clean(sections.get(i).title()));
            appendRun(link.addNewR(), null).addNewTab();
            var begin = appendRun(link.addNewR(), null).addNewFldChar();
            begin.setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
            var instr = appendRun(link.addNewR(), null).addNewInstrText();
            instr.setStringValue(" PAGEREF " + bookmarkName(i + 1) + " \\h ");
            instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            appendRun(link.addNewR(), null).addNewFldChar()
                    .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            appendRun(link.addNewR(), String.valueOf(i + 2));
            appendRun(link.addNewR(), null).addNewFldChar()
                    .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        }
        doc.enforceUpdateFields();
    }

    private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR appendRun(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r, String text) {
        var rpr = r.addNewRPr();
        var f = rpr.addNewRFonts();
        f.setAscii(fonts.latin());
        f.setHAnsi(fonts.latin());
        f.setEastAsia(fonts.eastAsian());
        if (text != null) {
            var t = r.addNewT();
            t.setStringValue(text);
            t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        }
        return r;
    }

    /**
     * Where the sections go: a placeholder paragraph for the sections {@link DocxSectionWriter} streams into the
     * saved document, and after each picture of the sections (built here: a picture is a part of the package with
     * a relationship) another one. The placeholders are numbered {@code token-0} to {@code token-n}, n the number
     * of pictures (see {@link SplicedDocument}).
     *
     * @return the number of pictures
     */
    int sections(String token, List<HandoverSection> sections) throws IOException {
        placeholder(SplicedDocument.placeholderToken(token, 0));
        int pictures = 0;
        for (HandoverSection section : sections) {
            for (HandoverBlock block : section.blocks()) {
                if (block instanceof ImageBlock i) {
                    image(i);
                    pictures++;
                    placeholder(SplicedDocument.placeholderToken(token, pictures));
                }
            }
        }
        return pictures;
    }

    /** A paragraph whose style id is {@code token}: saved, it shows the prefixes of the element and its attribute. */
    private void placeholder(String token) {
        newParagraph().setStyle(token);
    }

    static String bookmarkName(int n) {
        return "_TocMb" + n;
    }

    String headingOne() {
        return headingOne;
    }

    String headingTwo() {
        return headingTwo;
    }

    /**
     * Takes the marker and whatever the template has after it out of the body, so the sections can be
     * appended: inserting before the marker costs POI a walk over all earlier elements each time, which
     * is quadratic for a 300-mailbox project.
     */
    void begin() {
        int markerPos = doc.getBodyElements().indexOf(marker);
        List<IBodyElement> after = new ArrayList<>(doc.getBodyElements().subList(markerPos + 1, doc.getBodyElements().size()));
        for (IBodyElement e : after) {
            trailing.add(e instanceof XWPFParagraph p ? p.getCTP().copy() : ((XWPFTable) e).getCTTbl().copy());
        }
        for (int i = doc.getBodyElements().size() - 1; i >= markerPos; i--) {
            doc.removeBodyElement(i);
        }
    }

    String trailingXml() {
        StringBuilder sb = new StringBuilder();
        trailing.forEach(x -> sb.append(x.xmlText()));
        return sb.toString();
    }

    /** Puts the template's content that followed the marker back after the sections. */
    void end() {
        for (XmlObject xml : trailing) {
            if (xml instanceof CTP p) {
                doc.createParagraph().getCTP().set(p);
            } else if (xml instanceof CTTbl t) {
                doc.createTable().getCTTbl().set(t);
            }
        }
    }

    private XWPFParagraph newParagraph() {
        return doc.createParagraph();
    }

    private void image(ImageBlock block) throws IOException {
        XWPFParagraph p = newParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        // Single, automatic line spacing whatever the template's Normal says: an exact height would clip the picture.
        p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        XWPFRun run = p.createRun();
        fonts.apply(run);
        double maxPoints = CONTENT_WIDTH_TWIPS / 20.0;
        double wPt = Math.max(1, block.widthPx()) * 0.75;
        double hPt = Math.max(1, block.heightPx()) * 0.75;
        if (wPt > maxPoints) {
            hPt = hPt * maxPoints / wPt;
            wPt = maxPoints;
        }
        try (ByteArrayInputStream in = new ByteArrayInputStream(block.png())) {
            run.addPicture(in, XWPFDocument.PICTURE_TYPE_PNG, "image.png", Units.toEMU(wPt), Units.toEMU(hPt));
        } catch (InvalidFormatException e) {
            throw new IOException("image of '" + block.title() + "' is not a PNG", e);
        }
    }

    /** The accent mixed with white: a light fill for label cells that matches the template's colour. */
    static String tint(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = r + (255 - r) * 87 / 100;
        g = g + (255 - g) * 87 / 100;
        b = b + (255 - b) * 87 / 100;
        return String.format("%02X%02X%02X", r, g, b);
    }
}
