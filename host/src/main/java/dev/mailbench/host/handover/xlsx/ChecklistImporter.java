package dev.mailbench.host.handover.xlsx;

import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.ChecklistMergePreview;
import dev.mailbench.host.handover.ChecklistMergePreview.Entry;
import dev.mailbench.host.handover.ChecklistMergePreview.Fields;
import dev.mailbench.host.handover.ChecklistMergePreview.Kind;
import dev.mailbench.host.handover.xlsx.ExportedStateSheet.Exported;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.mailbench.kit.text.TypedDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a handover workbook the customer filled in and compares every checklist row with what was
 * exported (the hidden sheet) and with the project as it is now. Nothing is changed here; see
 * {@link dev.mailbench.host.handover.ChecklistMerge}.
 */
public final class ChecklistImporter {
    /** The workbook is not one MailBench wrote, or cannot be read. */
    public static final class ImportException extends Exception {
        public ImportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ChecklistMergePreview read(Path workbook, Project project) throws ImportException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return read(wb, project, workbook.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            throw new ImportException(workbook.getFileName() + " を Excel ブックとして読めません / cannot read as an Excel workbook: "
                    + e.getMessage(), e);
        }
    }

    ChecklistMergePreview read(XSSFWorkbook wb, Project project, String fileName) throws ImportException {
        ExportedStateSheet.Contents exported = ExportedStateSheet.read(wb).orElseThrow(() -> new ImportException(
                fileName + " は MailBench が出力した引き渡し資料ではありません（チェックリストの記録がありません） / "
                        + "not a MailBench handover workbook (no exported checklist record)", null));
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        DataFormatter formatter = new DataFormatter();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(s);
            boolean inTable = false;
            int previous = -2;
            for (Row row : sheet) {
                String first = text(row.getCell(0), formatter);
                // A table ends at the first gap: missing rows are skipped by the iterator, so compare numbers.
                inTable = inTable && row.getRowNum() == previous + 1;
                previous = row.getRowNum();
                if (isHeader(row, formatter)) {
                    inTable = true;
                    continue;
                }
                if (first.isEmpty()) {
                    inTable = false;
                    continue;
                }
                Exported ex = exported.items().get(first);
                if (ex == null && !inTable) {
                    continue;
                }
                String location = sheet.getSheetName() + "!" + (row.getRowNum() + 1);
                String itemText = text(row.getCell(1), formatter);
                if (ex == null && !looksLikeItem(row, formatter)) {
                    inTable = false;
                    continue;
                }
                if (ex == null) {
                    entries.add(new Entry(first, itemText, Kind.UNKNOWN_ID, null, null, null, location,
                            "出力時になかった ID です / id not in the export"));
                    continue;
                }
                if (!seen.add(first)) {
                    entries.add(new Entry(first, itemText, Kind.INVALID, null, null, null, location,
                            "同じ ID の行が複数あります / duplicate row for this id"));
                    continue;
                }
                entries.add(compare(ex, itemText, row, location, project, formatter));
            }
        }
        long missing = exported.items().keySet().stream().filter(id -> !seen.contains(id)).count();
        if (missing > 0) {
            warnings.add(missing + " 件の項目がブックに見つかりません（行が削除された？） / " + missing
                    + " exported items were not found in the workbook (rows deleted?)");
        }
        String customer = project.customer().name();
        if (!exported.customer().isEmpty() && !exported.customer().equals(customer)) {
            warnings.add("このブックは「" + exported.customer() + "」向けに出力されたものです（開いている案件: 「" + customer
                    + "」） / this workbook was exported for another customer");
        }
        return new ChecklistMergePreview(exported.documentVersion(), exported.customer(), entries, warnings);
    }

    private static Entry compare(Exported ex, String itemText, Row row, String location, Project project,
                                 DataFormatter formatter) {
        Fields exportedFields = new Fields(ex.status(), ex.owner(), ex.due(), ex.note());
        Fields current = project.checklistState(ex.itemId()).map(Fields::of).orElse(exportedFields);
        String statusText = text(row.getCell(SectionSheet.STATUS_COLUMN), formatter);
        Optional<ChecklistStatus> status = statusText.isEmpty() ? Optional.of(ChecklistStatus.OPEN)
                : ChecklistStatus.parse(statusText);
        if (status.isEmpty()) {
            return new Entry(ex.itemId(), itemText, Kind.INVALID, current, exportedFields, null, location,
                    "状況「" + statusText + "」は 未/済/対象外 のどれでもありません / status is not one of 未/済/対象外 (Open/Done/N/A)");
        }
        LocalDate due;
        try {
            due = date(row.getCell(4), formatter);
        } catch (DateTimeParseException e) {
            return new Entry(ex.itemId(), itemText, Kind.INVALID, current, exportedFields, null, location,
                    "期限「" + text(row.getCell(4), formatter) + "」を日付として読めません / due date is not a date");
        }
        Fields sheet = new Fields(status.get(), text(row.getCell(3), formatter), due, text(row.getCell(5), formatter));
        Kind kind;
        if (sheet.equals(exportedFields) || sheet.equals(current)) {
            kind = Kind.UNCHANGED;
        } else if (current.equals(exportedFields)) {
            kind = Kind.CHANGED;
        } else {
            kind = Kind.CONFLICT;
        }
        return new Entry(ex.itemId(), itemText, kind, current, exportedFields, sheet, location, "");
    }

    /** A row typed into the table has an item text or a status; a heading below the table has neither. */
    private static boolean looksLikeItem(Row row, DataFormatter formatter) {
        return !text(row.getCell(1), formatter).isEmpty() || !text(row.getCell(SectionSheet.STATUS_COLUMN), formatter).isEmpty();
    }

    private static boolean isHeader(Row row, DataFormatter formatter) {
        String status = text(row.getCell(SectionSheet.STATUS_COLUMN), formatter);
        return "ID".equals(text(row.getCell(0), formatter))
                && ("状況".equals(status) || "Status".equalsIgnoreCase(status));
    }

    private static LocalDate date(Cell cell, DataFormatter formatter) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
        }
        String text = text(cell, formatter);
        if (text.isEmpty()) {
            return null;
        }
        return TypedDates.parse(text, LocalDate.now())
                .orElseThrow(() -> new DateTimeParseException("not a date", text, 0));
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
