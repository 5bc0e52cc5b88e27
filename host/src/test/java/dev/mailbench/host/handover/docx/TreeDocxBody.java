package dev.mailbench.host.handover.docx;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.host.handover.DocumentFields;
import dev.mailbench.host.handover.DocumentText;
import dev.mailbench.host.handover.HandoverText;
import dev.mailbench.host.handover.TableWidths;
import dev.mailbench.host.handover.TextMetrics;
import dev.mailbench.host.handover.sections.HostSections;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The body as the export built it before {@link DocxSectionWriter}: POI's tree of paragraphs, runs and tables,
 * saved by XMLBeans. Kept as the reference the streamed sections must equal byte for byte
 * ({@link DocxSectionWriterTest}); a change to the document's layout changes both.
 */
final class TreeDocxBody {
    /** A4 minus 2 cm margins on each side, in twips: the width tables are laid out to. */
    private static final int CONTENT_WIDTH_TWIPS = 9638;
    private static final int SIGNATURE_ROW_TWIPS = 900;
    private static final String GRID_COLOR = "BFBFBF";
    /** Table text size (see {@link DocxStyles#TABLE_TEXT}). */
    private static final double TABLE_FONT_PT = 9.5;
    /** Left and right cell margin, in twips. */
    private static final int CELL_MARGIN_TWIPS = 72;
    private static final int CHECKBOX_TWIPS = 360;
    /** Body and heading text sizes (the templates' Normal and Heading 1): the largest a line is printed at. */
    private static final double BODY_FONT_PT = 10.5;
    private static final double HEADING_FONT_PT = 16;
    private static final java.util.regex.Pattern LATIN_LETTER = java.util.regex.Pattern.compile("[A-Za-z]");

    private final XWPFDocument doc;
    private final XWPFParagraph marker;
    private final List<XmlObject> trailing = new ArrayList<>();
    private final DocxFonts fonts;
    private final Locale locale;
    private final String headingOne;
    private final String headingTwo;
    private final String tint;
    private int bookmarks;

    TreeDocxBody(XWPFDocument doc, XWPFParagraph marker, DocxFonts fonts, Locale locale) {
        this.doc = doc;
        this.marker = marker;
        this.fonts = fonts;
        this.locale = locale;
        this.headingOne = DocxStyleIds.heading(doc, 1).orElse("Heading1");
        this.headingTwo = DocxStyleIds.heading(doc, 2).orElse("Heading2");
        this.tint = tint(fonts.accentColor());
    }

    /**
     * A table of contents after the cover: one line per section, linked to its heading, with a PAGEREF field
     * for the page. LibreOffice computes those while laying out the pages; Word refreshes them when the file
     * opens ({@code enforceUpdateFields}). Not a TOC field: LibreOffice shows a TOC field's saved text as it
     * is, and we cannot know the page numbers when writing the file.
     */
    void tableOfContents(List<HandoverSection> sections) {
        XWPFParagraph title = newParagraph();
        title.setPageBreak(true);
        title.setSpacingAfter(240);
        XWPFRun t = title.createRun();
        fonts.apply(t);
        t.setBold(true);
        t.setFontSize(16);
        t.setColor(fonts.accentColor());
        t.setText(HandoverText.CONTENTS.get(locale));
        for (int i = 0; i < sections.size(); i++) {
            XWPFParagraph p = newParagraph();
            p.setSpacingAfter(80);
            var tabs = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs();
            var tab = tabs.addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(CONTENT_WIDTH_TWIPS));
            var link = p.getCTP().addNewHyperlink();
            link.setAnchor(bookmarkName(i + 1));
            link.setHistory(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
            appendRun(link.addNewR(), DocumentText.clean(sections.get(i).title()));
            appendRun(link.addNewR(), null).addNewTab();
            var begin = appendRun(link.addNewR(), null).addNewFldChar();
            begin.setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
            var instr = appendRun(link.addNewR(), null).addNewInstrText();
            instr.setStringValue(" PAGEREF " + bookmarkName(i + 1) + " \\h ");
            instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            appendRun(link.addNewR(), null).addNewFldChar()
                    .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            appendRun(link.addNewR(), String.valueOf(i + 2));
            appendRun(link.addNewR(), null).addNewFldChar()
                    .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        }
        doc.enforceUpdateFields();
    }

