package dev.mailbench.architecture.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.cli.MailbenchCommand;
import dev.mailbench.host.handover.HandoverText;
import dev.mailbench.host.handover.LibreOffice;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.handover.TextMetrics;
import dev.mailbench.host.handover.xlsx.ExportedStateSheet;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: the sample's handover documents, exported with the real plugins of {@code dist/plugins} and read
 * as the customer reads them: converted to PDF by LibreOffice, the text taken out with {@code pdftotext
 * -layout}. Every address, host name and date that the files carry must come out on one line, no header word
 * split, no internal id printed; column widths are checked in the files too, so it holds in Word.
 * Lives here, after every plugin module, because it needs what the reactor assembled in {@code dist/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoverReadAsCustomerTest {
    static final Path OUT = Path.of("target", "handover-customer").toAbsolutePath();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern HOST = Pattern.compile("\\b(?:[a-z0-9-]+\\.)+(?:jp|com|test|net|org)\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:January|February|March|April|May|June|July|August"
                    + "|September|October|November|December) \\d{4}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern RULE_ID = Pattern.compile("\\bD-[A-Z]+(?:-[A-Z]+)+\\b");

    @BeforeAll
    void export() throws Exception {
        Path plugins = Path.of(System.getProperty("mailbench.dist", "../dist")).resolve("plugins").toAbsolutePath();
        assertThat(plugins.resolve("mail-design-0.1.0-SNAPSHOT.jar"))
                .as("built by the plugin modules' package phase, before this module's tests").exists();
        Files.createDirectories(OUT);
        for (String lang : List.of("ja", "en")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MailbenchCommand.run(new String[] {"--config-dir", Files.createDirectories(OUT.resolve("config")).toString(),
                    "--plugins-dir", plugins.toString(), "export", TestProjects.sampleFile().toString(), "--lang", lang,
                    "--docx", OUT.resolve("sample-" + lang + ".docx").toString(),
                    "--xlsx", OUT.resolve("sample-" + lang + ".xlsx").toString(), "--doc-version", "20261204-1"},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isZero();
            for (String ext : List.of("docx", "xlsx")) {
                Path pdf = LibreOffice.toPdf(OUT.resolve("sample-" + lang + "." + ext), OUT);
                Path renamed = OUT.resolve("sample-" + lang + "-" + ext + ".pdf");
                Files.move(pdf, renamed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                LibreOffice.run(List.of("pdftotext", "-layout", renamed.toString(),
                        OUT.resolve("sample-" + lang + "-" + ext + ".txt").toString()), OUT, 120);
            }
        }
    }

    /**
     * The printed text, with the non-breaking hyphen Word uses inside addresses read as the hyphen it shows, and
     * without the space pdftotext puts where digits meet 年/月/日 (a change of font, not a line break).
     */
    private static String printed(String lang, String ext) throws Exception {
        return Files.readString(OUT.resolve("sample-" + lang + "-" + ext + ".txt")).replace('\u2011', '-')
                .replaceAll("(\\d) (?=[年月日])", "$1").replaceAll("(?<=[年月]) (?=\\d)", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-docx", "en-docx", "ja-xlsx", "en-xlsx"})
    void everyAddressHostNameAndDateIsPrintedOnOneLine(String which) throws Exception {
        String lang = which.substring(0, 2);
        String ext = which.substring(3);
        String source = ext.equals("docx") ? docxText(lang) : xlsxText(lang);
        String pdf = printed(lang, ext);
        Set<String> facts = new LinkedHashSet<>();
        for (Pattern p : List.of(EMAIL, HOST, DATE)) {
            Matcher m = p.matcher(source);
            while (m.find()) {
                facts.add(m.group());
            }
        }
        assertThat(facts).as("the sample's addresses, host names and dates").hasSizeGreaterThan(10)
                .contains("billing@sample-shoji.test", "sv1234.xserver.jp");
        List<String> broken = new ArrayList<>(facts.stream().filter(f -> !pdf.contains(f)).toList());
        // Every occurrence, not just one: a column's text ending in the first part of an address or date.
        for (String line : pdf.lines().toList()) {
            for (String column : line.trim().split("\\s{2,}")) {
                String[] words = column.split(" ");
                String last = words[words.length - 1].replaceAll("^.*[(（]", "");
                if (last.length() >= 3 && last.matches(".*[@.\\-年月].*") && !facts.contains(last)
                        && facts.stream().anyMatch(f -> f.length() > last.length() && f.startsWith(last))) {
                    broken.add(last + " … in: " + line.trim());
                }
            }
        }
        assertThat(broken).as("printed across a line break in %s", which).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-docx", "en-docx", "ja-xlsx", "en-xlsx"})
    void noTableHeaderWordIsSplit(String which) throws Exception {
        String lang = which.substring(0, 2);
        String ext = which.substring(3);
        List<List<String>> headers = ext.equals("docx") ? docxHeaders(lang) : xlsxHeaders(lang);
        assertThat(headers).isNotEmpty();
        List<String> split = new ArrayList<>();
        Set<String> vocabulary = new java.util.HashSet<>();
        headers.forEach(h -> h.forEach(cell -> vocabulary.addAll(List.of(cell.split("[\\s/()]+")))));
        for (String line : printed(lang, ext).lines().toList()) {
            for (List<String> header : headers) {
                List<String> words = header.stream().flatMap(h -> Stream.of(h.split("[\\s/]+")))
                        .filter(w -> w.matches("[A-Za-z][A-Za-z-]+")).distinct().toList();
                long present = words.stream().filter(w -> Pattern.compile("(?<![A-Za-z])" + Pattern.quote(w) + "(?![A-Za-z])")
                        .matcher(line).find()).count();
                // The printed header line itself: most of its words on one line.
                if (present < 2 || present * 5 < words.size() * 3) {
                    continue;
                }
                for (String token : line.trim().split("\\s+")) {
                    String t = token.replaceAll("[()%:,]", "");
                    for (String w : words) {
                        if (t.length() >= 2 && t.length() < w.length() && w.startsWith(t)
                                && !vocabulary.contains(t) && !w.startsWith(t + "-")) {
                            split.add(which + ": '" + t + "' of '" + w + "' in: " + line.trim());
                        }
                    }
                }
            }
        }
        assertThat(split).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-docx", "en-docx", "ja-xlsx", "en-xlsx"})
    void noInternalIdIsPrinted(String which) throws Exception {
        String lang = which.substring(0, 2);
        String pdf = printed(lang, which.substring(3));
        Set<String> ids;
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            ids = ExportedStateSheet.read(wb).orElseThrow().items().keySet();
        }
        assertThat(ids).as("ids kept for the re-import").hasSizeGreaterThan(20);
        for (String id : ids) {
            assertThat(pdf).as("%s prints the id %s", which, id).doesNotContain(id.substring(0, Math.min(id.length(), 12)));
        }
        assertThat(RULE_ID.matcher(pdf).find()).as("%s prints a rule id", which).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-docx", "en-xlsx"})
    void englishHasNoJapaneseBullets(String which) throws Exception {
        assertThat(printed("en", which.substring(3))).doesNotContain("・");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void wordTableOfContentsListsEverySectionWithItsPage(String lang) throws Exception {
        String pdf = printed(lang, "docx");
        String[] pages = pdf.split("\f");
        String contents = pages[1];
        assertThat(contents).contains(HandoverText.CONTENTS.get(java.util.Locale.forLanguageTag(lang)));
        Matcher entry = Pattern.compile("(?m)^(\\S.*?)\\.{4,}\\s*(\\d+)\\s*$").matcher(contents);
        int entries = 0;
        while (entry.find()) {
            entries++;
            int page = Integer.parseInt(entry.group(2));
            assertThat(pages[page - 1]).as("page %d holds '%s'", page, entry.group(1)).contains(entry.group(1).trim());
        }
        assertThat(entries).isGreaterThanOrEqualTo(6);
    }

    /**
     * The migration plan's steps table: no Latin word (a host name, "IMAP", "mailbench", "DKIM") printed in two
     * pieces. Narrow Japanese cells broke them ("Xse" / "rver") when the check and the rollback had columns of
     * their own and the Latin text was tagged Japanese. A piece is a Latin token of the printed table that is not a
     * word of the table but begins or ends one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void noLatinWordIsBrokenInTheMigrationStepsTable(String lang) throws Exception {
        boolean ja = lang.equals("ja");
        Set<String> words = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable steps = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(ja ? "日時" : "When"))
                    .findFirst().orElseThrow();
            assertThat(steps.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .as("check and rollback are not columns").containsExactly(ja ? new String[] {"日時", "手順", "担当", "状態"}
                            : new String[] {"When", "Step", "Owner", "Status"});
            for (int r = 1; r < steps.getRows().size(); r++) {
                XWPFTableRow row = steps.getRow(r);
                if (row.getTableCells().size() == 1) {
                    assertThat(row.getCell(0).getText()).as("the row under a step, the table's width")
                            .startsWith(ja ? "確認: " : "Check: ").contains(ja ? "切り戻し: " : "Rollback: ");
                    assertThat(row.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(4));
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    Matcher w = LATIN_WORD.matcher(cell.getText().replace('\u2011', '-'));
                    while (w.find()) {
                        words.add(w.group());
                    }
                    // Word reads the language too: Latin letters tagged Japanese may break anywhere.
                    cell.getParagraphs().forEach(p -> p.getRuns().forEach(run -> {
                        var rpr = run.getCTR().getRPr();
                        if (LATIN_WORD.matcher(run.text()).find()) {
                            assertThat(rpr != null && rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0).getVal() : null)
                                    .as("language of '%s'", run.text()).isEqualTo("en-US");
                        }
                    }));
                }
            }
        }
        assertThat(words).as("the table's Latin words").contains("DNS", "TTL", "DKIM", ja ? "Xserver" : "Check");
        String pdf = printed(lang, "docx");
        String title = ja ? "手順と日時" : "Steps and dates";
        int start = pdf.indexOf(title);
        int end = pdf.indexOf(ja ? "コピー見込み" : "Copy estimate", start);
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        List<String> pieces = new ArrayList<>();
        for (String line : pdf.substring(start, end).lines().toList()) {
            Matcher t = LATIN_WORD.matcher(line);
            while (t.find()) {
                String token = t.group();
                if (!words.contains(token) && words.stream().anyMatch(w -> w.length() > token.length()
                        && (w.startsWith(token) || w.endsWith(token)))) {
                    pieces.add("'" + token + "' in: " + line.trim());
                }
            }
        }
        assertThat(pieces).as("Latin words printed in pieces in the steps table (%s)", lang).isEmpty();
    }

    /**
     * An address copied out of the Word file or its PDF is the project's address, byte for byte: real hyphens, not
     * the non-breaking hyphen (U+2011, which a mail program does not read as '-'). Every address of the sample
     * stands whole in a cell of its own, and no such cell holds anything but the plain address.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyAddressCopiesAsTheProjectsAddress(String lang) throws Exception {
        List<String> addresses = new ArrayList<>();
        dev.mailbench.kit.json.Json.mapper().readTree(TestProjects.sampleFile().toFile()).get("mailboxes")
                .forEach(m -> addresses.add(m.get("address").asText()));
        assertThat(addresses).hasSize(6).allMatch(a -> a.contains("-"));
        Set<String> whole = new LinkedHashSet<>();
        List<String> notPlain = new ArrayList<>();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = cell.getText().strip();
                        for (String address : addresses) {
                            if (text.equals(address)) {
                                whole.add(address);
                            } else if (text.replace('\u2011', '-').equals(address)) {
                                notPlain.add(text);
                            }
                        }
                    }
                }
            }
        }
        assertThat(notPlain).as("address cells with another character than the address's own").isEmpty();
        assertThat(whole).as("addresses copyable from a cell of their own").containsExactlyInAnyOrderElementsOf(addresses);
        String pdf = Files.readString(OUT.resolve("sample-" + lang + "-docx.txt"));
        assertThat(addresses).as("addresses as the PDF's text gives them when copied").allMatch(pdf::contains);
    }

    /**
     * Excel's tabs: at most 31 characters and whole words. A name is the sheet's title or block title, or the
     * start of one up to a bracket or a list separator, never "Mail design (protocol, quot".
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void sheetNamesAreShortAndWhole(String lang) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<String> cut = new ArrayList<>();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(10);
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                if (wb.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                    continue;
                }
                Sheet sheet = wb.getSheetAt(i);
                String name = sheet.getSheetName();
                assertThat(name.length()).as(name).isLessThanOrEqualTo(31);
                String base = name.replaceFirst(" \\(\\d+\\)$", "");
                boolean whole = false;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell).strip();
                        whole |= text.equals(base) || text.startsWith(base) && "（( ,、・／/［[".indexOf(text.charAt(base.length())) >= 0;
                    }
                }
                if (!whole) {
                    cut.add(name);
                }
            }
        }
        assertThat(cut).as("sheet names that are not a whole title (%s)", lang).isEmpty();
    }

    /** In the file itself, as Word reads it: a column holding an address or date is at least that wide. */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void wordColumnsHoldTheirAddressesAndDates(String lang) throws Exception {
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            int checked = 0;
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (cell.getCTTc().getTcPr() == null || cell.getCTTc().getTcPr().getTcW() == null) {
                            continue;
                        }
                        int width = ((BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue();
                        String text = cell.getText();
                        Matcher m = Pattern.compile(EMAIL.pattern() + "|" + DATE.pattern()).matcher(text);
                        while (m.find()) {
                            double pt = cell.getParagraphs().get(0).getRuns().stream()
                                    .map(r -> r.getFontSizeAsDouble()).filter(java.util.Objects::nonNull).findFirst().orElse(9.5);
                            double needed = TextMetrics.em(m.group(), false) * pt * 20 + 144;
                            assertThat((double) width).as("%s in a column of %d twips", m.group(), width).isGreaterThanOrEqualTo(needed);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    /** Excel: a column holding an address or date is at least that wide (in widths of the digit 0, about 0.55 em). */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void excelColumnsHoldTheirAddressesAndDates(String lang) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int checked = 0;
            for (Sheet sheet : wb) {
                if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE || wb.getSheetIndex(sheet) == 0) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (isMerged(sheet, cell)) {
                            continue;
                        }
                        String text = formatter.formatCellValue(cell);
                        Matcher m = Pattern.compile(EMAIL.pattern() + "|" + DATE.pattern()).matcher(text);
                        while (m.find()) {
                            double chars = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
                            assertThat(chars).as("%s!%s: %s", sheet.getSheetName(), cell.getAddress(), m.group())
                                    .isGreaterThanOrEqualTo(TextMetrics.em(m.group(), false) / 0.55);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    private static boolean isMerged(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell) && r.getNumberOfCells() > 1);
    }

    private static String docxText(String lang) throws Exception {
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder sb = new StringBuilder();
            doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            for (XWPFTable t : doc.getTables()) {
                sb.append(t.getText()).append('\n');
            }
            return sb.toString().replace('\u2011', '-');
        }
    }

    private static List<List<String>> docxHeaders(String lang) throws Exception {
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader())
                    .map(t -> t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
        }
    }

    private static String xlsxText(String lang) throws Exception {
        DataFormatter formatter = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!sheet.isColumnHidden(cell.getColumnIndex())) {
                            sb.append(formatter.formatCellValue(cell)).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<List<String>> xlsxHeaders(String lang) throws Exception {
        List<List<String>> headers = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(OUT.resolve("sample-" + lang + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    List<String> texts = new ArrayList<>();
                    boolean header = false;
                    for (Cell cell : row) {
                        if (!sheet.isColumnHidden(cell.getColumnIndex())) {
                            texts.add(formatter.formatCellValue(cell));
                        }
                        header |= wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()
                                && cell.getCellStyle().getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND;
                    }
                    if (header && texts.size() > 1) {
                        headers.add(texts);
                    }
                }
            }
        }
        return headers;
    }
}
