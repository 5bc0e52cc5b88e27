package dev.mailbench.host.handover.xlsx;

import dev.mailbench.api.TasksApi.TaskContext;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.host.handover.HandoverDocument;
import dev.mailbench.host.handover.HandoverTemplates.Template;
import dev.mailbench.host.handover.HandoverText;
import dev.mailbench.host.handover.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link HandoverDocument} into an Excel template: the template's first sheet is the summary
 * (cover placeholders, and live per-section counts of 未/済/対象外 at the {@code {{sections}}} cell),
 * followed by one sheet per section and a hidden sheet with the exported checklist state for the
 * round trip. Use {@link #prepare} first, so a bad template is reported before any file is touched.
 */
public final class XlsxHandoverWriter {

    /** A loaded template whose placeholders were checked. */
    public static final class Prepared {
        private final XSSFWorkbook wb;
        private final Cell marker;

        private Prepared(XSSFWorkbook wb, Cell marker) {
            this.wb = wb;
            this.marker = marker;
        }
    }

    private final SheetOutput.Factory output;
    private final Function<XSSFWorkbook, SharedStrings> strings;

    public XlsxHandoverWriter() {
        this(StreamedSheets::new, SharedStrings::streamed);
    }

    /**
     * With the generated sheets' cells going to {@code output} and texts to {@code strings} (a test compares the
     * streamed workbook with POI's tree).
     */
    XlsxHandoverWriter(SheetOutput.Factory output, Function<XSSFWorkbook, SharedStrings> strings) {
        this.output = output;
        this.strings = strings;
    }

    public Prepared prepare(Template template) throws TemplateException {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(template.open());
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(template.describe(), "not an Excel (.xlsx) file: " + e.getMessage(), e);
        }
        Optional<Cell> marker = XlsxPlaceholderFiller.validate(wb, template.describe());
        return new Prepared(wb, marker.orElse(null));
    }

    public void write(Prepared prepared, HandoverDocument document, OutputStream out, TaskContext task)
            throws IOException {
        XSSFWorkbook wb = prepared.wb;
        Locale locale = document.locale();
        XlsxPlaceholderFiller.fill(wb, document.fields());
        XSSFSheet summary = wb.getSheetAt(0);
        XlsxStyles styles = new XlsxStyles(wb, accent(summary, prepared.marker));
        SharedStrings strings = this.strings.apply(wb);
        SheetOutput sheets = output.create(wb, strings);
        SheetNames names = new SheetNames();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.reserve(wb.getSheetName(i));
        }
        names.reserve(ExportedStateSheet.NAME);

        List<SectionCounts> counts = new ArrayList<>();
        Map<ChecklistItem, String> itemSheets = new LinkedHashMap<>();
        int total = document.sections().size();
        int position = 1;
        int done = 0;
        for (HandoverSection section : document.sections()) {
            task.checkCancelled();
            task.progress(done++, total + 1, section.title());
            List<HandoverSection> parts = SectionSplit.split(section);
            for (int i = 0; i < parts.size(); i++) {
                HandoverSection part = parts.get(i);
                XSSFSheet sheet = wb.createSheet(names.unique(i == 0 ? section.title()
                        : SectionSplit.sheetTitle(section, part)));
                wb.setSheetOrder(sheet.getSheetName(), position++);
                SectionSheet.StatusRange range = new SectionSheet(part, locale).render(sheet, styles, sheets.rows(sheet));
                copyHeaderFooter(summary, sheet);
                for (ChecklistItem item : part.checklistItems()) {
                    itemSheets.put(item, sheet.getSheetName());
                }
                if (!range.isEmpty()) {
                    counts.add(new SectionCounts(section.title(), range));
                }
            }
        }
        task.checkCancelled();
        new SummaryCounts(styles, strings, locale).write(summary, prepared.marker, counts);
        SectionSheet.printSetup(summary);
        ExportedStateSheet.write(wb, sheets, document.fields().get("document.version"), document.fields().get("customer.name"),
                itemSheets);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        sheets.evaluateFormulas(wb);
        wb.setForceFormulaRecalculation(true);
        task.progress(total, total + 1, "Excel");
        wb.write(out);
        task.progress(total + 1, total + 1, "Excel");
    }

    record SectionCounts(String title, SectionSheet.StatusRange range) {
    }

    /** The template's table header colour (the cell above the marker) is the accent for every sheet. */
    private static byte[] accent(XSSFSheet summary, Cell marker) {
        if (marker != null && marker.getRowIndex() > 0) {
            Row above = summary.getRow(marker.getRowIndex() - 1);
            Cell cell = above == null ? null : above.getCell(marker.getColumnIndex());
            if (cell != null && cell.getCellStyle() instanceof XSSFCellStyle s
                    && s.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                XSSFColor color = s.getFillForegroundXSSFColor();
                if (color != null && color.getRGB() != null) {
                    return color.getRGB();
                }
            }
        }
        return new byte[] {0x1F, 0x4E, 0x79};
    }

    private static void copyHeaderFooter(XSSFSheet from, XSSFSheet to) {
        to.getHeader().setLeft(nullToEmpty(from.getHeader().getLeft()));
        to.getHeader().setCenter(nullToEmpty(from.getHeader().getCenter()));
        to.getHeader().setRight(nullToEmpty(from.getHeader().getRight()));
        to.getFooter().setLeft(nullToEmpty(from.getFooter().getLeft()));
        to.getFooter().setCenter(nullToEmpty(from.getFooter().getCenter()));
        to.getFooter().setRight(nullToEmpty(from.getFooter().getRight()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The per-section table of 未/済/対象外 on the summary sheet, as COUNTIF formulas so it stays live. */
    private static final class SummaryCounts {
        private final XlsxStyles styles;
        private final SharedStrings strings;
        private final Locale locale;

        SummaryCounts(XlsxStyles styles, SharedStrings strings, Locale locale) {
            this.styles = styles;
            this.strings = strings;
            this.locale = locale;
        }

        void write(XSSFSheet summary, Cell marker, List<SectionCounts> counts) {
            int row;
            int col;
            CellStyle titleStyle;
            CellStyle numberStyle;
            if (marker != null) {
                row = marker.getRowIndex();
                col = marker.getColumnIndex();
                titleStyle = marker.getCellStyle();
                Cell next = marker.getRow().getCell(col + 1);
                numberStyle = next != null ? next.getCellStyle() : titleStyle;
                marker.setBlank();
            } else {
                row = summary.getLastRowNum() + 2;
                col = 0;
                Row head = summary.createRow(row++);
                String[] labels = {HandoverText.SUMMARY_SECTION.get(locale), ChecklistStatus.OPEN.label().get(locale),
                        ChecklistStatus.DONE.label().get(locale), ChecklistStatus.NOT_APPLICABLE.label().get(locale),
                        HandoverText.SUMMARY_TOTAL.get(locale)};
                for (int i = 0; i < labels.length; i++) {
                    Cell c = head.createCell(i);
                    strings.set(c, labels[i]);
                    c.setCellStyle(styles.header);
                }
                titleStyle = styles.body;
                numberStyle = styles.status;
            }
            int first = row;
            for (SectionCounts sc : counts) {
                Row r = summary.getRow(row) != null ? summary.getRow(row) : summary.createRow(row);
                Cell title = r.createCell(col);
                strings.set(title, sc.title());
                title.setCellStyle(titleStyle);
                Hyperlink link = summary.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + sc.range().sheetName().replace("'", "''") + "'!A1");
                title.setHyperlink(link);
                String status = "'" + sc.range().sheetName().replace("'", "''") + "'!$C$" + (sc.range().firstRow() + 1)
                        + ":$C$" + (sc.range().lastRow() + 1);
                int c = col + 1;
                for (ChecklistStatus s : ChecklistStatus.values()) {
                    Cell cell = r.createCell(c++);
                    cell.setCellFormula("COUNTIF(" + status + ",\"" + s.label().get(locale) + "\")");
                    cell.setCellStyle(numberStyle);
                }
                Cell sum = r.createCell(c);
                sum.setCellFormula("SUM(" + ref(row, col + 1) + ":" + ref(row, col + 3) + ")");
                sum.setCellStyle(numberStyle);
                row++;
            }
            Row totals = summary.getRow(row) != null ? summary.getRow(row) : summary.createRow(row);
            Cell label = totals.createCell(col);
            strings.set(label, HandoverText.SUMMARY_TOTAL.get(locale));
            label.setCellStyle(styles.key);
            for (int c = col + 1; c <= col + 4; c++) {
                Cell cell = totals.createCell(c);
                if (row > first) {
                    cell.setCellFormula("SUM(" + ref(first, c) + ":" + ref(row - 1, c) + ")");
                } else {
                    cell.setCellValue(0);
                }
                cell.setCellStyle(styles.keyNumber);
            }
        }

        private static String ref(int row, int col) {
            return new CellReference(row, col).formatAsString();
        }
    }
}
