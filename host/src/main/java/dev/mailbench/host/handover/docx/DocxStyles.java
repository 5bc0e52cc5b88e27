package dev.mailbench.host.handover.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles the handover body needs. The default templates are generated with them; a
 * consultant's own template that lacks a heading style gets one added, so Word's navigation pane still
 * lists every section.
 */
public final class DocxStyles {
    /** Table cells: compact spacing and a smaller size, set once in a style instead of on every cell. */
    public static final String TABLE_TEXT = "MbTableText";

    private DocxStyles() {
    }

    /** Adds Normal, Title, Subtitle, Heading 1 and Heading 2 where the document has none. */
    public static void ensure(XWPFDocument doc, DocxFonts fonts) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        if (!styles.styleExist("Normal")) {
            CTStyle normal = paragraphStyle("Normal", "Normal", null, fonts);
            normal.setDefault(true);
            rpr(normal).addNewSz().setVal(DocxFonts.halfPoints(10.5));
            spacing(normal, 0, 120, 300);
            styles.addStyle(new XWPFStyle(normal, styles));
        }
        if (!styles.styleExist("Title")) {
            CTStyle title = paragraphStyle("Title", "Title", "Normal", fonts);
            CTRPr r = rpr(title);
            r.addNewB();
            r.addNewSz().setVal(DocxFonts.halfPoints(26));
            r.addNewColor().setVal(fonts.accentColor());
            spacing(title, 0, 240, 240);
            styles.addStyle(new XWPFStyle(title, styles));
        }
        if (!styles.styleExist("Subtitle")) {
            CTStyle sub = paragraphStyle("Subtitle", "Subtitle", "Normal", fonts);
            CTRPr r = rpr(sub);
            r.addNewSz().setVal(DocxFonts.halfPoints(14));
            r.addNewColor().setVal("595959");
            spacing(sub, 0, 240, 240);
            styles.addStyle(new XWPFStyle(sub, styles));
        }
        if (!styles.styleExist(TABLE_TEXT)) {
            CTStyle table = paragraphStyle(TABLE_TEXT, "MailBench table text", "Normal", fonts);
            table.addNewUiPriority().setVal(BigInteger.valueOf(39));
            rpr(table).addNewSz().setVal(DocxFonts.halfPoints(9.5));
            spacing(table, 0, 0, 240);
            styles.addStyle(new XWPFStyle(table, styles));
        }
        if (DocxStyleIds.heading(doc, 1).isEmpty()) {
            styles.addStyle(new XWPFStyle(heading(1, 16, fonts, true), styles));
        }
        if (DocxStyleIds.heading(doc, 2).isEmpty()) {
            styles.addStyle(new XWPFStyle(heading(2, 12.5, fonts, false), styles));
        }
    }

    private static CTStyle heading(int level, double points, DocxFonts fonts, boolean newPage) {
        CTStyle s = paragraphStyle("Heading" + level, "heading " + level, "Normal", fonts);
        s.addNewNext().setVal("Normal");
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        s.addNewQFormat();
        CTPPrGeneral p = s.isSetPPr() ? s.getPPr() : s.addNewPPr();
        p.addNewKeepNext();
        p.addNewKeepLines();
        if (newPage) {
            p.addNewPageBreakBefore();
        }
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        if (level == 1) {
            var border = p.addNewPBdr().addNewBottom();
            border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(12));
            border.setSpace(BigInteger.valueOf(4));
            border.setColor(fonts.accentColor());
        }
        spacing(s, level == 1 ? 120 : 280, 120, 240);
        CTRPr r = rpr(s);
        r.addNewB();
        r.addNewSz().setVal(DocxFonts.halfPoints(points));
        r.addNewColor().setVal(fonts.accentColor());
        return s;
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn, DocxFonts fonts) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        CTFonts f = rpr(s).addNewRFonts();
        f.setAscii(fonts.latin());
        f.setHAnsi(fonts.latin());
        f.setCs(fonts.latin());
        f.setEastAsia(fonts.eastAsian());
        f.setHint(STHint.EAST_ASIA);
        return s;
    }

    private static CTRPr rpr(CTStyle s) {
        return s.isSetRPr() ? s.getRPr() : s.addNewRPr();
    }

    private static void spacing(CTStyle s, int before, int after, int line) {
        CTPPrGeneral p = s.isSetPPr() ? s.getPPr() : s.addNewPPr();
        CTSpacing sp = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        sp.setLine(BigInteger.valueOf(line));
        // Explicit: LibreOffice reads a missing rule as "exact", which clips pictures to one line.
        sp.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
    }
}
