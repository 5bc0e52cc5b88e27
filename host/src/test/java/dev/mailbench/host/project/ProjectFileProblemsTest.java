package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.host.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken project files as a new user makes them (issue 19): each is refused with the line and column an editor
 * shows, and the words say what is wrong; saves keep the file's mode and tidy their own leftovers.
 */
class ProjectFileProblemsTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String sample() throws Exception {
        return Files.readString(TestFiles.sample());
    }

    private static int lineOf(String text, String marker) {
        return (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The column of {@code marker} in its line, in characters (as an editor counts). */
    private static int columnOf(String text, String marker) {
        int at = text.indexOf(marker);
        String line = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
        return line.codePointCount(0, line.length()) + 1;
    }

    @Test
    void aFileThatIsNoProjectSaysWhatItIsNotAndWhatToDo() throws Exception {
        for (String other : java.util.List.of("vm.swappiness=10\n", "# MailBench\n\nREADME", "[1, 2]", "{\"foo\": 1}")) {
            Path file = write("other.mailbench.json", other.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> store.load(file)).as(other).isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining("MailBench のプロジェクトファイルではありません")
                    .hasMessageContaining("*.mailbench.json")
                    .hasMessageNotContaining("Unrecognized token").hasMessageNotContaining("Unexpected character");
        }
    }

    @Test
    void textAfterTheEndOfTheJsonIsRefusedWhereItStarts() throws Exception {
        String text = sample() + "\n}}}garbage";
        Path file = write("junk.mailbench.json", text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(lineOf(text, "}}}garbage"));
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.getMessage()).contains("余分な文字").contains("more text after the end of the JSON");
        });
        // Another value after the project is no different.
        Path twice = write("twice.mailbench.json", (sample() + "{}").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(twice)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.line()).isGreaterThan(1));
    }

    @Test
    void aBadSchemaVersionIsReportedAtItsValue() throws Exception {
        String text = sample().replace("\"schemaVersion\" : 2", "\"schemaVersion\" : \"zwei\"");
        Path file = write("version.mailbench.json", text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(columnOf(text, "\"zwei\""));
            assertThat(e.getMessage()).contains("schemaVersion");
        });
        String newer = sample().replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 99");
        Path future = write("future.mailbench.json", newer.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(future)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void shiftJisIsNamedWithThePlaceOfTheFirstJapaneseCharacter() throws Exception {
        String text = sample();
        Path file = write("sjis.mailbench.json", text.getBytes(Charset.forName("windows-31j")));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(lineOf(text, "株式会社サンプル商事"));
            assertThat(e.column()).isEqualTo(columnOf(text, "株式会社サンプル商事"));
            assertThat(e.getMessage()).contains("UTF-8 ではありません（Shift_JIS？）")
                    .contains("This file is not UTF-8 (Shift_JIS?)");
        });
    }

    @Test
    void otherBytesThatAreNotUtf8AreLocatedWithoutGuessingShiftJis() throws Exception {
        String text = sample();
        int at = text.indexOf("お名前.com");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        // 0xFF 0xFE is neither UTF-8 nor Shift_JIS.
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
        Path file = write("bad-bytes.mailbench.json", bytes.toByteArray());
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(lineOf(text, "お名前.com"));
            assertThat(e.column()).isEqualTo(columnOf(text, "お名前.com"));
            assertThat(e.getMessage()).contains("UTF-8 ではありません").doesNotContain("Shift_JIS");
        });
    }

    @Test
    void aNestingTooDeepIsLocated() throws Exception {
        String deep = "{\n  \"schemaVersion\" : 2,\n  \"plugins\" : { \"x\" : " + "[".repeat(1500) + "]".repeat(1500) + " }\n}\n";
        Path file = write("deep.mailbench.json", deep.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isGreaterThan(1000);
            assertThat(e.getMessage()).contains("nesting depth");
        });
    }

    @Test
    void columnsCountCharactersNotBytes() throws Exception {
        // A missing comma after a Japanese value: the column is where an editor puts the cursor.
        String text = sample().replace("\"name\" : \"株式会社サンプル商事\",", "\"name\" : \"株式会社サンプル商事\"");
        Path file = write("comma.mailbench.json", text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.line()).isEqualTo(lineOf(text, "\"contactPerson\""));
            assertThat(e.column()).isEqualTo(columnOf(text, "\"contactPerson\""));
        });
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.mailbench.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ProjectStore.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> store.load(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("大きすぎます").hasMessageContaining("32 MB").hasMessageContaining("too large");
        assertThatThrownBy(() -> ProjectStore.parse(file, new byte[(int) ProjectStore.MAX_FILE_BYTES + 1]))
                .hasMessageContaining("too large");
    }

    @Test
    void aSaveKeepsTheModeOfTheFileAndNewFilesAreOwnerOnly() throws Exception {
        Path file = dir.resolve("shared.mailbench.json");
        Files.copy(TestFiles.sample(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ProjectStore.Loaded loaded = store.load(file);
        store.save(file, loaded.project().withCustomer(new dev.mailbench.api.model.Customer("変更後", "", "", "", "", "")),
                loaded.source());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

        Path fresh = dir.resolve("new.mailbench.json");
        store.save(fresh, loaded.project(), null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
    }

    @Test
    void aSaveRemovesTempFilesAKilledSaveLeftBehind() throws Exception {
        Path file = dir.resolve("x.mailbench.json");
        Files.copy(TestFiles.sample(), file);
        Path staleBackupTemp = Files.writeString(dir.resolve(".x.mailbench.json.bak.4711.tmp"), "half a backup");
        Path staleTemp = Files.writeString(dir.resolve(".x.mailbench.json.815.tmp"), "half a project");
        Path notOurs = Files.writeString(dir.resolve(".x.mailbench.json.notes.tmp"), "someone else's");

        ProjectStore.Loaded loaded = store.load(file);
        store.save(file, loaded.project(), loaded.source());

        assertThat(staleBackupTemp).doesNotExist();
        assertThat(staleTemp).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(ProjectStore.backupOf(file)).exists();
    }
}