    private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR appendRun(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r, String text) {
        var rpr = r.addNewRPr();
        var f = rpr.addNewRFonts();
        f.setAscii(fonts.latin());
        f.setHAnsi(fonts.latin());
        f.setEastAsia(fonts.eastAsian());
        if (text != null) {
            var t = r.addNewT();
            t.setStringValue(text);
            t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        }
        return r;
    }

    private static String bookmarkName(int n) {
        return "_TocMb" + n;
    }

    void section(HandoverSection section) throws IOException {
        XWPFParagraph heading = paragraph(section.title(), headingOne);
        bookmarks++;
        var start = heading.getCTP().insertNewBookmarkStart(0);
        start.setId(BigInteger.valueOf(bookmarks));
        start.setName(bookmarkName(bookmarks));
        heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarks));
        if (!section.intro().isBlank()) {
            paragraph(section.intro(), null);
        }
        boolean signOff = HostSections.SIGN_OFF_ID.equals(section.id());
        for (HandoverBlock block : section.blocks()) {
            if (!block.title().isBlank()) {
                paragraph(block.title(), headingTwo);
            }
            if (block instanceof TextBlock t) {
                text(t);
            } else if (block instanceof KeyValueBlock kv) {
                keyValues(kv);
            } else if (block instanceof TableBlock t) {
                table(t, signOff);
            } else if (block instanceof ChecklistBlock c) {
                checklist(c);
            } else if (block instanceof ImageBlock i) {
                image(i);
            }
        }
    }

    /**
     * Takes the marker and whatever the template has after it out of the body, so the sections can be
     * appended: inserting before the marker costs POI a walk over all earlier elements each time, which
     * is quadratic for a 300-mailbox project.
     */
    void begin() {
        int markerPos = doc.getBodyElements().indexOf(marker);
        List<IBodyElement> after = new ArrayList<>(doc.getBodyElements().subList(markerPos + 1, doc.getBodyElements().size()));
        for (IBodyElement e : after) {
            trailing.add(e instanceof XWPFParagraph p ? p.getCTP().copy() : ((XWPFTable) e).getCTTbl().copy());
        }
        for (int i = doc.getBodyElements().size() - 1; i >= markerPos; i--) {
            doc.removeBodyElement(i);
        }
    }

    String trailingXml() {
        StringBuilder sb = new StringBuilder();
        trailing.forEach(x -> sb.append(x.xmlText()));
        return sb.toString();
    }

    /** Puts the template's content that followed the marker back after the sections. */
    void end() {
        for (XmlObject xml : trailing) {
            if (xml instanceof CTP p) {
                doc.createParagraph().getCTP().set(p);
            } else if (xml instanceof CTTbl t) {
                doc.createTable().getCTTbl().set(t);
            }
        }
    }

    private XWPFParagraph newParagraph() {
        return doc.createParagraph();
    }

    private XWPFTable newTable() {
        return doc.createTable();
    }

    private XWPFParagraph paragraph(String text, String style) {
        XWPFParagraph p = newParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        runs(p, text, false, null, CONTENT_WIDTH_TWIPS, style == null ? BODY_FONT_PT : HEADING_FONT_PT);
        return p;
    }

    /**
     * @param boxTwips the width the text is laid out in; @param fontPt its size: together they tell whether a line
     *                 fits without wrapping (see {@link #text(XWPFRun, String, boolean)})
     */
    private void runs(XWPFParagraph p, String text, boolean bold, String color, double boxTwips, double fontPt) {
        String cleaned = DocumentText.clean(text);
        String[] lines = cleaned.split("\n", -1);
        XWPFRun run = p.createRun();
        fonts.apply(run);
        if (LATIN_LETTER.matcher(cleaned).find()) {
            fonts.tagLatin(run);
        }
        if (bold) {
            run.setBold(true);
        }
        if (color != null) {
            run.setColor(color);
        }
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            boolean oneLine = TextMetrics.em(lines[i], bold) * fontPt * 20 * TableWidths.SLACK <= boxTwips;
            text(run, lines[i], oneLine);
        }
    }

    /** Addresses, host names and ISO dates: a line may not break at their hyphens. */
    private static final java.util.regex.Pattern KEEP_WHOLE =
            java.util.regex.Pattern.compile("[^\\s@]*@[^\\s]+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|\\d{4}-\\d{2}-\\d{2}");

    /**
     * The text as it is, real hyphens included, when the line fits its box: it cannot wrap, and an address copied
     * out of Word or the PDF is the address (a non-breaking hyphen copies as U+2011 or a control character, and
     * the pasted address does not work). A line that wraps keeps the hyphens inside addresses and host names as
     * Word's non-breaking hyphen: Word and LibreOffice otherwise wrap "billing@sample-" / "shoji.test". That is
     * running text (a reason, a sentence); every address also stands alone in a cell that holds it whole.
     */
    private static void text(XWPFRun run, String line, boolean oneLine) {
        if (oneLine || line.indexOf('-') < 0) {
            // cannot wrap, or nothing to keep whole (most cells; the pattern is slow on long lines without an "@")
            flush(run, new StringBuilder(line));
            return;
        }
        java.util.regex.Matcher m = KEEP_WHOLE.matcher(line);
        int at = 0;
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            if (m.group().indexOf('-') < 0) {
                continue;
            }
            plain.append(line, at, m.start());
            String[] parts = m.group().split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush(run, plain);
                    run.getCTR().addNewNoBreakHyphen();
                }
                plain.append(parts[i]);
            }
            at = m.end();
        }
        plain.append(line.substring(at));
        flush(run, plain);
    }

    private static void flush(XWPFRun run, StringBuilder text) {
        if (text.length() > 0) {
            run.setText(text.toString(), run.getCTR().sizeOfTArray());
            text.setLength(0);
        }
    }

    private void text(TextBlock block) {
        int n = 0;
        for (String para : block.paragraphs()) {
            XWPFParagraph p = newParagraph();
            if (block.numbered()) {
                n++;
                p.setIndentationLeft(425);
                p.setIndentationHanging(425);
                runs(p, n + ".\t" + para, false, null, CONTENT_WIDTH_TWIPS - 425, BODY_FONT_PT);
            } else {
                runs(p, para, false, null, CONTENT_WIDTH_TWIPS, BODY_FONT_PT);
            }
        }
    }

    private void keyValues(KeyValueBlock block) {
        XWPFTable t = newTable();
        List<List<String>> rows = block.entries().stream().map(e -> List.of(e.key(), e.value())).toList();
        TableWidths.Layout fitted = TableWidths.of(List.of("", ""), rows, CONTENT_WIDTH_TWIPS, 2 * CELL_MARGIN_TWIPS,
                TABLE_FONT_PT);
        // Keys are labels: as wide as the longest one (bold), within 40% of the page; values take the rest.
        int keyWidth = 0;
        for (KeyValueBlock.Entry e : block.entries()) {
            keyWidth = Math.max(keyWidth, (int) Math.ceil(TextMetrics.em(e.key(), true) * TABLE_FONT_PT * 20 * 1.04)
                    + 2 * CELL_MARGIN_TWIPS);
        }
        keyWidth = Math.max(CONTENT_WIDTH_TWIPS * 22 / 100, Math.min(keyWidth, CONTENT_WIDTH_TWIPS * 40 / 100));
        keyWidth = Math.max(keyWidth, Math.min(fitted.twips()[0], CONTENT_WIDTH_TWIPS * 40 / 100));
        int[] widths = {keyWidth, CONTENT_WIDTH_TWIPS - keyWidth};
        layout(t, widths);
        boolean first = true;
        for (KeyValueBlock.Entry e : block.entries()) {
            XWPFTableRow row = first ? t.getRow(0) : t.createRow();
            first = false;
            cells(row, 2);
            row.setCantSplitRow(true);
            cell(row.getCell(0), e.key(), widths[0], tint, true, null);
            cell(row.getCell(1), e.value(), widths[1], null, false, null);
        }
        keepTogether(t);
        spacer();
    }

    private void table(TableBlock block, boolean signatures) {
        List<String> header = block.header();
        List<List<String>> rows = block.rows();
        int columns = header.size();
        if (columns == 0) {
            return;
        }
        TableWidths.Layout fitted = signatures && columns == 4
                ? new TableWidths.Layout(signatureWidths(), TABLE_FONT_PT)
                : TableWidths.of(header, rows, CONTENT_WIDTH_TWIPS, 2 * CELL_MARGIN_TWIPS, TABLE_FONT_PT);
        int[] widths = fitted.twips();
        Double size = fitted.fontPt() < TABLE_FONT_PT ? fitted.fontPt() : null;
        XWPFTable t = newTable();
        layout(t, widths);
        headerRow(t, header, widths, size);
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            XWPFTableRow row = t.createRow();
            cells(row, columns);
            row.setCantSplitRow(true);
            if (signatures) {
                row.setHeight(SIGNATURE_ROW_TWIPS);
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c), c < r.size() ? r.get(c) : "", widths[c], null, false, null, size);
            }
            String note = block.noteOf(i);
            if (!note.isBlank()) {
                keepWithNext(row);
                spanRow(t, 0, note, widths, size);
            }
        }
        spacer();
    }

    /**
     * Checkbox, item, status, owner and due date, sized from their content; a note gets a row of its own under
     * its item, the full width of the text columns, instead of a narrow column where it ran to 15 lines.
     */
    private void checklist(ChecklistBlock block) {
        List<String> header = List.of(HandoverText.CHECK_ITEM.get(locale), HandoverText.CHECK_STATUS.get(locale),
                HandoverText.CHECK_OWNER.get(locale), HandoverText.CHECK_DUE.get(locale));
        List<List<String>> rows = new ArrayList<>();
        for (ChecklistItem item : block.items()) {
            rows.add(List.of(item.text(), item.status().label().get(locale), item.owner(),
                    DocumentFields.formatDate(item.due(), locale)));
        }
        for (ChecklistStatus s : ChecklistStatus.values()) {
            rows.add(List.of("", s.label().get(locale), "", ""));
        }
        int[] text = TableWidths.of(header, rows, CONTENT_WIDTH_TWIPS - CHECKBOX_TWIPS, 2 * CELL_MARGIN_TWIPS,
                TABLE_FONT_PT).twips();
        int[] widths = {CHECKBOX_TWIPS, text[0], text[1], text[2], text[3]};
        List<String> withBox = new ArrayList<>();
        withBox.add("");
        withBox.addAll(header);
        XWPFTable t = newTable();
        layout(t, widths);
        headerRow(t, withBox, widths, null);
        for (ChecklistItem item : block.items()) {
            XWPFTableRow row = t.createRow();
            cells(row, withBox.size());
            row.setCantSplitRow(true);
            boolean done = item.status() == ChecklistStatus.DONE;
            boolean na = item.status() == ChecklistStatus.NOT_APPLICABLE;
            cell(row.getCell(0), done ? "☑" : "☐", widths[0], null, false, ParagraphAlignment.CENTER);
            cell(row.getCell(1), item.text(), widths[1], null, false, null);
            cell(row.getCell(2), item.status().label().get(locale), widths[2], na ? "F2F2F2" : done ? "E2EFDA" : null,
                    false, ParagraphAlignment.CENTER);
            cell(row.getCell(3), item.owner(), widths[3], null, false, null);
            cell(row.getCell(4), DocumentFields.formatDate(item.due(), locale), widths[4], null, false, null);
            if (!item.note().isBlank()) {
                keepWithNext(row);
                noteRow(t, item.note(), widths);
            }
        }
        spacer();
    }

    /** An empty checkbox cell, then the note across the four text columns. */
    private void noteRow(XWPFTable t, String note, int[] widths) {
        spanRow(t, 1, HandoverText.NOTE_ROW.format(locale, note), widths, null);
    }

    /** A row under the one before: {@code skip} empty cells, then {@code text} across every column after them. */
    private void spanRow(XWPFTable t, int skip, String text, int[] widths, Double size) {
        XWPFTableRow row = t.createRow();
        while (row.getTableCells().size() > skip + 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        cells(row, skip + 1);
        row.setCantSplitRow(true);
        int span = 0;
        for (int c = 0; c < widths.length; c++) {
            if (c < skip) {
                cell(row.getCell(c), "", widths[c], null, false, null);
            } else {
                span += widths[c];
            }
        }
        XWPFTableCell noteCell = row.getCell(skip);
        cell(noteCell, text, span, "F7F7F7", false, null, size);
        var tcPr = noteCell.getCTTc().getTcPr();
        (tcPr.isSetGridSpan() ? tcPr.getGridSpan() : tcPr.addNewGridSpan()).setVal(BigInteger.valueOf(widths.length - skip));
    }

    private static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(p -> {
                var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                if (!ppr.isSetKeepNext()) {
                    ppr.addNewKeepNext();
                }
            });
        }
    }

    private void image(ImageBlock block) throws IOException {
        XWPFParagraph p = newParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        // Single, automatic line spacing whatever the template's Normal says: an exact height would clip the picture.
        p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        XWPFRun run = p.createRun();
        fonts.apply(run);
        double maxPoints = CONTENT_WIDTH_TWIPS / 20.0;
        double wPt = Math.max(1, block.widthPx()) * 0.75;
        double hPt = Math.max(1, block.heightPx()) * 0.75;
        if (wPt > maxPoints) {
            hPt = hPt * maxPoints / wPt;
            wPt = maxPoints;
        }
        try (ByteArrayInputStream in = new ByteArrayInputStream(block.png())) {
            run.addPicture(in, XWPFDocument.PICTURE_TYPE_PNG, "image.png", Units.toEMU(wPt), Units.toEMU(hPt));
        } catch (InvalidFormatException e) {
            throw new IOException("image of '" + block.title() + "' is not a PNG", e);
        }
    }

    /** The header repeats on every page and never stays alone at the bottom of one. */
    private void headerRow(XWPFTable t, List<String> header, int[] widths, Double size) {
        XWPFTableRow row = t.getRow(0);
        cells(row, header.size());
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < header.size(); c++) {
            cell(row.getCell(c), header.get(c), widths[c], fonts.accentColor(), true, null, size);
            row.getCell(c).getParagraphs().get(0).getRuns().forEach(r -> r.setColor("FFFFFF"));
        }
        keepWithNext(row);
    }

    private void cell(XWPFTableCell cell, String text, int width, String fill, boolean bold, ParagraphAlignment align) {
        cell(cell, text, width, fill, bold, align, null);
    }

    private void cell(XWPFTableCell cell, String text, int width, String fill, boolean bold, ParagraphAlignment align,
                      Double fontPt) {
        // Directly on the XML: XWPFTableCell.setWidth parses its argument with a regex every call.
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        tcW.setW(BigInteger.valueOf(width));
        tcW.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
        if (fill != null) {
            cell.setColor(fill);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.TABLE_TEXT);
        if (align != null) {
            p.setAlignment(align);
        }
        runs(p, text, bold, null, width - 2 * CELL_MARGIN_TWIPS, fontPt != null ? fontPt : TABLE_FONT_PT);
        if (fontPt != null) {
            p.getRuns().forEach(r -> r.setFontSize(fontPt));
        }
    }

    private static void cells(XWPFTableRow row, int count) {
        while (row.getTableCells().size() < count) {
            row.addNewTableCell();
        }
    }

    private void layout(XWPFTable t, int[] widths) {
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        t.setWidth(Integer.toString(sum(widths)));
        t.setWidthType(TableWidthType.DXA);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        t.setTopBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, GRID_COLOR);
        t.setCellMargins(57, CELL_MARGIN_TWIPS, 57, CELL_MARGIN_TWIPS);
    }

    /** A short table (a setup sheet) stays on one page with its heading: keep-with-next on all but the last row. */
    private static void keepTogether(XWPFTable t) {
        if (t.getRows().size() > 30) {
            return;
        }
        for (int r = 0; r < t.getRows().size() - 1; r++) {
            for (XWPFTableCell cell : t.getRow(r).getTableCells()) {
                cell.getParagraphs().forEach(p -> {
                    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                    if (!ppr.isSetKeepNext()) {
                        ppr.addNewKeepNext();
                    }
                });
            }
        }
    }

    /** A small gap after a table so the next heading does not stick to it. */
    private void spacer() {
        XWPFParagraph p = newParagraph();
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        fonts.apply(r);
    }

    /** Room to sign and date by hand. */
    private static int[] signatureWidths() {
        int w = CONTENT_WIDTH_TWIPS;
        return new int[] {w * 20 / 100, w * 32 / 100, w * 30 / 100, w * 18 / 100};
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }

    /** The accent mixed with white: a light fill for label cells that matches the template's colour. */
    static String tint(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        r = r + (255 - r) * 87 / 100;
        g = g + (255 - g) * 87 / 100;
        b = b + (255 - b) * 87 / 100;
        return String.format("%02X%02X%02X", r, g, b);
    }
}
