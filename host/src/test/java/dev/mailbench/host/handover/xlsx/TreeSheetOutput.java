package dev.mailbench.host.handover.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generated sheets' cells as the export built them before they were streamed: rows and cells in POI's tree,
 * saved by XMLBeans. The reference {@link StreamedSheetsTest} compares the streamed workbook with.
 */
final class TreeSheetOutput implements SheetOutput {
    private final SharedStrings strings;

    TreeSheetOutput(XSSFWorkbook wb, SharedStrings strings) {
        this.strings = strings;
    }

    @Override
    public SheetRows rows(XSSFSheet sheet) {
        return new SheetRows() {
            @Override
            public void text(int row, int col, String text, XSSFCellStyle style) {
                Cell cell = row(row).createCell(col);
                if (text != null) {
                    strings.set(cell, text);
                }
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }

            @Override
            public void date(int row, int col, LocalDate date, XSSFCellStyle style) {
                Cell cell = row(row).createCell(col);
                cell.setCellValue(date);
                cell.setCellStyle(style);
            }

            @Override
            public void height(int row, float points) {
                sheet.getRow(row).setHeightInPoints(points);
            }

            @Override
            public void readByFormulas(int firstRow, int lastRow, int col) {
            }

            @Override
            public void withRowsInTree(Runnable sizing) {
                sizing.run();
            }

            @Override
            public void finish() {
            }

            private Row row(int row) {
                return sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            }
        };
    }

    @Override
    public void evaluateFormulas(XSSFWorkbook wb) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    }
}
