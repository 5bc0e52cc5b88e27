package dev.mailbench.host.handover.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The handful of cell styles the generated sheets use, built once per workbook on the template's default
 * font (so a consultant's font choice carries over) and its accent colour.
 */
public final class XlsxStyles {
    final XSSFCellStyle title;
    final XSSFCellStyle intro;
    final XSSFCellStyle blockTitle;
    final XSSFCellStyle header;
    final XSSFCellStyle body;
    final XSSFCellStyle key;
    final XSSFCellStyle keyNumber;
    final XSSFCellStyle id;
    final XSSFCellStyle status;
    final XSSFCellStyle date;
    final XSSFCellStyle meta;

    XlsxStyles(XSSFWorkbook wb, byte[] accentRgb) {
        XSSFFont base = wb.getFontAt(0);
        XSSFColor accent = new XSSFColor(accentRgb, null);
        XSSFColor tint = new XSSFColor(tint(accentRgb), null);

        XSSFFont titleFont = font(wb, base);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setColor(accent);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        intro = wb.createCellStyle();
        intro.setFont(base);
        intro.setWrapText(true);
        intro.setVerticalAlignment(VerticalAlignment.TOP);

        XSSFFont blockFont = font(wb, base);
        blockFont.setBold(true);
        blockFont.setFontHeightInPoints((short) 12);
        blockFont.setColor(accent);
        blockTitle = wb.createCellStyle();
        blockTitle.setFont(blockFont);
        blockTitle.setVerticalAlignment(VerticalAlignment.BOTTOM);

        XSSFFont headerFont = font(wb, base);
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
        header = bordered(wb);
        header.setFont(headerFont);
        header.setFillForegroundColor(accent);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        body = bordered(wb);
        body.setFont(base);

        XSSFFont keyFont = font(wb, base);
        keyFont.setBold(true);
        key = bordered(wb);
        key.setFont(keyFont);
        key.setFillForegroundColor(tint);
        key.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        keyNumber = wb.createCellStyle();
        keyNumber.cloneStyleFrom(key);
        keyNumber.setAlignment(HorizontalAlignment.CENTER);

        XSSFFont idFont = font(wb, base);
        idFont.setFontHeightInPoints((short) 8);
        idFont.setColor(new XSSFColor(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80}, null));
        id = bordered(wb);
        id.setFont(idFont);
        id.setWrapText(false);

        status = bordered(wb);
        status.setFont(base);
        status.setAlignment(HorizontalAlignment.CENTER);

        date = bordered(wb);
        date.setFont(base);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));

        XSSFFont metaFont = font(wb, base);
        metaFont.setColor(new XSSFColor(new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}, null));
        meta = wb.createCellStyle();
        meta.setFont(metaFont);
    }

    /** A cell with the thin grey grid of every handover table, wrapped and top-aligned. */
    public static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle s = wb.createCellStyle();
        XSSFColor grid = new XSSFColor(new byte[] {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, null);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grid);
        s.setBottomBorderColor(grid);
        s.setLeftBorderColor(grid);
        s.setRightBorderColor(grid);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static XSSFFont font(XSSFWorkbook wb, XSSFFont base) {
        XSSFFont f = wb.createFont();
        f.setFontName(base.getFontName());
        f.setFontHeightInPoints(base.getFontHeightInPoints());
        f.setCharSet(base.getCharSet());
        f.setFamily(base.getFamily());
        return f;
    }

    static byte[] tint(byte[] rgb) {
        byte[] out = new byte[3];
        for (int i = 0; i < 3; i++) {
            int c = rgb[i] & 0xFF;
            out[i] = (byte) (c + (255 - c) * 87 / 100);
        }
        return out;
    }
}
