package dev.mailbench.host.handover.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.mailbench.host.handover.HandoverAssembler;
import dev.mailbench.host.handover.HandoverDocument;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.HandoverTemplates;
import dev.mailbench.host.handover.TestContributor;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.handover.OfficeFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The generated sheets streamed into the saved file give the very workbook POI's tree of the same rows and cells
 * gave ({@link TreeSheetOutput}, the export before the streaming): every part byte for byte, but the timestamps of
 * docProps/core.xml.
 */
class StreamedSheetsTest {

    @Test
    void sampleProjectIsByteIdenticalToTheTreeBuiltWorkbook() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Map<String, String> sheets = assertSameParts(sample(locale), locale);
            // the summary's counts were evaluated from the streamed status cells: not every count is 0
            assertThat(sheets.get("xl/worksheets/sheet1.xml")).containsPattern("<f>COUNTIF\\([^<]*</f><v>[1-9]");
        }
    }

    @Test
    void awkwardTextAndEveryBlockShapeAreByteIdenticalToo() throws Exception {
        HandoverDocument sample = sample(Locale.JAPANESE);
        List<HandoverSection> sections = new ArrayList<>(sample.sections());
        sections.add(awkwardSection());
        sections.add(new HandoverSection("pictures", "Pictures only", 950, "", List.of(
                new ImageBlock("one", TestContributor.chartPng(), 480, 200),
                new ImageBlock("", TestContributor.chartPng(), 2000, 100))));
        Map<String, String> fields = new HashMap<>(sample.fields().values());
        fields.remove("document.version");
        HandoverDocument document = new HandoverDocument(Locale.JAPANESE, new DocumentFields(fields), sections,
                List.of());
        Map<String, String> parts = assertSameParts(document, Locale.JAPANESE);
        // the cases this workbook is for did occur
        String all = String.join("\n", parts.values());
        assertThat(all).contains("xml:space=\"preserve\"> leading", "a &amp; &lt;b>", "<mergeCell ", "customHeight",
                "t=\"n\"", "<drawing ", "<rowBreaks", "]]&gt;x]]&gt;", "😀");
        assertThat(parts.keySet()).anyMatch(p -> p.startsWith("xl/drawings/drawing"));
    }

    @Test
    void aTableWithoutColumnsIsExportedLikeWordDoes() throws Exception {
        HandoverDocument sample = sample(Locale.JAPANESE);
        List<HandoverSection> sections = new ArrayList<>(sample.sections());
        // first table of its sheet: it used to become the sheet's filtered table, a range ending before it began
        sections.add(new HandoverSection("no-columns", "No columns", 960, "", List.of(
                new TableBlock("empty header", List.of(), List.of(List.of("ignored"))),
                new TableBlock("after it", List.of("a", "b"), List.of(List.of("1", "2"))))));
        HandoverDocument document = new HandoverDocument(Locale.JAPANESE, sample.fields(), sections, List.of());
        Map<String, String> parts = assertSameParts(document, Locale.JAPANESE);
        // the table after it is its sheet's table: one filtered table more than the sample has
        assertThat(autoFilters(parts)).isEqualTo(autoFilters(assertSameParts(sample, Locale.JAPANESE)) + 1);
    }

    @Test
    void theExportKeepsItsTextsOutOfPoisTableWithThisPoi() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            // else the comparisons above compare POI's table with itself
            assertThat(SharedStrings.streamed(wb).isStreamed()).isTrue();
        }
    }

    private static long autoFilters(Map<String, String> parts) {
        return parts.values().stream().filter(xml -> xml.contains("<autoFilter ref=\"B")).count();
    }

    private static HandoverDocument sample(Locale locale) {
        return new HandoverAssembler().assemble(TestProjects.sample(), TestProjects.xserver("sv1234"), locale,
                List.of(new TestContributor()), "20261130-1", LocalDate.of(2026, 11, 30));
    }

    /** Markup characters, spaces at the ends, line breaks, empty cells, long texts, dates, every block shape. */
    private static HandoverSection awkwardSection() {
        String longText = "長い文なので折り返しますが、アドレスの途中では折り返しません。".repeat(40)
                + " billing@sample-shoji-long-domain.example.co.jp";
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock("記号 <&> \"quoted\" ]]> end", List.of("a & <b> c", " leading and trailing ",
                "tab\there", "line one\nline two\r\nline three", "\t", "]]>x]]>", "絵文字 😀 と 𠮷野家", longText),
                false));
        blocks.add(new TextBlock("", List.of("first", "second <two>", " third"), true));
        blocks.add(new KeyValueBlock("", List.of()));
        blocks.add(new KeyValueBlock("空の値", List.of(new KeyValueBlock.Entry("", ""),
                new KeyValueBlock.Entry("key & <key>", "value\nsecond line"))));
        blocks.add(new KeyValueBlock("多い", IntStream.range(0, 31)
                .mapToObj(i -> new KeyValueBlock.Entry("k" + i, "v-" + i + "@x-y.example")).toList()));
        blocks.add(new TableBlock("short rows and notes", List.of("a", "b", "c"),
                List.of(List.of("1"), List.of("1", "2", "3"), List.of()), List.of("note <one>", "", "note three")));
        blocks.add(new TableBlock("wide", List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7"), List.of(
                IntStream.range(0, 7).mapToObj(i -> "unbreakable-address-number-" + i + "@very-long-host.example.jp")
                        .toList()), List.of("a note on a smaller table")));
        // more rows than the writer's buffer holds
        blocks.add(new TableBlock("many rows", List.of("n", "text", "same"), IntStream.range(0, 1500)
                .mapToObj(i -> List.of(Integer.toString(i), "row " + i + " <&>", "同じ")).toList()));
        blocks.add(new ImageBlock("chart between", TestContributor.chartPng(), 480, 200));
        List<ChecklistItem> items = new ArrayList<>(List.of(
                new ChecklistItem("x.1", "done <item>", ChecklistStatus.DONE, "鈴木 & 佐藤", LocalDate.of(2026, 12, 1), ""),
                new ChecklistItem("x.2", "n/a item", ChecklistStatus.NOT_APPLICABLE, "", null, "why & how"),
                new ChecklistItem("x.3", "open\nitem", ChecklistStatus.OPEN, "", LocalDate.of(1999, 1, 1),
                        " spaced note ")));
        for (int i = 4; i < 400; i++) {
            items.add(new ChecklistItem("x." + i, "item " + i, ChecklistStatus.values()[i % 3], i % 2 == 0 ? "" : "担当",
                    i % 5 == 0 ? LocalDate.of(2027, 1, 1).plusDays(i) : null, i % 7 == 0 ? longText : ""));
        }
        blocks.add(new ChecklistBlock("checks", items));
        blocks.add(new ImageBlock("", TestContributor.chartPng(), 2000, 100));
        blocks.add(new TextBlock("after the last picture", List.of("end"), false));
        return new HandoverSection("awkward", "Awkward <&> section", 900, " intro with spaces ", blocks);
    }

    /** Every part of both workbooks the same; the XML parts returned by name. */
    private static Map<String, String> assertSameParts(HandoverDocument document, Locale locale) throws Exception {
        Map<String, byte[]> tree = OfficeFiles.parts(write(document, locale, new XlsxHandoverWriter(TreeSheetOutput::new, SharedStrings::poi)));
        Map<String, byte[]> streamed = OfficeFiles.parts(write(document, locale, new XlsxHandoverWriter()));
        assertThat(streamed.keySet()).containsExactlyInAnyOrderElementsOf(tree.keySet());
        Map<String, String> xml = new LinkedHashMap<>();
        for (String part : tree.keySet()) {
            if (part.equals("docProps/core.xml")) {
                continue;
            }
            if (part.endsWith(".xml") || part.endsWith(".rels")) {
                String expected = new String(tree.get(part), StandardCharsets.UTF_8);
                String actual = new String(streamed.get(part), StandardCharsets.UTF_8);
                if (!actual.equals(expected)) {
                    // both saved next to the test's classes, to compare with a diff tool
                    Path dir = Files.createDirectories(Path.of("target", "streamed-sheets"));
                    String name = part.replace('/', '_');
                    Files.writeString(dir.resolve("tree-" + locale + "-" + name), expected.replace("><", ">\n<"));
                    Files.writeString(dir.resolve("streamed-" + locale + "-" + name), actual.replace("><", ">\n<"));
                }
                assertThat(actual).as(part).isEqualTo(expected);
                xml.put(part, actual);
            } else {
                assertThat(streamed.get(part)).as(part).isEqualTo(tree.get(part));
            }
        }
        return xml;
    }

    private static byte[] write(HandoverDocument document, Locale locale, XlsxHandoverWriter writer) throws Exception {
        var prepared = writer.prepare(HandoverTemplates.find(HandoverTemplates.Kind.XLSX, locale, Optional.empty()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(prepared, document, out, HandoverExporter.SILENT);
        return out.toByteArray();
    }
}
