package dev.mailbench.host.handover.docx;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * The Latin and east-Asian fonts the generated body uses, taken from the template (its Normal style or
 * document defaults) so a consultant changes them in Word, not in code.
 */
public record DocxFonts(String latin, String eastAsian, String accentColor) {
    public static final String DEFAULT_LATIN = "Arial";
    public static final String DEFAULT_EAST_ASIAN = "Yu Gothic";
    public static final String DEFAULT_ACCENT = "1F4E79";

    public static DocxFonts fromTemplate(XWPFDocument doc) {
        String latin = null;
        String eastAsian = null;
        XWPFStyle normal = doc.getStyles() == null ? null : doc.getStyles().getStyle("Normal");
        CTFonts fonts = normal == null ? null : fonts(normal.getCTStyle().getRPr());
        if (fonts == null) {
            fonts = docDefaultFonts(doc);
        }
        if (fonts != null) {
            latin = blankToNull(fonts.getAscii());
            eastAsian = blankToNull(fonts.getEastAsia());
        }
        return new DocxFonts(Optional.ofNullable(latin).orElse(DEFAULT_LATIN),
                Optional.ofNullable(eastAsian).orElse(DEFAULT_EAST_ASIAN), accent(doc));
    }

    /** Sets both font ranges on a run we create, so Word never falls back to a Latin font for 日本語. */
    /** The language of Latin-script text in the runs the export writes. */
    static final String LATIN_LANGUAGE = "en-US";
    static final String EAST_ASIAN_LANGUAGE = "ja-JP";

    public void apply(XWPFRun run) {
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
        f.setEastAsia(eastAsian);
        f.setHint(STHint.EAST_ASIA);
    }

    /**
     * Tags a run that holds Latin words (English, host names, addresses) as such, whatever the template's
     * language: tagged Japanese, LibreOffice breaks them anywhere in a narrow Japanese cell ("Xse" / "rver",
     * "DK" / "IM"). Only such runs: a date alone ("2027年1月12日") keeps the template's language, under which
     * its digits stay with 日.
     */
    public void tagLatin(XWPFRun run) {
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        var lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal(LATIN_LANGUAGE);
        lang.setEastAsia(EAST_ASIAN_LANGUAGE);
    }

    private static CTFonts fonts(CTRPr rpr) {
        return rpr == null || rpr.sizeOfRFontsArray() == 0 ? null : rpr.getRFontsArray(0);
    }

    private static CTFonts docDefaultFonts(XWPFDocument doc) {
        try {
            CTStyles styles = doc.getStyle();
            if (styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
                    && styles.getDocDefaults().getRPrDefault().isSetRPr()) {
                var rpr = styles.getDocDefaults().getRPrDefault().getRPr();
                return rpr.sizeOfRFontsArray() == 0 ? null : rpr.getRFontsArray(0);
            }
        } catch (Exception e) {
            // A template without a styles part: the defaults below apply.
        }
        return null;
    }

    /** The colour of Heading 1 doubles as the table header fill: one colour to change for a rebrand. */
    private static String accent(XWPFDocument doc) {
        XWPFStyle h1 = DocxStyleIds.heading(doc, 1).map(id -> doc.getStyles().getStyle(id)).orElse(null);
        if (h1 != null && h1.getCTStyle().getRPr() != null && h1.getCTStyle().getRPr().sizeOfColorArray() > 0) {
            Object val = h1.getCTStyle().getRPr().getColorArray(0).getVal();
            String hex = val == null ? "" : val.toString();
            if (hex.matches("[0-9A-Fa-f]{6}")) {
                return hex.toUpperCase();
            }
        }
        return DEFAULT_ACCENT;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }
}
