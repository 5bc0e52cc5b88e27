package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice and poppler as the tests call them: a document converted to PDF the way a customer's office suite
 * prints it, and any tool run with a time limit. Public, as the end-to-end tests on the assembled application
 * (architecture module) use it through the host's test jar.
 */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
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

    public static List<String> run(List<String> command, Path dir, int timeoutSeconds) throws IOException, InterruptedException {
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
