package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.host.handover.docx.DocxHandoverWriter;
import dev.mailbench.host.handover.xlsx.XlsxHandoverWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Default templates, user overrides, placeholders split by Word, and templates that must be refused. */
class TemplateTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theShippedTemplatesAreValid(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        var docx = HandoverTemplates.find(HandoverTemplates.Kind.DOCX, locale, Optional.empty());
        var xlsx = HandoverTemplates.find(HandoverTemplates.Kind.XLSX, locale, Optional.empty());
        assertThat(docx.origin()).startsWith("built-in");
        new DocxHandoverWriter().prepare(docx);
        new XlsxHandoverWriter().prepare(xlsx);
    }

    @Test
    void anUnknownPlaceholderIsNamedWithFileAndPlaceAndNothingIsWritten() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        writeDocxWithExtraParagraph(templates.resolve("handover-ja.docx"), "お客様: {{customer.nmae}} 様");
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> export(templates, out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{customer.nmae}}")
                .hasMessageContaining("handover-ja.docx")
                .hasMessageContaining("本文 / body ¶")
                .hasMessageContaining("unknown placeholder");
        assertThat(listFiles(out)).isEmpty();
    }

    @Test
    void aBrokenPlaceholderIsNamedAndNothingIsWritten() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        writeDocxWithExtraParagraph(templates.resolve("handover-ja.docx"), "宛先 {{customer.name 御中");
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> export(templates, out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{customer.name")
                .hasMessageContaining("broken placeholder")
                .satisfies(e -> assertThat(((TemplateException) e).problems()).hasSize(1));
        assertThat(listFiles(out)).isEmpty();
    }

    @Test
    void aBadExcelTemplateIsNamedWithSheetAndCellAndTheWordFileIsNotWrittenEither() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (InputStream in = HandoverTemplates.find(HandoverTemplates.Kind.XLSX, Locale.JAPANESE, Optional.empty()).open();
             XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream o = Files.newOutputStream(templates.resolve("handover-ja.xlsx"))) {
            wb.getSheetAt(0).createRow(30).createCell(2).setCellValue("{{consultant.fax}}");
            wb.write(o);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> export(templates, out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{consultant.fax}}")
                .hasMessageContaining("C31")
                .hasMessageContaining("handover-ja.xlsx");
        assertThat(listFiles(out)).isEmpty();
    }

    @Test
    void withBothTemplatesBadTheWordOneIsReportedAsBeforeAndNoExportThreadIsLeft() throws Exception {
        // Word and Excel are prepared on threads of their own: the error reported must not depend on which ends first
        Path templates = Files.createDirectories(dir.resolve("templates"));
        writeDocxWithExtraParagraph(templates.resolve("handover-ja.docx"), "お客様: {{customer.nmae}} 様");
        try (InputStream in = HandoverTemplates.find(HandoverTemplates.Kind.XLSX, Locale.JAPANESE, Optional.empty()).open();
             XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream o = Files.newOutputStream(templates.resolve("handover-ja.xlsx"))) {
            wb.getSheetAt(0).createRow(30).createCell(2).setCellValue("{{consultant.fax}}");
            wb.write(o);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> export(templates, out))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("{{customer.nmae}}")
                    .hasMessageContaining("handover-ja.docx");
        }
        assertThat(listFiles(out)).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("handover-"));
    }

    @Test
    void aPlaceholderSplitAcrossRunsByWordIsFilled() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (InputStream in = HandoverTemplates.find(HandoverTemplates.Kind.DOCX, Locale.JAPANESE, Optional.empty()).open();
             XWPFDocument doc = new XWPFDocument(in);
             OutputStream o = Files.newOutputStream(templates.resolve("handover-ja.docx"))) {
            XWPFParagraph p = insertBeforeMarker(doc);
            p.createRun().setText("ご担当: {");
            p.createRun().setText("{customer.con");
            var bold = p.createRun();
            bold.setBold(true);
            bold.setText("tactPerson}");
            p.createRun().setText("} 様（{{customer.phone}}）");
            doc.write(o);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        export(templates, out);
        try (InputStream in = Files.newInputStream(out.resolve("a.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("ご担当: 山田 花子（総務部） 様（03-0000-1234）").doesNotContain("{{").doesNotContain("}}");
        }
        assertThat(OfficeFiles.allXml(out.resolve("a.docx"))).doesNotContain("{{");
    }

    @Test
    void aUserTemplateFolderOverridesTheDefaultsFileByFile() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        writeDocxWithExtraParagraph(templates.resolve("handover-ja.docx"), "ブランド専用テンプレート {{consultant.name}}");
        Path out = Files.createDirectories(dir.resolve("out"));
        export(templates, out);
        try (InputStream in = Files.newInputStream(out.resolve("a.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("ブランド専用テンプレート 鈴木 一郎");
        }
        try (InputStream in = Files.newInputStream(out.resolve("a.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("概要");
        }
    }

    @Test
    void userTextThatLooksLikeAPlaceholderIsDefused() throws Exception {
        var p = TestProjects.sample();
        var c = p.customer();
        var tricky = p.withCustomer(new dev.mailbench.api.model.Customer("{{customer.name}} 商店", c.contactPerson(),
                c.phone(), c.email(), c.address(), c.notes()));
        Path out = Files.createDirectories(dir.resolve("out"));
        new HandoverExporter().export(new HandoverExporter.Request(tricky, TestProjects.xserver("sv1"), Locale.JAPANESE,
                List.of(), Optional.empty(), out.resolve("a.docx"), out.resolve("a.xlsx"), "1", LocalDate.of(2026, 1, 5)),
                HandoverExporter.SILENT);
        assertThat(OfficeFiles.allXml(out.resolve("a.docx"))).doesNotContain("{{").contains("{ {customer.name}} 商店");
        assertThat(OfficeFiles.allXml(out.resolve("a.xlsx"))).doesNotContain("{{");
    }

    @Test
    void placeholderScannerTellsBrokenFromUnknown() {
        var scan = Placeholders.scan("A {{customer.name}} B {{ visit.date }} C {{nope}} D {{}} E {{open", "here");
        assertThat(scan.matches()).extracting(Placeholders.Match::name).containsExactly("customer.name", "visit.date");
        assertThat(scan.problems()).extracting(TemplateException.Problem::kind).containsExactly(
                TemplateException.Kind.UNKNOWN, TemplateException.Kind.BROKEN, TemplateException.Kind.BROKEN);
        assertThat(scan.problems()).extracting(TemplateException.Problem::placeholder)
                .containsExactly("{{nope}}", "{{}}", "{{open");
    }

    private void export(Path templates, Path out) throws IOException, TemplateException {
        new HandoverExporter().export(new HandoverExporter.Request(TestProjects.sample(), TestProjects.xserver("sv1234"),
                Locale.JAPANESE, List.of(), Optional.of(templates), out.resolve("a.docx"), out.resolve("a.xlsx"),
                "1", LocalDate.of(2026, 11, 30)), HandoverExporter.SILENT);
    }

    private static void writeDocxWithExtraParagraph(Path target, String text) throws Exception {
        try (InputStream in = HandoverTemplates.find(HandoverTemplates.Kind.DOCX, Locale.JAPANESE, Optional.empty()).open();
             XWPFDocument doc = new XWPFDocument(in);
             OutputStream o = Files.newOutputStream(target)) {
            insertBeforeMarker(doc).createRun().setText(text);
            doc.write(o);
        }
    }

    private static XWPFParagraph insertBeforeMarker(XWPFDocument doc) {
        XWPFParagraph marker = doc.getParagraphs().stream().filter(p -> p.getText().contains("{{sections}}"))
                .findFirst().orElseThrow();
        XmlCursor cursor = marker.getCTP().newCursor();
        try {
            return doc.insertNewParagraph(cursor);
        } finally {
            cursor.dispose();
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
