package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.sections.HostSections;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports the sample project plus a plugin-like section and reads both files back with POI. */
class HandoverExportTest {
    static final String TEST_SECRET = "S3cret-Testlab-Pw!";

    @TempDir
    static Path dir;
    static Path docx;
    static Path xlsx;
    static HandoverDocument document;

    /** The sample, with a secret where a careless exporter might pick it up (notes, plugin data). */
    static Project sampleWithSecrets() {
        Project p = TestProjects.sample();
        Customer c = p.customer();
        return p.withCustomer(new Customer(c.name(), c.contactPerson(), c.phone(), c.email(), c.address(),
                        c.notes() + " password=" + TEST_SECRET))
                .withPlugins(Map.of("client-setup", Map.of("password", TEST_SECRET)));
    }

    @BeforeAll
    static void export() throws Exception {
        Project project = sampleWithSecrets();
        docx = dir.resolve("out.docx");
        xlsx = dir.resolve("out.xlsx");
        var request = new HandoverExporter.Request(project, TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(new TestContributor()), Optional.empty(), docx, xlsx, "20261130-1", LocalDate.of(2026, 11, 30));
        long start = System.nanoTime();
        HandoverExporter.Result result = new HandoverExporter().export(request, HandoverExporter.SILENT);
        System.out.printf("sample export took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(result.warnings()).isEmpty();
        document = new HandoverAssembler().assemble(project, TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(new TestContributor()), "20261130-1", LocalDate.of(2026, 11, 30));
    }

    @Test
    void sectionsAreOrderedWithPluginsBetweenHostSections() {
        assertThat(document.sections()).extracting(HandoverSection::id)
                .containsExactly("host.overview", "host.mailboxes", "host.devices", "dns", "host.when-mail-stops",
                        HostSections.SIGN_OFF_ID);
    }

    @Test
    void wordHasEveryHeadingAndChecklistItem() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings1 = new ArrayList<>();
            List<String> headings2 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings1.add(p.getText());
                } else if ("Heading2".equals(p.getStyle())) {
                    headings2.add(p.getText());
                }
            }
            assertThat(headings1).containsExactlyElementsOf(document.sections().stream().map(HandoverSection::title).toList());
            List<String> blockTitles = document.sections().stream().flatMap(s -> s.blocks().stream())
                    .map(HandoverBlock::title).filter(t -> !t.isBlank()).toList();
            assertThat(headings2).containsExactlyElementsOf(blockTitles);
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl()).isNotNull();

            // Addresses carry Word's non-breaking hyphen (so they never wrap); it shows as a hyphen.
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText().replace('\u2011', '-');
            for (ChecklistItem item : document.checklistItems()) {
                assertThat(text).contains(item.text());
            }
            assertThat(text).contains("☑").contains("☐").contains("株式会社サンプル商事 御中")
                    .contains("sv1234.xserver.jp").contains("ウェブメール");
        }
    }

    @Test
    void everyBodyRunHasAnEastAsianAndALatinFont() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFRun> runs = new ArrayList<>();
            collectRuns(doc.getBodyElements(), runs);
            assertThat(runs).hasSizeGreaterThan(200);
            for (XWPFRun run : runs) {
                var rpr = run.getCTR().getRPr();
                assertThat(rpr).as("run '%s' has properties", run.text()).isNotNull();
                assertThat(rpr.sizeOfRFontsArray()).as("run '%s' has fonts", run.text()).isPositive();
                assertThat(rpr.getRFontsArray(0).getEastAsia()).as("east-Asian font of '%s'", run.text()).isEqualTo("Yu Gothic");
                assertThat(rpr.getRFontsArray(0).getAscii()).as("Latin font of '%s'", run.text()).isEqualTo("Arial");
            }
        }
    }

    @Test
    void dataTablesRepeatTheirHeaderRow() throws Exception {
        long expected = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof TableBlock || b instanceof ChecklistBlock).count();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            long repeated = doc.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).count();
            assertThat(repeated).isEqualTo(expected);
            for (XWPFTable t : doc.getTables()) {
                if (t.getRow(0).isRepeatHeader()) {
                    assertThat(t.getRows().subList(1, t.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
                }
            }
        }
    }

    @Test
    void footerHasTheVersionAndAPageField() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getFooterList()).isNotEmpty();
            XWPFFooter footer = doc.getFooterList().get(0);
            assertThat(footer.getText()).contains("20261130-1").contains("株式会社サンプル商事");
            assertThat(footer._getHdrFtr().xmlText()).containsPattern("instrText[^>]*>\\s*PAGE\\b");
            assertThat(doc.getHeaderList().get(0).getText()).contains("スズキITサポート");
        }
    }

    @Test
    void wordHasTheChartImage() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).getData()).isEqualTo(TestContributor.chartPng());
        }
    }

    @Test
    void noPlaceholderAndNoSecretAnywhere() throws Exception {
        for (Path file : List.of(docx, xlsx)) {
            for (Map.Entry<String, String> part : OfficeFiles.xmlParts(file).entrySet()) {
                assertThat(part.getValue()).as("%s in %s", part.getKey(), file.getFileName())
                        .doesNotContain("{{").doesNotContain(TEST_SECRET).doesNotContainIgnoringCase("password");
            }
        }
    }

    @Test
    void excelHasASummaryAndOneSheetPerSection() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> visible = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                    visible.add(wb.getSheetName(i));
                }
            }
            // One table per sheet (issue 15): each section's first sheet carries its title, more sheets follow.
            assertThat(visible).hasSizeGreaterThanOrEqualTo(1 + document.sections().size())
                    .containsAll(document.sections().stream().map(HandoverSection::title).toList());
            assertThat(visible.get(0)).isEqualTo("概要");
            assertThat(wb.getSheet("mailbench_export")).isNotNull();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("mailbench_export"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet summary = wb.getSheetAt(0);
            assertThat(cellTexts(summary)).contains("株式会社サンプル商事 御中", "20261130-1", TestContributor.TITLE);
            // The counts are formulas over the section sheets; evaluated at export: 2 済 + 2 未 in the DNS section.
            Row dnsRow = findRow(summary, TestContributor.TITLE);
            assertThat(dnsRow.getCell(1).getCellFormula()).startsWith("COUNTIF(");
            assertThat(dnsRow.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(dnsRow.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(dnsRow.getCell(4).getNumericCellValue()).isEqualTo(4);

            List<String> ids = new ArrayList<>();
            for (String name : visible.subList(1, visible.size())) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(name.length()).isLessThanOrEqualTo(31);
                for (Row row : sheet) {
                    if (row.getCell(0) != null && row.getCell(0).getStringCellValue().contains(".")) {
                        ids.add(row.getCell(0).getStringCellValue());
                    }
                }
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(
                    document.checklistItems().stream().map(ChecklistItem::id).toList());
        }
    }

    @Test
    void checklistSheetsHaveDropDownColoursFreezeFilterAndPrintSetup() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int checked = 0;
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                if (wb.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                    continue;
                }
                PrintSetup ps = sheet.getPrintSetup();
                assertThat(ps.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPaneInformation()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                if (sheet.getDataValidations().isEmpty()) {
                    continue;
                }
                checked++;
                DataValidation v = sheet.getDataValidations().get(0);
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("未", "済", "対象外");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
                assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
                assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules()).isEqualTo(3);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                Row header = findRow(sheet, "ID");
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("項目");
                assertThat(header.getCell(2).getStringCellValue()).isEqualTo("状況");
                assertThat(header.getCell(5).getStringCellValue()).isEqualTo("メモ");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header.getRowNum() + 1));
                // The printed title row is this table's header, and the id column is neither shown nor printed.
                assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
                assertThat(sheet.isColumnHidden(0)).isTrue();
                assertThat(wb.getPrintArea(i)).contains("$B$");
                // The item column fits the longest Japanese item (full-width counted as 2), or wraps beyond 40.
                int longest = 0;
                for (Row row : sheet) {
                    if (row.getRowNum() > header.getRowNum() && row.getCell(1) != null && row.getCell(0) != null
                            && !row.getCell(0).getStringCellValue().isEmpty()) {
                        longest = Math.max(longest, TextWidth.of(row.getCell(1).getStringCellValue()));
                    }
                }
                assertThat(sheet.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(Math.min(longest, 40));
            }
            assertThat(checked).isEqualTo(4);
        }
    }

    static Row findRow(XSSFSheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + firstCell + " in " + sheet.getSheetName());
    }

    static List<String> cellTexts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> texts.add(c.toString())));
        return texts;
    }

    private static void collectRuns(List<IBodyElement> elements, List<XWPFRun> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.addAll(p.getRuns());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collectRuns(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }
}
