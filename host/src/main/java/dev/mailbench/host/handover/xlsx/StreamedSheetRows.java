package dev.mailbench.host.handover.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * A sheet's cells kept out of POI's tree (a row of XMLBeans objects per row, one per cell and attribute) and
 * written as the {@code sheetData} XMLBeans would save for the same calls: rows in order, each {@code <row r="n">}
 * with its height, each cell {@code <c r="B3" t="s" s="4"><v>12</v></c>} with its attributes in the order POI sets
 * them (reference, then type with the value, then style).
 */
final class StreamedSheetRows implements SheetRows {
    private static final byte SHARED = 's';
    private static final byte NUMBER = 'n';
    private static final byte NONE = 0;

    /** {@code text}: a shared string's text, for a formula evaluator reading the cell. */
    private record Cell(int style, byte type, String value, String text) {
    }

    private static final class Row {
        /** As given to {@code setHeightInPoints}; negative when never set. */
        float height = -1;
        final TreeMap<Integer, Cell> cells = new TreeMap<>();
    }

    private final XSSFSheet sheet;
    private final SharedStrings strings;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private final Map<XSSFCellStyle, Integer> styleIndexes = new IdentityHashMap<>();
    private final List<int[]> readByFormulas = new ArrayList<>();
    private final List<XSSFRow> inTree = new ArrayList<>();

    StreamedSheetRows(XSSFSheet sheet, SharedStrings strings) {
        this.sheet = sheet;
        this.strings = strings;
    }

    @Override
    public void text(int row, int col, String text, XSSFCellStyle style) {
        Cell cell = text == null ? new Cell(styleIndex(style), NONE, null, null)
                : new Cell(styleIndex(style), SHARED, Integer.toString(strings.index(text)), text);
        put(row, col, cell);
    }

    @Override
    public void date(int row, int col, LocalDate date, XSSFCellStyle style) {
        if (date == null) {
            text(row, col, null, style);
            return;
        }
        // XSSFCell.setCellValue(LocalDate): the Excel serial of the day's start, written as String.valueOf(double)
        double serial = DateUtil.getExcelDate(date.atStartOfDay(), sheet.getWorkbook().isDate1904());
        put(row, col, new Cell(styleIndex(style), NUMBER, String.valueOf(serial), null));
    }

    @Override
    public void height(int row, float points) {
        Row r = rows.get(row);
        if (r == null) {
            throw new IllegalArgumentException("row " + row + " has no cells");
        }
        r.height = points;
    }

    @Override
    public void readByFormulas(int firstRow, int lastRow, int col) {
        readByFormulas.add(new int[] {firstRow, lastRow, col});
    }

