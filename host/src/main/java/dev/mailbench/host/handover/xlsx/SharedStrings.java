package dev.mailbench.host.handover.xlsx;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Text cells of one workbook, each distinct text looked up in the shared strings once. POI finds a text's entry by
 * saving it as XML first, on every call (a fifth of the workbook's time for the 300-mailbox project: 44,600 text
 * cells, 7,500 distinct texts); a text seen before gets the index POI gave it the first time, and the table's
 * reference count POI would have added, so the file is the same.
 */
final class SharedStrings {
    /** {@code SharedStringsTable.count}: protected, and only POI's own lookup adds to it. */
    private static final Field COUNT = countField();
    private static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SharedStringsTable table;
    private final Map<String, Integer> indexes = new HashMap<>();

    SharedStrings(XSSFWorkbook wb) {
        this.table = wb.getSharedStringSource();
    }

    /** As {@code cell.setCellValue(text)} on a new cell. */
    void set(Cell cell, String text) {
        // POI's own path for what it treats apart: a formula keeps its formula, an inline string stays inline
        if (text == null || COUNT == null || !(cell instanceof XSSFCell xc) || xc.getCTCell().isSetF()
                || xc.getCTCell().getT() == STCellType.INLINE_STR) {
            cell.setCellValue(text);
            return;
        }
        Integer index = indexes.get(text);
        if (index == null) {
            cell.setCellValue(text);
            indexes.put(text, Integer.valueOf(xc.getCTCell().getV()));
            return;
        }
        CTCell ct = xc.getCTCell();
        ct.setT(STCellType.S);
        ct.setV(index.toString());
        countOneMore();
    }

    /**
     * The index a new cell given {@code text} by {@code setCellValue} refers to, counted in the table as that call
     * counts it (a text longer than a cell holds is refused as POI refuses it).
     */
    int index(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The maximum length of cell contents (text) is " + MAX_LENGTH
                    + " characters");
        }
        Integer known = COUNT == null ? null : indexes.get(text);
        if (known != null) {
            countOneMore();
            return known;
        }
        // what XSSFCell.setCellValue(String) hands the table (its styles reference only matters for formatted runs)
        int index = table.addSharedStringItem(new XSSFRichTextString(text));
        indexes.put(text, index);
        return index;
    }

    private void countOneMore() {
        try {
            COUNT.setInt(table, COUNT.getInt(table) + 1);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field countField() {
        try {
            Field f = SharedStringsTable.class.getDeclaredField("count");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;  // another POI: every text through POI's own lookup, as before
        }
    }
}
