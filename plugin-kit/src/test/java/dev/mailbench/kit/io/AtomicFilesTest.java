package dev.mailbench.kit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void anExistingFileKeepsItsModeAndANewOneIsOwnerOnly() throws IOException {
        Path shared = dir.resolve("shared.mailbench.json");
        AtomicFiles.write(shared, "v1".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(shared, "v2".getBytes(StandardCharsets.UTF_8), dir.resolve("shared.mailbench.json.bak"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared.mailbench.json.bak"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void tempFilesOfAKilledEarlierWriteAreRemovedByTheNextOne() throws IOException {
        Path file = dir.resolve("p.json");
        Path strayTemp = Files.writeString(dir.resolve(".p.json.123456789.tmp"), "half");
        Path strayBackupTemp = Files.writeString(dir.resolve(".p.json.bak.987.tmp"), "half");
        Path someoneElses = Files.writeString(dir.resolve(".p.json.notes.tmp"), "keep");

        AtomicFiles.write(file, "whole".getBytes(StandardCharsets.UTF_8), dir.resolve("p.json.bak"));

        assertThat(strayTemp).doesNotExist();
        assertThat(strayBackupTemp).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(file).hasContent("whole");
    }

    private static long leftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
