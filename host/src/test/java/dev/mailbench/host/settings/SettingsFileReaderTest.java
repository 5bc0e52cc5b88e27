package dev.mailbench.host.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.project.ProjectJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up reader of settings.json gives what Jackson gives, or leaves the file to Jackson. */
class SettingsFileReaderTest {
    @TempDir
    Path dir;

    private static AppSettings full() {
        return AppSettings.defaults().withLanguage("en").withTheme("dark")
                .withUserTemplateDir("C:\\Users\\田中\\テンプレート \"社内\"")
                .withDefaultProjectDir("/home/tanaka/案件/2026")
                .withDefaultExportDir("")
                .withRecentProjects(List.of("/tmp/a.mailbench.json", "C:\\案件\\b\tc.mailbench.json"))
                .withDisabledPlugins(List.of("archive", "migration"))
                .withPluginValue("dns-check", "resolver", "127.0.0.1")
                .withPluginValue("mailbench.consultant", "name", "山田 \\ 花子\n/\u0001")
                .withWindow("1366x768+0+0", new WindowPlacement(-8, 0, 1366, 728, true))
                .withWindow("1920x1080+1366+0", new WindowPlacement(1500, 40, 1280, 800, false));
    }

    @Test
    void readsWhatTheStoreWritesAsJacksonDoes() throws Exception {
        for (AppSettings settings : List.of(AppSettings.defaults(), full())) {
            byte[] written = ProjectJson.toBytes(settings);
            assertThat(SettingsFileReader.read(written)).hasValue(settings)
                    .hasValue(ProjectJson.mapper().readValue(written, AppSettings.class));
        }
    }

    @Test
    void readsNullsUnknownKeysAndEscapesAsJacksonDoes() throws Exception {
        String json = "{\"language\":null,\"theme\":\"dark\",\"future\":{\"a\":[1,-2,true,false,null,\"x\"]},"
                + "\"recentProjects\":null,\"pluginSettings\":{\"p\":null,\"q\":{\"k\":null,\"u\":\"\\u65e5\\ud83d\\ude00\\/\"}},"
                + "\"windows\":{}} \n";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        AppSettings jackson = ProjectJson.mapper().readValue(bytes, AppSettings.class);
        assertThat(SettingsFileReader.read(bytes)).hasValue(jackson);
        assertThat(jackson.pluginSettings().get("q").get("u")).isEqualTo("日😀/");
    }

    @Test
    void leavesEverythingElseToJackson() {
        List<String> notPlain = List.of(
                "{\"language\": 5}",                                  // Jackson coerces, this reader does not guess
                "{\"windows\": {\"s\": {\"x\": 1.5, \"y\": 0, \"width\": 1, \"height\": 1, \"maximized\": false}}}",
                "{\"windows\": {\"s\": {\"x\": 1, \"y\": 0, \"width\": 1, \"height\": 1}}}",
                "{\"windows\": {\"s\": {\"x\": 99999999999, \"y\": 0, \"width\": 1, \"height\": 1, \"maximized\": false}}}",
                "{\"theme\": \"dark\", \"theme\": \"light\"}",
                "{\"theme\": \"dark\"} }",
                "\uFEFF{\"theme\": \"dark\"}",
                "{\"theme\": \"dark\" /* comment */}",
                "{\"theme\": \"dark\",}",
                "{\"recentProjects\": [\"a\", null]}",
                "{\"theme\": \"da\trk\"}",
                "[]",
                "",
                "{\"theme\": \"dark\"");
        for (String text : notPlain) {
            assertThat(SettingsFileReader.read(text.getBytes(StandardCharsets.UTF_8))).as(text).isEmpty();
        }
        assertThat(SettingsFileReader.read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'})).isEmpty();
    }

    @Test
    void theStoreStillReadsWhatOnlyJacksonReads() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"language\": \"en\", \"windows\": {\"s\": "
                + "{\"x\": 10.0, \"y\": 20, \"width\": 800, \"height\": 600, \"maximized\": false}}}");
        AppSettings read = new SettingsStore(dir).get();
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.windows()).isEqualTo(Map.of("s", new WindowPlacement(10, 20, 800, 600, false)));
    }

    @Test
    void aFileNeitherReadsIsKeptAsideAsBefore() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"theme\": \"dark\", \"theme\": \"light\"}");
        assertThat(new SettingsStore(dir).get()).isEqualTo(AppSettings.defaults());
        assertThat(dir.resolve(SettingsStore.FILE_NAME + ".unreadable")).hasSameTextualContentAs(file);
    }
}
