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
            Path pdf = toPdf(file, dir);
            assertThat(Files.size(pdf)).isGreaterThan(10_000);
            List<String> pages = run(List.of("pdfinfo", pdf.toString()), dir, 60);
            int count = pages.stream().filter(l -> l.startsWith("Pages:"))
                    .map(l -> Integer.parseInt(l.replaceAll("\\D", ""))).findFirst().orElse(0);
            assertThat(count).as("pages of %s", pdf).isGreaterThanOrEqualTo(file.toString().endsWith(".docx") ? 5 : 2);
            String prefix = pdf.toString().replaceAll("\\.pdf$", "");
            run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", pdf.toString(), prefix), dir, 120);
            assertThat(Files.exists(Path.of(prefix + "-1.png")) || Files.exists(Path.of(prefix + "-01.png"))).isTrue();
        }
    }

    static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-" + UUID.randomUUID());
        try {
            List<String> out = run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", outDir.toString(), file.toString()), outDir, 300);
            Path pdf = outDir.resolve(file.getFileName().toString().replaceAll("\\.[^.]+$", ".pdf"));
            assertThat(pdf).as("soffice output: %s", out).exists();
            return pdf;
        } finally {
            deleteTree(profile);
        }
    }

    static List<String> run(List<String> command, Path dir, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                lines.addAll(new String(p.getInputStream().readAllBytes()).lines().toList());
            } catch (IOException e) {
                lines.add(e.toString());
            }
        });
        reader.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        reader.join(5000);
        assertThat(finished).as("%s finished in %ds", command.get(0), timeoutSeconds).isTrue();
        assertThat(p.exitValue()).as("%s exit code, output %s", command, lines).isZero();
        return lines;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
