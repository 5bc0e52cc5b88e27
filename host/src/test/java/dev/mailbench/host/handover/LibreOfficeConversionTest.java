package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice opens both outputs and converts them to PDF without error; page images are kept in
 * {@code target/handover-preview/} for a human to look at.
 */
class LibreOfficeConversionTest {
    static final Path PREVIEW = Path.of("target", "handover-preview");

    @Test
    void japaneseExportConvertsToPdf() throws Exception {
        convertAndRender(Locale.JAPANESE, "ja");
    }

    @Test
    void englishExportConvertsToPdf() throws Exception {
        convertAndRender(Locale.ENGLISH, "en");
    }

    private static void convertAndRender(Locale locale, String tag) throws Exception {
        Path dir = Files.createDirectories(PREVIEW.resolve(tag)).toAbsolutePath();
        Path docx = dir.resolve("handover-" + tag + "-word.docx");
        Path xlsx = dir.resolve("handover-" + tag + "-excel.xlsx");
        new HandoverExporter().export(new HandoverExporter.Request(TestProjects.sample(), TestProjects.xserver("sv1234"),
                locale, List.of(new TestContributor()), Optional.empty(), docx, xlsx, "20261130-1",
                LocalDate.of(2026, 11, 30)), HandoverExporter.SILENT);
        for (Path file : List.of(docx, xlsx)) {
            Path pdf = LibreOffice.toPdf(file, dir);
            assertThat(Files.size(pdf)).isGreaterThan(10_000);
            List<String> pages = LibreOffice.run(List.of("pdfinfo", pdf.toString()), dir, 60);
            int count = pages.stream().filter(l -> l.startsWith("Pages:"))
                    .map(l -> Integer.parseInt(l.replaceAll("\\D", ""))).findFirst().orElse(0);
            assertThat(count).as("pages of %s", pdf).isGreaterThanOrEqualTo(file.toString().endsWith(".docx") ? 5 : 2);
            String prefix = pdf.toString().replaceAll("\\.pdf$", "");
            LibreOffice.run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", pdf.toString(), prefix), dir, 120);
            assertThat(Files.exists(Path.of(prefix + "-1.png")) || Files.exists(Path.of(prefix + "-01.png"))).isTrue();
        }
    }
}
