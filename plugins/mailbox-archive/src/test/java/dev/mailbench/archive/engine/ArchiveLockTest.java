package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveLockTest {

    @Test
    void aSecondExportIntoTheSameArchiveIsRefusedBeforeConnecting(@TempDir Path out) throws Exception {
        ArchiveExporter exporter = new ArchiveExporter(() -> {
            throw new AssertionError("must not connect while another export holds the archive");
        });
        try (FileChannel ch = FileChannel.open(out.resolve(".archive.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var held = ch.lock()) {
            assertThatThrownBy(() -> exporter.export("h", "u", ArchiveExporter.Options.of(out, ArchiveFormat.MBOX),
                    new ArchiveExporter.Progress() { }, () -> false))
                    .isInstanceOf(IOException.class).hasMessageContaining("別のエクスポート");
        }
    }
}
