package dev.mailbench.host.handover.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.host.handover.HandoverAssembler;
import dev.mailbench.host.handover.HandoverDocument;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.HandoverTemplates;
import dev.mailbench.host.handover.TestContributor;
import dev.mailbench.host.handover.TestProjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** A run of sections built on a second thread and spliced in gives the same file as one thread building all. */
class DocxSecondPartTest {

    @Test
    void splitDocumentIsByteIdenticalToOneBuiltWhole() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            HandoverDocument document = new HandoverAssembler().assemble(TestProjects.sample(),
                    TestProjects.xserver("sv1234"), locale, List.of(new TestContributor()), "20261130-1",
                    LocalDate.of(2026, 11, 30));
            // the sample has a picture (the test contributor's chart): the second part must leave it out
            assertThat(DocxPartSplit.of(document.sections(), 1)).isPresent();

            Map<String, byte[]> whole = parts(export(document, locale, Integer.MAX_VALUE));
            Map<String, byte[]> split = parts(export(document, locale, 1));

            assertThat(split.keySet()).containsExactlyElementsOf(whole.keySet());
            String expected = new String(whole.get("word/document.xml"), StandardCharsets.UTF_8);
            String actual = new String(split.get("word/document.xml"), StandardCharsets.UTF_8);
            assertThat(actual).doesNotContain("mailbench-splice").isEqualTo(expected);
            for (String part : whole.keySet()) {
                if (!part.equals("docProps/core.xml")) {
                    assertThat(split.get(part)).as(part).isEqualTo(whole.get(part));
                }
            }
        }
    }

    @Test
    void secondPartIsTheRunClosestToHalfAndHasNoPicture() {
        HandoverSection small = section("a", 10);
        HandoverSection big = section("b", 40);
        HandoverSection withPicture = new HandoverSection("c", "c", 3, "",
                List.of(new ImageBlock("chart", new byte[0], 10, 10)));
        HandoverSection rest = section("d", 30);

        assertThat(DocxPartSplit.of(List.of(small, big, withPicture, rest), 1))
                .contains(new DocxPartSplit.Range(1, 2));
        assertThat(DocxPartSplit.of(List.of(small, withPicture, big, rest), 1))
                .contains(new DocxPartSplit.Range(2, 3));
        assertThat(DocxPartSplit.of(List.of(small, big, withPicture, rest), 1_000)).isEmpty();
        assertThat(DocxPartSplit.of(List.of(withPicture), 1)).isEmpty();
    }

    @Test
    void placeholderThatWasNotSavedAsOneRunParagraphIsRefused() {
        byte[] xml = "<w:body><w:p><w:pPr/><w:r><w:t>tok</w:t></w:r></w:p></w:body>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SplicedDocument.placeholder(xml, "tok")).isInstanceOf(IllegalStateException.class);
        byte[] ok = "<w:body><w:p><w:r><w:t>tok</w:t></w:r></w:p></w:body>".getBytes(StandardCharsets.UTF_8);
        assertThat(SplicedDocument.placeholder(ok, "tok")).containsExactly(8, 44);
    }

    private static HandoverSection section(String id, int paragraphs) {
        List<String> lines = java.util.stream.IntStream.range(0, paragraphs).mapToObj(i -> "line " + i).toList();
        return new HandoverSection(id, id, 1, "", List.of(new TextBlock("", lines, false)));
    }

    private static byte[] export(HandoverDocument document, Locale locale, int minPartWeight) throws Exception {
        DocxHandoverWriter writer = new DocxHandoverWriter(minPartWeight);
        var prepared = writer.prepare(HandoverTemplates.find(HandoverTemplates.Kind.DOCX, locale, Optional.empty()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(prepared, document, out, HandoverExporter.SILENT);
        return out.toByteArray();
    }

    private static Map<String, byte[]> parts(byte[] docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
