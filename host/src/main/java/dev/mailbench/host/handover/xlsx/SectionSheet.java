package dev.mailbench.host.handover.xlsx;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.host.handover.ColumnFit;
import dev.mailbench.host.handover.DocumentText;
import dev.mailbench.host.handover.HandoverText;
import dev.mailbench.host.handover.TextMetrics;
import dev.mailbench.host.handover.TextWidth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One section as a sheet: title and intro, the checklist table first (it is what the customer fills
 * in: frozen header, filter, status drop-down with colours), then the other blocks. Cells are planned
 * first so column widths and row heights can be sized from everything that lands in a column.
 */
final class SectionSheet {
    static final int CHECK_COLUMNS = 6;
    static final int STATUS_COLUMN = 2;
    private static final double LINE_POINTS = 15.5;
    private static final double SINGLE_LINE_POINTS = 16;
    private static final int MAX_WIDTH = 50;
    private static final int ID_WIDTH = 14;
    /** Roughly what an A4 page prints legibly at fit-to-width, in half-width characters. */
    private static final int PORTRAIT_CHARS = 110;
    private static final int LANDSCAPE_CHARS = 160;

    enum Kind { TITLE, INTRO, BLOCK_TITLE, HEADER, BODY, KEY, ID, STATUS, DATE }

    private record Planned(int row, int col, Object value, Kind kind, int lastCol, boolean sizesColumn) {
    }

    private record Picture(int row, int col, ImageBlock image) {
    }

    /** Where the checklist's status cells are, for the summary's formulas; empty range when none. */
    record StatusRange(String sheetName, int firstRow, int lastRow) {
        boolean isEmpty() {
            return lastRow < firstRow;
        }
    }

    private final List<Planned> cells = new ArrayList<>();
    private final List<Picture> pictures = new ArrayList<>();
    private final List<int[]> keeps = new ArrayList<>();
    private final Locale locale;
    private int nextRow;
    private int tableHeaderRow = -1;
    private int tableLastRow = -1;
    private int tableLastCol = -1;
    private int checklistFirst = -1;
    private int checklistLast = -2;
    private int maxCol = CHECK_COLUMNS - 1;
    private boolean landscape;

    SectionSheet(HandoverSection section, Locale locale) {
        this.locale = locale;
        plan(section);
    }

    private void plan(HandoverSection section) {
        // Column A holds the checklist ids for the re-import: hidden and outside the print area, so the
        // printed text starts in column B.
        add(0, 1, section.title(), Kind.TITLE, 1, false);
        nextRow = 1;
        if (!section.intro().isBlank()) {
            add(1, 1, section.intro(), Kind.INTRO, CHECK_COLUMNS - 1, false);
            nextRow = 2;
        }
        nextRow++;
        List<ChecklistItem> items = section.checklistItems();
        if (!items.isEmpty()) {
            int header = nextRow;
            String[] labels = {HandoverText.CHECK_ID.get(locale), HandoverText.CHECK_ITEM.get(locale),
                    HandoverText.CHECK_STATUS.get(locale), HandoverText.CHECK_OWNER.get(locale),
                    HandoverText.CHECK_DUE.get(locale), HandoverText.CHECK_NOTE.get(locale)};
            for (int c = 0; c < labels.length; c++) {
                add(header, c, labels[c], Kind.HEADER, c, c != 0);
            }
            int r = header + 1;
            for (ChecklistItem item : items) {
                add(r, 0, item.id(), Kind.ID, 0, false);
                add(r, 1, item.text(), Kind.BODY, 1, true);
                add(r, 2, item.status().label().get(locale), Kind.STATUS, 2, true);
                add(r, 3, item.owner(), Kind.BODY, 3, true);
                add(r, 4, item.due(), Kind.DATE, 4, true);
                add(r, 5, item.note(), Kind.BODY, 5, true);
                r++;
            }
            tableHeaderRow = header;
            tableLastRow = r - 1;
            tableLastCol = CHECK_COLUMNS - 1;
            checklistFirst = header + 1;
            checklistLast = r - 1;
            nextRow = r + 1;
        }
        for (HandoverBlock block : section.blocks()) {
            if (block instanceof ChecklistBlock) {
                continue;
            }
            int titleRow = nextRow;
            if (!block.title().isBlank()) {
                add(nextRow++, 1, block.title(), Kind.BLOCK_TITLE, 1, false);
            }
            if (block instanceof KeyValueBlock kv) {
                for (KeyValueBlock.Entry e : kv.entries()) {
                    add(nextRow, 1, e.key(), Kind.KEY, 1, true);
                    add(nextRow, 2, e.value(), Kind.BODY, CHECK_COLUMNS - 1, false);
                    nextRow++;
                }
            } else if (block instanceof TableBlock t) {
                planTable(t);
            } else if (block instanceof TextBlock t) {
                int n = 0;
                for (String p : t.paragraphs()) {
                    String text = t.numbered() ? (++n) + ". " + p : p;
                    add(nextRow++, 1, text, Kind.INTRO, CHECK_COLUMNS - 1, false);
                }
            } else if (block instanceof ImageBlock i) {
                pictures.add(new Picture(nextRow, 1, i));
                nextRow += Math.max(1, (int) Math.ceil(i.heightPx() * 0.75 / LINE_POINTS));
            }
            // A heading stays with its block: all of a short one, the header and first rows of a long one.
            int keepRows = block instanceof TableBlock ? 3 : block instanceof ImageBlock ? 40 : 20;
            keeps.add(new int[] {titleRow, Math.min(nextRow - 1, titleRow + keepRows)});
            nextRow++;
        }
    }