    @Override
    public void withRowsInTree(Runnable sizing) {
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            XSSFRow row = sheet.createRow(e.getKey());
            if (e.getValue().height >= 0) {
                row.setHeightInPoints(e.getValue().height);
            }
            inTree.add(row);
        }
        try {
            sizing.run();
        } finally {
            removeFromTree();
        }
    }

    /** The cells formulas read, put in POI's sheet for an evaluator (values only); {@link #removeFromTree} after. */
    void putFormulaInputsInTree() {
        for (int[] range : readByFormulas) {
            for (Map.Entry<Integer, Row> e : rows.subMap(range[0], true, range[1], true).entrySet()) {
                Cell cell = e.getValue().cells.get(range[2]);
                if (cell == null || cell.type() == NONE) {
                    continue;
                }
                XSSFRow row = sheet.getRow(e.getKey());
                if (row == null) {
                    row = sheet.createRow(e.getKey());
                    inTree.add(row);
                }
                CTCell ct = row.createCell(range[2]).getCTCell();
                // a text as a string value of its own: the shared strings may not hold it (see SharedStrings)
                ct.setT(cell.type() == SHARED ? STCellType.STR : STCellType.N);
                ct.setV(cell.type() == SHARED ? cell.text() : cell.value());
            }
        }
    }

    void removeFromTree() {
        for (XSSFRow row : inTree) {
            sheet.removeRow(row);
        }
        inTree.clear();
    }

    @Override
    public void finish() {
        // XSSFSheet.write fills in the dimension from the rows it holds; it holds none
        int minCol = Integer.MAX_VALUE;
        int maxCol = Integer.MIN_VALUE;
        for (Row r : rows.values()) {
            if (!r.cells.isEmpty()) {
                minCol = Math.min(minCol, r.cells.firstKey());
                maxCol = Math.max(maxCol, r.cells.lastKey());
            }
        }
        if (minCol != Integer.MAX_VALUE) {
            String ref = new CellRangeAddress(rows.firstKey(), rows.lastKey(), minCol, maxCol).formatAsString();
            CTWorksheet worksheet = sheet.getCTWorksheet();
            if (worksheet.isSetDimension()) {
                worksheet.getDimension().setRef(ref);
            } else {
                worksheet.addNewDimension().setRef(ref);
            }
        }
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** The rows as XMLBeans saves them inside {@code sheetData}, elements with {@code prefix} ("" or "x:"). */
    void writeRows(OutputStream out, String prefix) throws IOException {
        Ascii xml = new Ascii(out);
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>();
        List<String> columnStyles = new ArrayList<>();
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            String rowNumber = Integer.toString(e.getKey() + 1);
            xml.put('<').put(p).put("row r=\"").put(rowNumber).put('"');
            if (row.height >= 0) {
                // XSSFRow.setHeightInPoints: whole twips in a short, back to points as a double
                double points = (short) (row.height * 20) / 20.0;
                xml.put(" ht=\"").put(Double.toString(points)).put("\" customHeight=\"true\"");
            }
            xml.put('>');
            for (Map.Entry<Integer, Cell> c : row.cells.entrySet()) {
                int col = c.getKey();
                while (columns.size() <= col) {
                    columns.add(CellReference.convertNumToColString(columns.size()));
                    columnStyles.add(Integer.toString(columnStyle(columns.size() - 1)));
                }
                Cell cell = c.getValue();
                xml.put('<').put(p).put("c r=\"").put(columns.get(col)).put(rowNumber).put('"');
                if (cell.type() != NONE) {
                    xml.put(" t=\"").put((char) cell.type()).put('"');
                }
                String style = cell.style() >= 0 ? Integer.toString(cell.style()) : columnStyles.get(col);
                xml.put(" s=\"").put(style).put('"');
                if (cell.type() == NONE) {
                    xml.put("/>");
                } else {
                    xml.put("><").put(p).put("v>").put(cell.value()).put("</").put(p).put("v></").put(p).put("c>");
                }
            }
            xml.put("</").put(p).put("row>");
        }
        xml.flush();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private void put(int row, int col, Cell cell) {
        rows.computeIfAbsent(row, k -> new Row()).cells.put(col, cell);
    }

    /**
     * What a cell without a style of its own is saved with: XSSFSheet.write gives it its column's style, the
     * workbook's first style when the column has none.
     */
    private int columnStyle(int col) {
        return styleIndex(sheet.getColumnStyle(col));
    }

    private int styleIndex(CellStyle style) {
        if (style == null) {
            return -1;
        }
        // XSSFCell.setCellStyle: the style's index in the workbook's table, added there if missing
        return styleIndexes.computeIfAbsent((XSSFCellStyle) style,
                s -> (int) sheet.getWorkbook().getStylesSource().putStyle(s));
    }

    /** ASCII text into a byte buffer: every character written here is ASCII (or the UTF-8 bytes of a prefix). */
    private static final class Ascii {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        Ascii(OutputStream out) {
            this.out = out;
        }

        Ascii put(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i));
            }
            return this;
        }

        Ascii put(byte[] bytes) throws IOException {
            for (byte b : bytes) {
                if (used == buffer.length) {
                    flush();
                }
                buffer[used++] = b;
            }
            return this;
        }

        Ascii put(char c) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) c;
            return this;
        }

        void flush() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
