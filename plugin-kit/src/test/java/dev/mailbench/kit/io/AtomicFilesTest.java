package dev.mailbench.kit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesNewContentAndKeepsTheOldAsBackup() throws IOException {
        Path file = dir.resolve("sub/project.json");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), dir.resolve("sub/project.json.bak"));

        assertThat(file).hasContent("new");
        assertThat(dir.resolve("sub/project.json.bak")).hasContent("old");
        assertThat(leftovers(dir.resolve("sub"))).isZero();
    }

    @Test
    void streamedContentArrivesWhole() throws IOException {
        Path file = dir.resolve("big.txt");
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertThat(Files.readAllLines(file)).hasSize(100_000).endsWith("line 99999");
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTempFile() throws IOException {
        Path file = dir.resolve("calendar.ics");
        AtomicFiles.write(file, "before".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("before");
        assertThat(leftovers(dir)).isZero();
    }

    private static long leftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
