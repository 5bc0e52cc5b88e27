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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the sections as WordprocessingML paragraphs and tables straight to the saved {@code word/document.xml},
 * in the very form POI's tree of the same paragraphs, runs and tables saved to (checked byte for byte by
 * {@code DocxSectionWriterTest}): building and saving that tree was most of a large export's time. Pictures are
 * parts of the package with a relationship, so {@link DocxBody} builds them in the document and this writer
 * hands over to the saved picture paragraph where each goes ({@link Pictures#next}).
 */
final class DocxSectionWriter {
    /** Where the document's own saved picture paragraphs go between the streamed sections. */
    interface Pictures {
        /** Writes the saved paragraph of the next picture (its {@link WordXml} was flushed). */
        void next() throws IOException;
    }

    private static final int CONTENT_WIDTH_TWIPS = DocxBody.CONTENT_WIDTH_TWIPS;
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
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    /** Addresses, host names and ISO dates: a line may not break at their hyphens. */
    private static final Pattern KEEP_WHOLE =
            Pattern.compile("[^\\s@]*@[^\\s]+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|\\d{4}-\\d{2}-\\d{2}");
    /** A short table (a setup sheet) stays on one page with its heading. */
    private static final int KEEP_TOGETHER_ROWS = 30;

    private final WordXml xml;
    private final Pictures pictures;
    private final DocxFonts fonts;
    private final Locale locale;
    private final String headingOne;
    private final String headingTwo;
    private final String tint;
    private int bookmarks;

    DocxSectionWriter(WordXml xml, Pictures pictures, DocxFonts fonts, Locale locale, String headingOne,
                      String headingTwo) {
        this.xml = xml;
        this.pictures = pictures;
        this.fonts = fonts;
        this.locale = locale;
        this.headingOne = headingOne;
        this.headingTwo = headingTwo;
        this.tint = DocxBody.tint(fonts.accentColor());
    }

    void section(HandoverSection section) throws IOException {
        bookmarks++;
        paragraph(section.title(), headingOne, bookmarks);
        if (!section.intro().isBlank()) {
            paragraph(section.intro(), null, 0);
        }
        boolean signOff = HostSections.SIGN_OFF_ID.equals(section.id());
        for (HandoverBlock block : section.blocks()) {
            if (!block.title().isBlank()) {
                paragraph(block.title(), headingTwo, 0);
            }
            if (block instanceof TextBlock t) {
                text(t);
            } else if (block instanceof KeyValueBlock kv) {
                keyValues(kv);
            } else if (block instanceof TableBlock t) {
                table(t, signOff);
            } else if (block instanceof ChecklistBlock c) {
                checklist(c);
            } else if (block instanceof ImageBlock) {
                xml.flush();
                pictures.next();
            }
        }
    }

    /** @param bookmark the heading's bookmark number (the table of contents links to it), or 0 */
    private void paragraph(String text, String style, int bookmark) throws IOException {
        xml.start("p");
        if (style != null) {
            xml.start("pPr");
            xml.start("pStyle").attr("val", style).end("pStyle");
            xml.end("pPr");
        }
        run(text, false, null, null, CONTENT_WIDTH_TWIPS, style == null ? BODY_FONT_PT : HEADING_FONT_PT);
        if (bookmark > 0) {
            // POI put the bookmark start "at index 0" of a paragraph that had none: after its run
            xml.start("bookmarkStart").attr("id", bookmark).attr("name", DocxBody.bookmarkName(bookmark))
                    .end("bookmarkStart");
            xml.start("bookmarkEnd").attr("id", bookmark).end("bookmarkEnd");
        }
        xml.end("p");
    }

    /**
     * One run: the fonts, Latin language tag, bold, colour and size, then the text with a break between lines.
     *
     * @param boxTwips the width the text is laid out in; @param fontPt its size: together they tell whether a line
     *                 fits without wrapping (see {@link #line})
     * @param sizePt   an explicit size for the run (a table whose text had to be smaller), or null
     */
    private void run(String text, boolean bold, String color, Double sizePt, double boxTwips, double fontPt)
            throws IOException {
        String cleaned = DocumentText.clean(text);
        xml.start("r");
        xml.start("rPr");
        // Run properties are a choice list in POI's schema: saved in the order they were set (fonts, language,
        // bold; a smaller table's size and the header's white after the text).
        fonts(xml, fonts);
        if (LATIN_LETTER.matcher(cleaned).find()) {
            xml.start("lang").attr("val", DocxFonts.LATIN_LANGUAGE).attr("eastAsia", DocxFonts.EAST_ASIAN_LANGUAGE)
                    .end("lang");
        }
        if (bold) {
            xml.start("b").attr("val", "on").end("b");
        }
        if (sizePt != null) {
            xml.start("sz").attr("val", DocxFonts.halfPoints(sizePt).longValue()).end("sz");
        }
        if (color != null) {
            xml.start("color").attr("val", color).end("color");
        }
        xml.end("rPr");
        int from = 0;
        boolean first = true;
        while (true) {
            int nl = cleaned.indexOf('\n', from);
            String line = nl < 0 ? cleaned.substring(from) : cleaned.substring(from, nl);
            if (!first) {
                xml.start("br").end("br");
            }
            first = false;
            boolean oneLine = TextMetrics.em(line, bold) * fontPt * 20 * TableWidths.SLACK <= boxTwips;
            line(line, oneLine);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        xml.end("r");
    }

    static void fonts(WordXml xml, DocxFonts fonts) throws IOException {
        xml.start("rFonts").attr("ascii", fonts.latin()).attr("hAnsi", fonts.latin()).attr("cs", fonts.latin())
                .attr("eastAsia", fonts.eastAsian()).attr("hint", "eastAsia").end("rFonts");
    }

    /**
     * The text as it is, real hyphens included, when the line fits its box: it cannot wrap, and an address copied
     * out of Word or the PDF is the address (a non-breaking hyphen copies as U+2011 or a control character, and
     * the pasted address does not work). A line that wraps keeps the hyphens inside addresses and host names as
     * Word's non-breaking hyphen: Word and LibreOffice otherwise wrap "billing@sample-" / "shoji.test". That is
     * running text (a reason, a sentence); every address also stands alone in a cell that holds it whole.
     */
    private void line(String line, boolean oneLine) throws IOException {
        if (oneLine || line.indexOf('-') < 0) {
            // cannot wrap, or nothing to keep whole (most cells; the pattern is slow on long lines without an "@")
            t(line);
            return;
        }
        Matcher m = KEEP_WHOLE.matcher(line);
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
                    t(plain.toString());
                    plain.setLength(0);
                    xml.start("noBreakHyphen").end("noBreakHyphen");
                }
                plain.append(parts[i]);
            }
            at = m.end();
        }
        plain.append(line, at, line.length());
        t(plain.toString());
    }

    /** A text element, as {@code XWPFRun.setText} makes it: spaces kept when the text begins or ends with one. */
    private void t(String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        xml.start("t");
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            xml.xmlAttr("space", "preserve");
        }
        xml.text(text).end("t");
    }

    private void text(TextBlock block) throws IOException {
        int n = 0;
        for (String para : block.paragraphs()) {
            xml.start("p");
            if (block.numbered()) {
                n++;
                xml.start("pPr");
                xml.start("ind").attr("left", 425).attr("hanging", 425).end("ind");
                xml.end("pPr");
                run(n + ".\t" + para, false, null, null, CONTENT_WIDTH_TWIPS - 425, BODY_FONT_PT);
            } else {
                run(para, false, null, null, CONTENT_WIDTH_TWIPS, BODY_FONT_PT);
            }
            xml.end("p");
        }
    }

    private void keyValues(KeyValueBlock block) throws IOException {
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
        int count = block.entries().size();
        boolean keepTogether = count <= KEEP_TOGETHER_ROWS;
        startTable(widths);
        for (int i = 0; i < count; i++) {
            KeyValueBlock.Entry e = block.entries().get(i);
            boolean keep = keepTogether && i < count - 1;
            startRow(false, false);
            cell(e.key(), widths[0], tint, true, null, null, keep, null, 0);
            cell(e.value(), widths[1], null, false, null, null, keep, null, 0);
            xml.end("tr");
        }
        if (count == 0) {
            // the row a new POI table starts with, left as it was
            xml.start("tr").start("tc").start("p").end("p").end("tc").end("tr");
        }
        xml.end("tbl");
        spacer();
    }

    private void table(TableBlock block, boolean signatures) throws IOException {
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
        startTable(widths);
        headerRow(header, widths, size);
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String note = block.noteOf(i);
            boolean keep = !note.isBlank();
            startRow(false, signatures);
            for (int c = 0; c < columns; c++) {
                cell(c < r.size() ? r.get(c) : "", widths[c], null, false, null, size, keep, null, 0);
            }
            xml.end("tr");
            if (keep) {
                spanRow(0, note, widths, size);
            }
        }
        xml.end("tbl");
        spacer();
    }

    /**
     * Checkbox, item, status, owner and due date, sized from their content; a note gets a row of its own under
     * its item, the full width of the text columns, instead of a narrow column where it ran to 15 lines.
     */
    private void checklist(ChecklistBlock block) throws IOException {
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
        startTable(widths);
        headerRow(withBox, widths, null);
        for (ChecklistItem item : block.items()) {
            boolean keep = !item.note().isBlank();
            startRow(false, false);
            boolean done = item.status() == ChecklistStatus.DONE;
            boolean na = item.status() == ChecklistStatus.NOT_APPLICABLE;
            cell(done ? "☑" : "☐", widths[0], null, false, "center", null, keep, null, 0);
            cell(item.text(), widths[1], null, false, null, null, keep, null, 0);
            cell(item.status().label().get(locale), widths[2], na ? "F2F2F2" : done ? "E2EFDA" : null, false,
                    "center", null, keep, null, 0);
            cell(item.owner(), widths[3], null, false, null, null, keep, null, 0);
            cell(DocumentFields.formatDate(item.due(), locale), widths[4], null, false, null, null, keep, null, 0);
            xml.end("tr");
            if (keep) {
                spanRow(1, HandoverText.NOTE_ROW.format(locale, item.note()), widths, null);
            }
        }
        xml.end("tbl");
        spacer();
    }

    /** A row under the one before: {@code skip} empty cells, then {@code text} across every column after them. */
    private void spanRow(int skip, String text, int[] widths, Double size) throws IOException {
        startRow(false, false);
        int span = 0;
        for (int c = 0; c < widths.length; c++) {
            if (c < skip) {
                cell("", widths[c], null, false, null, null, false, null, 0);
            } else {
                span += widths[c];
            }
        }
        cell(text, span, "F7F7F7", false, null, size, false, null, widths.length - skip);
        xml.end("tr");
    }

    /** The header repeats on every page and never stays alone at the bottom of one. */
    private void headerRow(List<String> header, int[] widths, Double size) throws IOException {
        startRow(true, false);
        for (int c = 0; c < header.size(); c++) {
            cell(header.get(c), widths[c], fonts.accentColor(), true, null, size, true, "FFFFFF", 0);
        }
        xml.end("tr");
    }

    /** A table laid out to fixed column widths, with a light grid. */
    private void startTable(int[] widths) throws IOException {
        xml.start("tbl");
        xml.start("tblPr");
        xml.start("tblW").attr("w", Integer.toString(sum(widths))).attr("type", "dxa").end("tblW");
        xml.start("tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            xml.start(side).attr("val", "single").attr("sz", 4).attr("space", 0).attr("color", GRID_COLOR).end(side);
        }
        xml.end("tblBorders");
        xml.start("tblLayout").attr("type", "fixed").end("tblLayout");
        xml.start("tblCellMar");
        xml.start("top").attr("type", "dxa").attr("w", 57).end("top");
        xml.start("left").attr("type", "dxa").attr("w", CELL_MARGIN_TWIPS).end("left");
        xml.start("bottom").attr("type", "dxa").attr("w", 57).end("bottom");
        xml.start("right").attr("type", "dxa").attr("w", CELL_MARGIN_TWIPS).end("right");
        xml.end("tblCellMar");
        xml.end("tblPr");
        xml.start("tblGrid");
        for (int w : widths) {
            xml.start("gridCol").attr("w", w).end("gridCol");
        }
        xml.end("tblGrid");
    }

    private void startRow(boolean header, boolean signature) throws IOException {
        xml.start("tr");
        xml.start("trPr");
        if (header) {
            xml.start("tblHeader").attr("val", "on").end("tblHeader");
        }
        xml.start("cantSplit").attr("val", "on").end("cantSplit");
        if (signature) {
            xml.start("trHeight").attr("val", SIGNATURE_ROW_TWIPS).attr("hRule", "atLeast").end("trHeight");
        }
        xml.end("trPr");
    }

    /**
     * @param align     "center" or null; @param size an explicit text size or null
     * @param keepNext  the row stays on the page of the next
     * @param color     the text colour or null; @param gridSpan the columns the cell spans, or 0
     */
    private void cell(String text, int width, String fill, boolean bold, String align, Double size, boolean keepNext,
                      String color, int gridSpan) throws IOException {
        xml.start("tc");
        xml.start("tcPr");
        xml.start("tcW").attr("w", width).attr("type", "dxa").end("tcW");
        if (gridSpan > 0) {
            xml.start("gridSpan").attr("val", gridSpan).end("gridSpan");
        }
        if (fill != null) {
            xml.start("shd").attr("color", "auto").attr("val", "clear").attr("fill", fill).end("shd");
        }
        xml.end("tcPr");
        xml.start("p");
        xml.start("pPr");
        xml.start("pStyle").attr("val", DocxStyles.TABLE_TEXT).end("pStyle");
        if (keepNext) {
            xml.start("keepNext").end("keepNext");
        }
        if (align != null) {
            xml.start("jc").attr("val", align).end("jc");
        }
        xml.end("pPr");
        run(text, bold, color, size, width - 2 * CELL_MARGIN_TWIPS, size != null ? size : TABLE_FONT_PT);
        xml.end("p");
        xml.end("tc");
    }

    /** A small gap after a table so the next heading does not stick to it. */
    private void spacer() throws IOException {
        xml.start("p");
        xml.start("pPr");
        xml.start("spacing").attr("after", 0).end("spacing");
        xml.end("pPr");
        xml.start("r");
        xml.start("rPr");
        fonts(xml, fonts);
        xml.end("rPr");
        xml.end("r");
        xml.end("p");
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
}
