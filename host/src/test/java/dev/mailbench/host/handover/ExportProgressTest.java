package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.TasksApi.TaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress goes forward to the end; a cancel leaves the previous files exactly as they were. */
class ExportProgressTest {
    @TempDir
    Path dir;

    private HandoverExporter.Request request() {
        return new HandoverExporter.Request(TestProjects.sample(), TestProjects.xserver("sv1234"), Locale.JAPANESE,
                List.of(new TestContributor()), Optional.empty(), dir.resolve("a.docx"), dir.resolve("a.xlsx"), "1",
                LocalDate.of(2026, 11, 30));
    }

    @Test
    void progressIsMonotonicAndReachesTheTotal() throws Exception {
        List<long[]> steps = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        new HandoverExporter().export(request(), new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                steps.add(new long[] {done, total});
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(steps).hasSizeGreaterThan(10);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i)[0]).isGreaterThanOrEqualTo(steps.get(i - 1)[0]);
        }
        long[] last = steps.get(steps.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(messages).contains("利用者と端末", TestContributor.TITLE);
    }

    @Test
    void aCancelDuringTheExcelPartWritesNeitherFile() throws Exception {
        Files.writeString(dir.resolve("a.docx"), "previous");
        boolean[] cancel = {false};
        assertThatThrownBy(() -> new HandoverExporter().export(request(), new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                // The Excel half starts at the midpoint: cancel once the Word document is already built.
                if (done * 2 > total) {
                    cancel[0] = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel[0];
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(dir.resolve("a.docx"))).isEqualTo("previous");
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("a.docx");
        }
    }

    @Test
    void aNewEmptyProjectExportsToo() throws Exception {
        new HandoverExporter().export(new HandoverExporter.Request(dev.mailbench.api.model.Project.empty(),
                TestProjects.xserver(""), Locale.ENGLISH, List.of(), Optional.empty(), dir.resolve("e.docx"),
                dir.resolve("e.xlsx"), null, null), HandoverExporter.SILENT);
        assertThat(OfficeFiles.allXml(dir.resolve("e.docx"))).contains("Sign-off").doesNotContain("{{");
        assertThat(OfficeFiles.allXml(dir.resolve("e.xlsx"))).contains("Summary").doesNotContain("{{");
    }
}
