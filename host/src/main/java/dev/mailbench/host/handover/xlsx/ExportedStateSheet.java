package dev.mailbench.host.handover.xlsx;

import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.model.ChecklistStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A very hidden sheet recording every checklist item as it was exported. Reading a filled-in workbook
 * back, it tells "the customer changed this" apart from "the project changed since", which is what makes
 * a conflict detectable rather than silently won.
 */
public final class ExportedStateSheet {
    public static final String NAME = "mailbench_export";
    static final String FORMAT = "mailbench-checklist-1";

    /** The exported values of one item. */
    public record Exported(String itemId, ChecklistStatus status, String owner, LocalDate due, String note,
                           String sheet) {
    }

    public record Contents(String documentVersion, String customer, Map<String, Exported> items) {
    }

    private ExportedStateSheet() {
    }

    static void write(XSSFWorkbook wb, SheetOutput output, String documentVersion, String customer,
                      Map<ChecklistItem, String> itemSheets) {
        XSSFSheet s = wb.createSheet(NAME);
        SheetRows rows = output.rows(s);
        rows.text(0, 0, FORMAT, null);
        rows.text(0, 1, documentVersion, null);
        rows.text(0, 2, customer, null);
        String[] labels = {"id", "status", "owner", "due", "note", "sheet"};
        for (int i = 0; i < labels.length; i++) {
            rows.text(1, i, labels[i], null);
        }
        int r = 2;
        for (Map.Entry<ChecklistItem, String> e : itemSheets.entrySet()) {
            ChecklistItem item = e.getKey();
            rows.text(r, 0, item.id(), null);
            rows.text(r, 1, item.status().name(), null);
            rows.text(r, 2, item.owner(), null);
            rows.text(r, 3, item.due() == null ? "" : item.due().toString(), null);
            rows.text(r, 4, item.note(), null);
            rows.text(r, 5, e.getValue(), null);
            r++;
        }
        rows.finish();
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
    }

    /** Empty when the workbook was not written by MailBench (or the sheet was deleted). */
    public static Optional<Contents> read(Workbook wb) {
        Sheet s = wb.getSheet(NAME);
        if (s == null || s.getRow(0) == null || !FORMAT.equals(text(s.getRow(0).getCell(0)))) {
            return Optional.empty();
        }
        Map<String, Exported> items = new LinkedHashMap<>();
        for (int r = 2; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || text(row.getCell(0)).isEmpty()) {
                continue;
            }
            String due = text(row.getCell(3));
            items.put(text(row.getCell(0)), new Exported(text(row.getCell(0)),
                    ChecklistStatus.parse(text(row.getCell(1))).orElse(ChecklistStatus.OPEN),
                    text(row.getCell(2)), due.isEmpty() ? null : LocalDate.parse(due), text(row.getCell(4)),
                    text(row.getCell(5))));
        }
        return Optional.of(new Contents(text(s.getRow(0).getCell(1)), text(s.getRow(0).getCell(2)), items));
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.toString();
    }
}