    private void planTable(TableBlock t) {
        int header = nextRow;
        for (int c = 0; c < t.header().size(); c++) {
            add(header, 1 + c, t.header().get(c), Kind.HEADER, 1 + c, true);
        }
        int r = header + 1;
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            for (int c = 0; c < t.header().size(); c++) {
                add(r, 1 + c, c < row.size() ? row.get(c) : "", Kind.BODY, 1 + c, true);
            }
            r++;
            if (!t.noteOf(i).isBlank()) {
                // Across the table, not sizing a column: a sentence in one column made it as wide as the page.
                add(r++, 1, t.noteOf(i), Kind.BODY, t.header().size(), false);
            }
        }
        maxCol = Math.max(maxCol, t.header().size());
        // a table without columns has nothing to filter or repeat on every page
        if (tableHeaderRow < 0 && !t.header().isEmpty()) {
            tableHeaderRow = header;
            tableLastRow = r - 1;
            tableLastCol = t.header().size();
        }
        nextRow = r;
    }

    private void add(int row, int col, Object value, Kind kind, int lastCol, boolean sizesColumn) {
        Object v = value instanceof String s ? DocumentText.clean(s) : value;
        cells.add(new Planned(row, col, v, kind, lastCol, sizesColumn));
    }

    StatusRange render(XSSFSheet sheet, XlsxStyles styles, SheetRows rows) {
        int[] widths = columnWidths();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int lastRow = cells.stream().mapToInt(Planned::row).max().orElse(0);
        double[] heights = new double[lastRow + 1];
        boolean[] hasCells = new boolean[lastRow + 1];
        for (int i = 0; i < cells.size(); i++) {
            cells.set(i, wrapped(cells.get(i), widths));
        }
        for (Planned p : cells) {
            XSSFCellStyle style = style(p.kind(), styles);
            if (p.value() instanceof LocalDate d) {
                rows.date(p.row(), p.col(), d, style);
            } else {
                rows.text(p.row(), p.col(), p.value() instanceof String s && !s.isEmpty() ? s : null, style);
            }
            if (p.lastCol() > p.col()) {
                for (int c = p.col() + 1; c <= p.lastCol(); c++) {
                    rows.text(p.row(), c, null, style);
                }
                // Planned regions never overlap; the checked variant is quadratic in the number of regions.
                sheet.addMergedRegionUnsafe(new CellRangeAddress(p.row(), p.row(), p.col(), p.lastCol()));
            }
            hasCells[p.row()] = true;
            heights[p.row()] = Math.max(heights[p.row()], height(p, widths));
        }
        for (int r = 0; r < heights.length; r++) {
            if (hasCells[r]) {
                // Every row gets its height written: Excel and LibreOffice then paginate as computed below.
                heights[r] = heights[r] > 0 ? heights[r] : SINGLE_LINE_POINTS;
                rows.height(r, (float) heights[r]);
            }
        }
        if (!pictures.isEmpty()) {
            // a picture is sized to the rows it covers
            rows.withRowsInTree(() -> pictures(sheet));
        }
        tableFeatures(sheet);
        printSetup(sheet);
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.setColumnHidden(0, true);
        int lastCol = printedLastColumn(widths);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 1, lastCol, 0, lastRow);
        keepHeadingsWithBlocks(sheet, widths, heights);
        StatusRange range = new StatusRange(sheet.getSheetName(), checklistFirst, checklistLast);
        if (!range.isEmpty()) {
            statusColumn(sheet, range);
            rows.readByFormulas(range.firstRow(), range.lastRow(), STATUS_COLUMN);
        }
        rows.finish();
        return range;
    }

    /**
     * Widths from everything that lands in each column (Japanese counted double), then fitted to a
     * printable page: portrait when it fits, landscape for wide tables, long texts wrapping.
     */
    private int[] columnWidths() {
        int[] natural = new int[maxCol + 1];
        Arrays.fill(natural, 8);
        int[] unbreakable = new int[maxCol + 1];
        for (Planned p : cells) {
            if (p.sizesColumn() && p.col() < natural.length && p.value() instanceof String s) {
                natural[p.col()] = Math.max(natural[p.col()], Math.min(MAX_WIDTH, TextWidth.of(s) + 3));
                // Addresses, host names, numbers with their unit, dates and header words never break.
                int whole = (int) Math.ceil(TextMetrics.unbreakableEm(s, p.kind() == Kind.HEADER) / 0.55) + 3;
                unbreakable[p.col()] = Math.max(unbreakable[p.col()], Math.min(whole, MAX_WIDTH));
                natural[p.col()] = Math.max(natural[p.col()], unbreakable[p.col()]);
            }
        }
        natural[STATUS_COLUMN] = Math.max(natural[STATUS_COLUMN], 10);
        natural[4] = Math.max(natural[4], checklistFirst >= 0 ? 16 : 8);
        natural[0] = ID_WIDTH;
        int[] minimum = new int[natural.length];
        for (int c = 0; c < minimum.length; c++) {
            minimum[c] = Math.max(10, unbreakable[c]);
        }
        if (checklistFirst >= 0) {
            minimum[4] = Math.max(minimum[4], 16);
        }
        minimum[0] = natural[0];
        if (checklistFirst >= 0) {
            // The item text is what the customer reads and ticks: it keeps room, other tables wrap instead.
            minimum[1] = Math.min(natural[1], 40);
        }
        // Column A is not printed: the page budget is for the others.
        int[] printed = Arrays.copyOfRange(natural, 1, natural.length);
        int[] printedMin = Arrays.copyOfRange(minimum, 1, minimum.length);
        landscape = ColumnFit.sum(printed) > PORTRAIT_CHARS + 20;
        int[] fitted = ColumnFit.fit(printed, printedMin, landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS);
        int[] widths = new int[natural.length];
        widths[0] = natural[0];
        System.arraycopy(fitted, 0, widths, 1, fitted.length);
        return widths;
    }

    /**
     * Excel has no keep-with-next: from the column widths (fit to the page width) and row heights, find where
     * pages would end and break before a heading whose block would not start on the same page.
     */
    private void keepHeadingsWithBlocks(XSSFSheet sheet, int[] widths, double[] heights) {
        if (keeps.isEmpty()) {
            return;
        }
        double pageWidth = (landscape ? 842 : 595) - 2 * 0.7 * 72;
        double pageHeight = (landscape ? 595 : 842) - 2 * 0.75 * 72 - 2 * 0.3 * 72;
        double sheetWidth = 0;
        for (int c = 1; c <= printedLastColumn(widths); c++) {
            sheetWidth += ((c < widths.length ? widths[c] : 8.43) * 7 + 5) * 0.75;
        }
        double scale = Math.min(1.0, pageWidth / Math.max(1, sheetWidth));
        double usable = pageHeight / scale;
        int lastRow = heights.length - 1;
        double used = 0;
        int keep = 0;
        for (int r = 0; r <= lastRow; r++) {
            while (keep < keeps.size() && keeps.get(keep)[0] < r) {
                keep++;
            }
            if (keep < keeps.size() && keeps.get(keep)[0] == r && r > 0) {
                double group = 0;
                for (int g = r; g <= keeps.get(keep)[1] && g <= lastRow; g++) {
                    group += rowHeight(heights, g);
                }
                // Near the top of a page a break gains nothing; lower down, move the heading over.
                if (used > usable / 4 && used + Math.min(group, usable) > usable) {
                    sheet.setRowBreak(r - 1);
                    used = 0;
                }
            }
            used += rowHeight(heights, r);
            if (used > usable) {
                used = rowHeight(heights, r);
            }
        }
    }

    /**
     * Read-only text with its line breaks written in (see {@link ManualWrap}); the owner and note a customer
     * types into a checklist row are left as they are, so the re-import reads back what was exported.
     */
    private Planned wrapped(Planned p, int[] widths) {
        boolean editable = p.row() >= checklistFirst && p.row() <= checklistLast && p.col() != 1;
        if (p.kind() != Kind.BODY || editable || !(p.value() instanceof String text) || text.isEmpty()) {
            return p;
        }
        double available = -1.5;
        for (int c = p.col(); c <= p.lastCol() && c < widths.length; c++) {
            available += widths[c];
        }
        return new Planned(p.row(), p.col(), ManualWrap.wrap(text, Math.max(4, available)), p.kind(), p.lastCol(),
                p.sizesColumn());
    }

    /**
     * The print area's last column: the planned columns, and beyond them as many of Excel's default columns as
     * a picture or a title spilling to the right needs, so the print area never cuts them off.
     */
    private int printedLastColumn(int[] widths) {
        double needed = 0;
        for (Picture p : pictures) {
            needed = Math.max(needed, p.image().widthPx() / 7.0 + 1);
        }
        for (Planned p : cells) {
            if ((p.kind() == Kind.TITLE || p.kind() == Kind.BLOCK_TITLE) && p.value() instanceof String text) {
                // Titles are bold and larger than body text.
                needed = Math.max(needed, TextWidth.of(text) * (p.kind() == Kind.TITLE ? 1.6 : 1.25) + 1);
            }
        }
        int last = Math.max(maxCol, CHECK_COLUMNS - 1);
        double have = 0;
        for (int c = 1; c <= last && c < widths.length; c++) {
            have += widths[c];
        }
        while (have < needed) {
            last++;
            have += last < widths.length ? widths[last] : 8.43;
        }
        return last;
    }

    private static double rowHeight(double[] heights, int row) {
        return row < heights.length && heights[row] > 0 ? heights[row] : 15;  // Excel's default row
    }

    private static double height(Planned p, int[] widths) {
        if (p.kind() == Kind.TITLE) {
            return 26;
        }
        if (p.kind() == Kind.BLOCK_TITLE) {
            // Spills over the empty cells to its right; never wraps.
            return 22;
        }
        if (!(p.value() instanceof String s) || s.isEmpty() || p.kind() == Kind.ID) {
            return 0;
        }
        int available = 0;
        for (int c = p.col(); c <= p.lastCol() && c < widths.length; c++) {
            available += widths[c];
        }
        available = Math.max(4, available - 2);
        int lines = 0;
        for (String line : s.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(TextWidth.of(line) / (double) available));
        }
        return lines <= 1 ? 0 : lines * LINE_POINTS + 4;
    }

    private static XSSFCellStyle style(Kind kind, XlsxStyles s) {
        return switch (kind) {
            case TITLE -> s.title;
            case INTRO -> s.intro;
            case BLOCK_TITLE -> s.blockTitle;
            case HEADER -> s.header;
            case BODY -> s.body;
            case KEY -> s.key;
            case ID -> s.id;
            case STATUS -> s.status;
            case DATE -> s.date;
        };
    }

    private void pictures(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Picture p : pictures) {
            int index = sheet.getWorkbook().addPicture(p.image().png(), Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(p.col());
            anchor.setRow1(p.row());
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            // Charts are drawn at a multiple of their printed size for sharpness: show them at the printed size.
            drawing.createPicture(anchor, index).resize(printedScale(p.image()));
        }
    }

    /** The block's size in pixels over the PNG's own width (read from its IHDR chunk). */
    static double printedScale(ImageBlock image) {
        byte[] png = image.png();
        if (png.length < 24 || image.widthPx() <= 0) {
            return 1.0;
        }
        int pngWidth = ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF);
        return pngWidth <= 0 ? 1.0 : Math.min(1.0, image.widthPx() / (double) pngWidth);
    }

    private void tableFeatures(XSSFSheet sheet) {
        if (tableHeaderRow >= 0) {
            sheet.createFreezePane(0, tableHeaderRow + 1);
            int firstCol = checklistFirst >= 0 ? 0 : 1;
            sheet.setAutoFilter(new CellRangeAddress(tableHeaderRow, tableLastRow, firstCol, tableLastCol));
            sheet.setRepeatingRows(new CellRangeAddress(tableHeaderRow, tableHeaderRow, -1, -1));
        } else {
            // No table: nothing belongs at the top of every page.
            sheet.createFreezePane(0, 1);
        }
    }

    static void printSetup(XSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }

    private void statusColumn(XSSFSheet sheet, StatusRange range) {
        CellRangeAddressList where = new CellRangeAddressList(range.firstRow(), range.lastRow(), STATUS_COLUMN, STATUS_COLUMN);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] choices = Arrays.stream(ChecklistStatus.values()).map(s -> s.label().get(locale)).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices), where);
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(HandoverText.CHECK_STATUS.get(locale), String.join(" / ", choices));
        sheet.addValidationData(validation);

        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule done = rule(cf, ChecklistStatus.DONE, "C6EFCE", "006100");
        ConditionalFormattingRule open = rule(cf, ChecklistStatus.OPEN, "FFEB9C", "9C5700");
        ConditionalFormattingRule na = rule(cf, ChecklistStatus.NOT_APPLICABLE, "EDEDED", "7F7F7F");
        cf.addConditionalFormatting(new CellRangeAddress[] {
                new CellRangeAddress(range.firstRow(), range.lastRow(), STATUS_COLUMN, STATUS_COLUMN)},
                new ConditionalFormattingRule[] {done, open, na});
    }

    private ConditionalFormattingRule rule(SheetConditionalFormatting cf, ChecklistStatus status, String fill, String font) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + status.label().get(locale) + "\"");
        var pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(new XSSFColor(hex(fill), null));
        pattern.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColor(new XSSFColor(hex(font), null));
        return rule;
    }

    private static byte[] hex(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
