package dev.mailbench.host.handover.xlsx;

import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The cells of one generated sheet. The calls mirror what POI's tree is given ({@code createCell}, a value, a style)
 * and in the same order, so shared-string indexes come out the same whichever way the cells are stored.
 */
interface SheetRows {

    /**
     * A new cell at {@code row}/{@code col} (replacing any cell there) holding {@code text} as a shared string, as
     * {@code setCellValue(text)} then {@code setCellStyle(style)} would: a null text leaves it without a value, a
     * null style without a style.
     */
    void text(int row, int col, String text, XSSFCellStyle style);

    /** A new cell holding a date, as {@code setCellValue(date)} then {@code setCellStyle(style)} would. */
    void date(int row, int col, LocalDate date, XSSFCellStyle style);

    /** The height of a row that has cells, as {@code setHeightInPoints}. */
    void height(int row, float points);

    /** Formulas elsewhere in the workbook read these cells (one column), for their cached values. */
    void readByFormulas(int firstRow, int lastRow, int col);

    /** Runs {@code sizing} with the rows and their heights in POI's sheet: a picture sized to rows reads them. */
    void withRowsInTree(Runnable sizing);

    /** Every cell is given. */
    void finish();
}
