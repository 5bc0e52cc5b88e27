package dev.mailbench.host.handover.xlsx;

import dev.mailbench.host.handover.DocumentFields;
import dev.mailbench.host.handover.Placeholders;
import dev.mailbench.host.handover.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Validates and fills the placeholders in an Excel template's cells, headers and footers. */
final class XlsxPlaceholderFiller {
    private XlsxPlaceholderFiller() {
    }

    /** A piece of template text with where it is and how to write it back. */
    private record Slot(String text, String location, Consumer<String> writer, boolean headerFooter) {
    }

    /**
     * Checks every placeholder; returns the {@code {{sections}}} cell of the first sheet if there is one.
     *
     * @throws TemplateException naming every unknown or broken placeholder with its sheet and cell
     */
    static Optional<Cell> validate(XSSFWorkbook wb, String file) throws TemplateException {
        List<TemplateException.Problem> problems = new ArrayList<>();
        Cell marker = null;
        for (Slot slot : slots(wb)) {
            Placeholders.Scan scan = Placeholders.scan(slot.text(), slot.location());
            problems.addAll(scan.problems());
            for (Placeholders.Match m : scan.matches()) {
                if (DocumentFields.SECTIONS_MARKER.equals(m.name())) {
                    problems.add(new TemplateException.Problem(TemplateException.Kind.BROKEN,
                            "{{sections}} (only as a whole cell of the first sheet)", slot.location()));
                }
            }
        }
        XSSFSheet summary = wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null;
        if (summary != null) {
            for (Row row : summary) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && ("{{" + DocumentFields.SECTIONS_MARKER + "}}").equals(cell.getStringCellValue().strip())) {
                        marker = cell;
                    }
                }
            }
        } else {
            problems.add(new TemplateException.Problem(TemplateException.Kind.UNREADABLE, "", "no sheet / シートがありません"));
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(file, problems);
        }
        return Optional.ofNullable(marker);
    }

    static void fill(XSSFWorkbook wb, DocumentFields fields) {
        fillSharedStrings(wb, fields);
        for (Slot slot : slots(wb)) {
            if (slot.text().contains(Placeholders.OPEN)) {
                DocumentFields values = slot.headerFooter() ? escapedForHeaderFooter(fields) : fields;
                slot.writer().accept(Placeholders.fill(slot.text(), values));
            }
        }
    }

    /**
     * Template cells point into the shared string table, and POI never drops an entry a cell stopped
     * using: rewriting the cells alone would leave the raw placeholders in the file. So the entries
     * themselves are filled (the marker emptied) before anything else.
     */
    private static void fillSharedStrings(XSSFWorkbook wb, DocumentFields fields) {
        SharedStringsTable sst = wb.getSharedStringSource();
        if (sst == null) {
            return;
        }
        String marker = "{{" + DocumentFields.SECTIONS_MARKER + "}}";
        for (int i = 0; i < sst.getUniqueCount(); i++) {
            XSSFRichTextString item = (XSSFRichTextString) sst.getItemAt(i);
            String text = item.getString();
            if (text == null || !text.contains(Placeholders.OPEN)) {
                continue;
            }
            CTRst rst = item.getCTRst();
            while (rst.sizeOfRArray() > 0) {
                rst.removeR(0);
            }
            rst.setT(marker.equals(text.strip()) ? "" : Placeholders.fill(text, fields));
        }
    }

    private static List<Slot> slots(XSSFWorkbook wb) {
        List<Slot> slots = new ArrayList<>();
        String marker = "{{" + DocumentFields.SECTIONS_MARKER + "}}";
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            String name = sheet.getSheetName();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (s == 0 && marker.equals(text.strip())) {
                        continue;
                    }
                    String ref = new CellReference(cell).formatAsString(false);
                    slots.add(new Slot(text, "シート「" + name + "」セル " + ref + " / sheet '" + name + "' cell " + ref,
                            v -> cell.setCellValue(v), false));
                }
            }
            headerFooter(slots, name, "ヘッダー / header", sheet.getOddHeader());
            headerFooter(slots, name, "ヘッダー(偶数) / even header", sheet.getEvenHeader());
            headerFooter(slots, name, "ヘッダー(先頭) / first header", sheet.getFirstHeader());
            headerFooter(slots, name, "フッター / footer", sheet.getOddFooter());
            headerFooter(slots, name, "フッター(偶数) / even footer", sheet.getEvenFooter());
            headerFooter(slots, name, "フッター(先頭) / first footer", sheet.getFirstFooter());
        }
        return slots;
    }

    private static void headerFooter(List<Slot> slots, String sheet, String what, HeaderFooter hf) {
        part(slots, sheet, what + " L", hf.getLeft(), hf::setLeft);
        part(slots, sheet, what + " C", hf.getCenter(), hf::setCenter);
        part(slots, sheet, what + " R", hf.getRight(), hf::setRight);
    }

    private static void part(List<Slot> slots, String sheet, String what, String text, Consumer<String> writer) {
        if (text != null && !text.isEmpty()) {
            slots.add(new Slot(text, "シート「" + sheet + "」" + what + " / sheet '" + sheet + "' " + what, writer, true));
        }
    }

    /** In header/footer codes "&" starts a command; a customer called "A&B" must print as such. */
    private static DocumentFields escapedForHeaderFooter(DocumentFields fields) {
        UnaryOperator<String> esc = v -> v.replace("&", "&&");
        var map = new java.util.HashMap<String, String>();
        fields.values().forEach((k, v) -> map.put(k, esc.apply(v)));
        return new DocumentFields(map);
    }
}
