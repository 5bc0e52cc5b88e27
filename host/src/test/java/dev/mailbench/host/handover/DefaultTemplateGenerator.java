package dev.mailbench.host.handover;

import dev.mailbench.host.handover.xlsx.XlsxStyles;
import dev.mailbench.host.handover.docx.DocxFonts;
import dev.mailbench.host.handover.docx.DocxStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Generates the default templates under {@code templates/}. The committed files are its output; run it
 * again (see templates/README.md) after changing the design, then open the files in Word/Excel once to
 * check. Consultants edit copies of the committed files, not this class.
 */
public final class DefaultTemplateGenerator {
    static final String ACCENT = "1F4E79";
    private static final DocxFonts FONTS = new DocxFonts(DocxFonts.DEFAULT_LATIN, DocxFonts.DEFAULT_EAST_ASIAN, ACCENT);
    private static final String XLSX_FONT = "Yu Gothic";

    private record Labels(boolean english, String title, String honorific, String visit, String version, String issued,
                          String server, String consultant, String contact, String noSecret, String countsTitle,
                          String countsHint, String section, String open, String done, String na, String total,
                          String summarySheet, String versionLabel) {
    }

    private static final Labels JA = new Labels(false, "{{document.title}}", "{{customer.name}} 御中", "訪問日",
            "文書バージョン", "発行日", "メールサーバー", "担当", "連絡先",
            "本書にはパスワードを記載していません。パスワードは別途お渡しした控えで保管してください。",
            "チェックリストの状況", "各シートの「状況」欄で 未 / 済 / 対象外 を選ぶと、ここの件数が更新されます。",
            "セクション", "未", "済", "対象外", "合計", "概要", "版");
    private static final Labels EN = new Labels(true, "{{document.title}}", "Prepared for {{customer.name}}",
            "Visit date", "Document version", "Issued", "Mail server", "Consultant", "Contact",
            "This document contains no sign-in secrets. Keep those in the separate note you were given.",
            "Checklist status", "Pick Open / Done / N/A in each sheet's Status column; the counts here follow.",
            "Section", "Open", "Done", "N/A", "Total", "Summary", "Version");

