package dev.mailbench.host.handover.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.host.handover.HandoverAssembler;
import dev.mailbench.host.handover.HandoverDocument;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.HandoverTemplates;
import dev.mailbench.host.handover.TestContributor;
import dev.mailbench.host.handover.TestProjects;
import dev.mailbench.host.handover.OfficeFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The sections streamed into the saved document give the very file POI's tree of the same paragraphs, runs and
 * tables gave ({@link TreeDocxBody}, the export before the streaming): every part byte for byte, but the
 * timestamps of docProps/core.xml.
 */
class DocxSectionWriterTest {

    @Test
    void sampleProjectIsByteIdenticalToTheTreeBuiltDocument() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertSameParts(sample(locale), locale);
        }
    }

    @Test
    void awkwardTextAndEveryBlockShapeAreByteIdenticalToo() throws Exception {
        HandoverDocument sample = sample(Locale.JAPANESE);
        List<HandoverSection> sections = new ArrayList<>(sample.sections());
        sections.add(awkwardSection());
        HandoverDocument document = new HandoverDocument(Locale.JAPANESE, sample.fields(), sections, List.of());
        String xml = assertSameParts(document, Locale.JAPANESE);
        // the cases this document is for did occur
        assertThat(xml).contains("<![CDATA[a<b & c", "]]&gt;", "&lt;two>", "<w:noBreakHyphen/>",
                "<w:t xml:space=\"preserve\"> leading", "<w:t xml:space=\"preserve\">\t</w:t>", "<w:gridSpan",
                "<w:trHeight", "<w:drawing>", "絵文字 😀 と 𠮷野家");
    }

    @Test
    void placeholderSavedInAnotherFormIsRefused() {
        byte[] ok = "<w:body><w:p><w:pPr><w:pStyle w:val=\"tok-0\"/></w:pPr></w:p></w:body>"
                .getBytes(StandardCharsets.UTF_8);
        SplicedDocument.Placeholder found = SplicedDocument.placeholder(ok, "tok-0");
        assertThat(found).isEqualTo(new SplicedDocument.Placeholder(8, 59, "w:", "w:"));
        byte[] withRun = "<w:body><w:p><w:pPr><w:pStyle w:val=\"tok-0\"/></w:pPr><w:r/></w:p></w:body>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SplicedDocument.placeholder(withRun, "tok-0")).isInstanceOf(IllegalStateException.class);
        // "tok-1" is not "tok-10"
        byte[] other = "<p><pPr><pStyle w:val=\"tok-10\"/></pPr></p>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SplicedDocument.placeholder(other, "tok-1")).isInstanceOf(IllegalStateException.class);
        assertThat(SplicedDocument.placeholder(other, "tok-10").elementPrefix()).isEmpty();
    }

    private static HandoverDocument sample(Locale locale) {
        return new HandoverAssembler().assemble(TestProjects.sample(), TestProjects.xserver("sv1234"), locale,
                List.of(new TestContributor()), "20261130-1", LocalDate.of(2026, 11, 30));
    }

    /** Markup characters, CDATA-sized text, spaces at the ends, line breaks, hyphens to keep, every table shape. */
    private static HandoverSection awkwardSection() {
        String many = "a<b & c<d & e<f & g<h & i<j & k<l: more than five, longer than 32 characters";
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock("記号 <&> \"quoted\" ]]> end", List.of(many, " leading and trailing ", "tab\there",
                "line one\nline two\r\nline three", "絵文字 😀 と 𠮷野家", "]]>x]]>", "\t", "a]]>b<c&d&e&f&g&h long enough to be CDATA here",
                "送信者 billing@sample-shoji-long-domain.example.co.jp と mail-01.sample-shoji.test、2026-12-10 まで。"
                        + "長い文なので折り返しますが、アドレスの途中では折り返しません。ハイフン-付き-の語も。"),
                false));
        blocks.add(new TextBlock("", List.of("first", "second <two>", " third"), true));
        blocks.add(new KeyValueBlock("", List.of()));
        blocks.add(new KeyValueBlock("空の値", List.of(new KeyValueBlock.Entry("", ""),
                new KeyValueBlock.Entry("key & <key>", "value\nsecond line"))));
        blocks.add(new KeyValueBlock("多い", IntStream.range(0, 31)
                .mapToObj(i -> new KeyValueBlock.Entry("k" + i, "v-" + i + "@x-y.example")).toList()));
        blocks.add(new TableBlock("no columns", List.of(), List.of(List.of("ignored"))));
        blocks.add(new TableBlock("short rows and notes", List.of("a", "b", "c"),
                List.of(List.of("1"), List.of("1", "2", "3"), List.of()), List.of("note <one>", "", "note three")));
        blocks.add(new TableBlock("wide", List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7"), List.of(
                IntStream.range(0, 7).mapToObj(i -> "unbreakable-address-number-" + i + "@very-long-host.example.jp")
                        .toList()), List.of("a note on a smaller table")));
        blocks.add(new ImageBlock("chart between", TestContributor.chartPng(), 480, 200));
        blocks.add(new ChecklistBlock("checks", List.of(
                new ChecklistItem("x.1", "done <item>", ChecklistStatus.DONE, "鈴木 & 佐藤", LocalDate.of(2026, 12, 1), ""),
                new ChecklistItem("x.2", "n/a item", ChecklistStatus.NOT_APPLICABLE, "", null, "why & how"),
                new ChecklistItem("x.3", "open\nitem", ChecklistStatus.OPEN, "", null, " spaced note "))));
        blocks.add(new ImageBlock("", TestContributor.chartPng(), 2000, 100));
        blocks.add(new TextBlock("after the last picture", List.of("end"), false));
        return new HandoverSection("awkward", "Awkward <&> section", 900, " intro with spaces ", blocks);
    }

    private static String assertSameParts(HandoverDocument document, Locale locale) throws Exception {
        Map<String, byte[]> tree = OfficeFiles.parts(treeBuilt(document, locale));
        Map<String, byte[]> streamed = OfficeFiles.parts(streamed(document, locale));
        assertThat(streamed.keySet()).containsExactlyElementsOf(tree.keySet());
        String expected = new String(tree.get("word/document.xml"), StandardCharsets.UTF_8);
        String actual = new String(streamed.get("word/document.xml"), StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            // both saved next to the test's classes, to compare with a diff tool
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "section-writer"));
            java.nio.file.Files.writeString(dir.resolve("tree-" + locale + ".xml"), expected.replace("><", ">\n<"));
            java.nio.file.Files.writeString(dir.resolve("streamed-" + locale + ".xml"), actual.replace("><", ">\n<"));
        }
        assertThat(actual).doesNotContain("mailbench-sections").isEqualTo(expected);
        for (String part : tree.keySet()) {
            if (!part.equals("docProps/core.xml")) {
                assertThat(streamed.get(part)).as(part).isEqualTo(tree.get(part));
            }
        }
        return actual;
    }

    private static byte[] streamed(HandoverDocument document, Locale locale) throws Exception {
        DocxHandoverWriter writer = new DocxHandoverWriter();
        var prepared = writer.prepare(template(locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(prepared, document, out, HandoverExporter.SILENT);
        return out.toByteArray();
    }

    /** The export as it was: every section built in POI's tree, saved by XMLBeans. */
    private static byte[] treeBuilt(HandoverDocument document, Locale locale) throws Exception {
        HandoverTemplates.Template template = template(locale);
        SplicedDocument doc = new SplicedDocument(template.open());
        XWPFParagraph marker = DocxPlaceholderFiller.validate(doc, template.describe());
        DocxFonts fonts = DocxFonts.fromTemplate(doc);
        DocxStyles.ensure(doc, fonts);
        DocxPlaceholderFiller.fill(doc, document.fields());
        TreeDocxBody body = new TreeDocxBody(doc, marker, fonts, locale);
        body.begin();
        body.tableOfContents(document.sections());
        for (HandoverSection section : document.sections()) {
            body.section(section);
        }
        body.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static HandoverTemplates.Template template(Locale locale) throws Exception {
        return HandoverTemplates.find(HandoverTemplates.Kind.DOCX, locale, Optional.empty());
    }
}