    private DefaultTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        writeAll(dir);
        System.out.println("templates written to " + dir.toAbsolutePath());
    }

    static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("handover-ja.docx"), docx(JA));
        write(dir.resolve("handover-en.docx"), docx(EN));
        write(dir.resolve("handover-ja.xlsx"), xlsx(JA));
        write(dir.resolve("handover-en.xlsx"), xlsx(EN));
    }

    private interface Writable {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writable content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            content.write(out);
        }
    }

    // ---------------------------------------------------------------- Word

    static Writable docx(Labels l) {
        XWPFDocument doc = new XWPFDocument();
        var styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(FONTS.latin());
        defaults.setHAnsi(FONTS.latin());
        defaults.setCs(FONTS.latin());
        defaults.setEastAsia(FONTS.eastAsian());
        defaults.setHint(STHint.EAST_ASIA);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("ja-JP");
        styles.setSpellingLanguage(l.english() ? "en-US" : "ja-JP");
        DocxStyles.ensure(doc, FONTS);
        page(doc);
        header(doc, l);
        footer(doc, l);

        XWPFParagraph brand = doc.createParagraph();
        brand.setSpacingBefore(600);
        brand.setSpacingAfter(1800);
        brand.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        run(brand, "{{consultant.company}}", 14, true, ACCENT);

        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        run(title, l.title(), 0, false, null);
        XWPFParagraph customer = doc.createParagraph();
        customer.setStyle("Subtitle");
        customer.setSpacingAfter(1200);
        run(customer, l.honorific(), 0, false, null);

        coverTable(doc, List.of(
                new String[] {l.visit(), "{{visit.date}}"},
                new String[] {l.version(), "{{document.version}}"},
                new String[] {l.issued(), "{{document.date}}"},
                new String[] {l.server(), "{{provider.name}}  {{provider.mailHost}}"},
                new String[] {l.consultant(), "{{consultant.company}}  {{consultant.name}}"},
                new String[] {l.contact(), "{{consultant.phone}}  {{consultant.email}}"}));

        XWPFParagraph note = doc.createParagraph();
        note.setSpacingBefore(1600);
        run(note, l.noSecret(), 9, false, "595959");

        XWPFParagraph marker = doc.createParagraph();
        run(marker, "{{sections}}", 0, false, null);
        return doc::write;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1418));
        mar.setBottom(BigInteger.valueOf(1247));
        mar.setLeft(BigInteger.valueOf(1134));
        mar.setRight(BigInteger.valueOf(1134));
        mar.setHeader(BigInteger.valueOf(624));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void header(XWPFDocument doc, Labels l) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        run(p, "{{consultant.company}}　｜　{{document.title}}", 8, false, "7F7F7F");
    }

    private static void footer(XWPFDocument doc, Labels l) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(9638));
        run(p, "{{customer.name}}　" + l.versionLabel() + " {{document.version}}", 8, false, "7F7F7F");
        XWPFRun tabRun = p.createRun();
        FONTS.apply(tabRun);
        tabRun.addTab();
        field(p, "PAGE");
        run(p, " / ", 8, false, "7F7F7F");
        field(p, "NUMPAGES");
    }

    /** A complex field (begin / instruction / separate / result / end), as Word itself writes PAGE. */
    private static void field(XWPFParagraph p, String instruction) {
        XWPFRun begin = p.createRun();
        FONTS.apply(begin);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        FONTS.apply(instr);
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun separate = p.createRun();
        FONTS.apply(separate);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun result = p.createRun();
        FONTS.apply(result);
        result.setFontSize(8);
        result.setColor("7F7F7F");
        result.setText("1");
        XWPFRun end = p.createRun();
        FONTS.apply(end);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void coverTable(XWPFDocument doc, List<String[]> rows) {
        XWPFTable t = doc.createTable(rows.size(), 2);
        t.setWidth("9638");
        t.setWidthType(TableWidthType.DXA);
        t.removeBorders();
        t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "D9D9D9");
        t.setTopBorder(XWPFBorderType.SINGLE, 8, 0, ACCENT);
        t.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, ACCENT);
        t.setCellMargins(85, 113, 85, 113);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(2800));
        grid.addNewGridCol().setW(BigInteger.valueOf(6838));
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            cell(row.getCell(0), rows.get(r)[0], 2800, true);
            cell(row.getCell(1), rows.get(r)[1], 6838, false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, int width, boolean label) {
        cell.setWidth(Integer.toString(width));
        cell.setWidthType(TableWidthType.DXA);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        run(p, text, 11, label, label ? ACCENT : null);
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, String color) {
        XWPFRun r = p.createRun();
        FONTS.apply(r);
        if (size > 0) {
            r.setFontSize(size);
        }
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text);
    }

    // ---------------------------------------------------------------- Excel

    static Writable xlsx(Labels l) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(XLSX_FONT);
        base.setFontHeightInPoints((short) 11);
        base.setCharSet(org.apache.poi.common.usermodel.fonts.FontCharset.SHIFTJIS.getNativeId());
        XSSFColor accent = new XSSFColor(new byte[] {0x1F, 0x4E, 0x79}, null);

        XSSFSheet s = wb.createSheet(l.summarySheet());
        s.setColumnWidth(0, 34 * 256);
        for (int c = 1; c <= 4; c++) {
            s.setColumnWidth(c, 11 * 256);
        }
        s.setDisplayGridlines(false);

        XSSFFont brandFont = font(wb, 11, true, accent);
        XSSFCellStyle brand = wb.createCellStyle();
        brand.setFont(brandFont);
        set(s, 0, 0, "{{consultant.company}}", brand);

        XSSFCellStyle title = wb.createCellStyle();
        title.setFont(font(wb, 18, true, accent));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        set(s, 1, 0, l.title(), title);
        s.getRow(1).setHeightInPoints(34);
        XSSFCellStyle subtitle = wb.createCellStyle();
        subtitle.setFont(font(wb, 13, false, null));
        set(s, 2, 0, l.honorific(), subtitle);
        s.getRow(2).setHeightInPoints(22);

        XSSFCellStyle key = bordered(wb);
        key.setFont(font(wb, 11, true, null));
        key.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xE6, (byte) 0xEF}, null));
        key.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFCellStyle value = bordered(wb);
        value.setFont(base);
        String[][] cover = {
                {l.visit(), "{{visit.date}}"},
                {l.version(), "{{document.version}}"},
                {l.issued(), "{{document.date}}"},
                {l.server(), "{{provider.name}}  {{provider.mailHost}}"},
                {l.consultant(), "{{consultant.company}}  {{consultant.name}}"},
                {l.contact(), "{{consultant.phone}}  {{consultant.email}}"}};
        int r = 4;
        for (String[] kv : cover) {
            set(s, r, 0, kv[0], key);
            set(s, r, 1, kv[1], value);
            for (int c = 2; c <= 4; c++) {
                s.getRow(r).createCell(c).setCellStyle(value);
            }
            s.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
            r++;
        }

        XSSFCellStyle block = wb.createCellStyle();
        block.setFont(font(wb, 12, true, accent));
        set(s, 11, 0, l.countsTitle(), block);
        XSSFCellStyle hint = wb.createCellStyle();
        hint.setFont(font(wb, 9, false, new XSSFColor(new byte[] {0x59, 0x59, 0x59}, null)));
        set(s, 12, 0, l.countsHint(), hint);

        XSSFCellStyle header = bordered(wb);
        header.setFont(font(wb, 11, true, new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null)));
        header.setFillForegroundColor(accent);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        String[] heads = {l.section(), l.open(), l.done(), l.na(), l.total()};
        for (int c = 0; c < heads.length; c++) {
            set(s, 13, c, heads[c], header);
        }
        XSSFCellStyle number = bordered(wb);
        number.setFont(base);
        number.setAlignment(HorizontalAlignment.CENTER);
        set(s, 14, 0, "{{sections}}", value);
        for (int c = 1; c <= 4; c++) {
            s.getRow(14).createCell(c).setCellStyle(number);
        }
        s.getHeader().setLeft("{{consultant.company}}");
        s.getHeader().setRight("{{document.title}}");
        s.getFooter().setLeft("{{customer.name}}　" + l.versionLabel() + " {{document.version}}");
        s.getFooter().setRight("&P / &N");
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        return wb::write;
    }

    private static void set(XSSFSheet s, int row, int col, String text, XSSFCellStyle style) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        Cell c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /** The handover tables' grid, centred and unwrapped for the template's short labels. */
    private static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle s = XlsxStyles.bordered(wb);
        s.setWrapText(false);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, XSSFColor color) {
        XSSFFont f = wb.createFont();
        f.setFontName(XLSX_FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setCharSet(org.apache.poi.common.usermodel.fonts.FontCharset.SHIFTJIS.getNativeId());
        if (color != null) {
            f.setColor(color);
        }
        return f;
    }
}
