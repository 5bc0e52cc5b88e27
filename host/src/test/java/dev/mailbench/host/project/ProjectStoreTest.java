package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void sampleRoundTripsToAnEqualModel() throws Exception {
        ProjectStore.Loaded loaded = store.load(TestFiles.sample());
        assertThat(loaded.migrated()).isFalse();
        assertThat(loaded.project().mailboxes()).hasSize(6);
        assertThat(loaded.project().customer().name()).isEqualTo("株式会社サンプル商事");

        Path copy = dir.resolve("copy.mailbench.json");
        store.save(copy, loaded.project(), loaded.source());
        ProjectStore.Loaded again = store.load(copy);
        assertThat(again.project()).isEqualTo(loaded.project());
        // Same tree too: nothing gained or lost on the way.
        assertThat(again.source()).isEqualTo(loaded.source());
    }

    @Test
    void unknownFieldsSurviveLoadEditSave() throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.mapper().readTree(TestFiles.sample().toFile());
        tree.put("futureTopLevel", "keep me");
        ObjectNode info = (ObjectNode) tree.get("mailboxes").get(0);
        info.putObject("futureMailboxField").put("x", 1);
        ((ObjectNode) tree.get("plugins")).putObject("dns-check").put("known", "a").put("fromNewerPlugin", 42);
        Path file = dir.resolve("p.mailbench.json");
        Files.write(file, ProjectJson.toBytes(tree));

        ProjectStore.Loaded loaded = store.load(file);
        Project edited = loaded.project()
                .withMailboxes(Project.update(loaded.project().mailboxes(), "m-info",
                        m -> m.withQuotaMb(8000)))
                .withMailboxes(Project.remove(Project.update(loaded.project().mailboxes(), "m-info",
                        m -> m.withQuotaMb(8000)), "m-yamada"));
        Map<String, Object> plugins = new LinkedHashMap<>(edited.plugins());
        @SuppressWarnings("unchecked")
        Map<String, Object> dns = new LinkedHashMap<>((Map<String, Object>) plugins.get("dns-check"));
        dns.put("known", "b");
        plugins.put("dns-check", dns);
        edited = edited.withPlugins(plugins);
        store.save(file, edited, loaded.source());

        JsonNode saved = ProjectJson.mapper().readTree(file.toFile());
        assertThat(saved.get("futureTopLevel").asText()).isEqualTo("keep me");
        JsonNode savedInfo = saved.get("mailboxes").get(0);
        assertThat(savedInfo.get("id").asText()).isEqualTo("m-info");
        assertThat(savedInfo.get("quotaMb").asInt()).isEqualTo(8000);
        assertThat(savedInfo.get("futureMailboxField").get("x").asInt()).isEqualTo(1);
        assertThat(saved.get("mailboxes")).hasSize(5);
        assertThat(saved.get("plugins").get("dns-check").get("known").asText()).isEqualTo("b");
        assertThat(saved.get("plugins").get("dns-check").get("fromNewerPlugin").asInt()).isEqualTo(42);
    }

    @Test
    void removedPluginSectionAndOverrideStayRemoved() throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.mapper().readTree(TestFiles.sample().toFile());
        ((ObjectNode) tree.get("plugins")).putObject("old-plugin").put("a", 1);
        ((ObjectNode) tree.get("provider").get("overrides")).put("mailHost", "x.example");
        Path file = dir.resolve("p.mailbench.json");
        Files.write(file, ProjectJson.toBytes(tree));
        ProjectStore.Loaded loaded = store.load(file);
        Project edited = loaded.project().withPlugins(Map.of())
                .withProvider(new dev.mailbench.api.model.ProviderRef("xserver", "sv1234", Map.of()));
        JsonNode saved = store.save(file, edited, loaded.source());
        assertThat(saved.get("plugins").has("old-plugin")).isFalse();
        assertThat(saved.get("provider").get("overrides").size()).isZero();
    }

    @Test
    void syntaxErrorGivesLineAndColumnAndLeavesTheFileAlone() throws Exception {
        String text = Files.readString(TestFiles.sample());
        // Line 5 of the sample: drop the comma at its end.
        String[] lines = text.split("\n", -1);
        assertThat(lines[4]).endsWith(",");
        lines[4] = lines[4].substring(0, lines[4].length() - 1);
        Path file = dir.resolve("broken.mailbench.json");
        Files.writeString(file, String.join("\n", lines));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("プロジェクトファイルを読めません（6行 5列）");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        // And a save onto it is refused: it is not a file this store could read.
        Project project = store.load(TestFiles.sample()).project();
        assertThatThrownBy(() -> new ProjectStore().save(file, project, null))
                .isInstanceOf(ProjectStore.UnreadableTargetException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void typeErrorGivesLineColumnAndPath() throws Exception {
        String text = Files.readString(TestFiles.sample()).replace("\"quotaMb\" : 3000", "\"quotaMb\" : \"lots\"");
        Path file = dir.resolve("typed.mailbench.json");
        Files.writeString(file, text);
        int expectedLine = (int) text.substring(0, text.indexOf("\"lots\"")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(expectedLine);
                    assertThat(e.column()).isGreaterThan(1);
                    assertThat(e.getMessage()).contains("mailboxes[1].quotaMb").contains("型");
                });
    }

    @Test
    void newerSchemaVersionIsRefused() throws Exception {
        String text = Files.readString(TestFiles.sample()).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3");
        Path file = dir.resolve("future.mailbench.json");
        Files.writeString(file, text);
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("新しい MailBench")
                .hasMessageContaining("schema 3");
    }

    @Test
    void notUtf8IsExplained() throws Exception {
        Path file = dir.resolve("sjis.mailbench.json");
        Files.write(file, "{\"customer\":{\"name\":\"サンプル\"}}".getBytes("Shift_JIS"));
        assertThatThrownBy(() -> store.load(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void v1FixtureMigrates() throws Exception {
        ProjectStore.Loaded loaded = store.load(TestFiles.fixture("v1-project.mailbench.json"));
        assertThat(loaded.migrated()).isTrue();
        Project p = loaded.project();
        assertThat(p.schemaVersion()).isEqualTo(2);
        assertThat(p.provider().profileId()).isEqualTo("xserver");
        assertThat(p.provider().serverId()).isEqualTo("sv5678");
        Mailbox info = p.mailbox("m-info").orElseThrow();
        assertThat(info.protocol()).isEqualTo(MailProtocol.POP_KEEP_COPY);
        assertThat(info.quotaMb()).isEqualTo(2000);
        Mailbox tanaka = p.mailbox("m-tanaka").orElseThrow();
        assertThat(tanaka.protocol()).isEqualTo(MailProtocol.POP_DELETE);
        assertThat(tanaka.quotaMb()).isEqualTo(500);
        Mailbox form = p.mailbox("m-form").orElseThrow();
        assertThat(form.protocol()).isEqualTo(MailProtocol.FORWARD_ONLY);
        assertThat(form.quotaMb()).isNull();
        assertThat(p.plugins()).containsKey("mail-design");
        // Nothing lost: the unreadable quota is kept in the tree and written back.
        assertThat(loaded.source().get("mailboxes").get(2).get("quotaV1").asText()).isEqualTo("たくさん");
        assertThat(loaded.source().has("pluginData")).isFalse();
        assertThat(loaded.source().get("mailboxes").get(0).has("leaveCopyOnServer")).isFalse();

        Path file = dir.resolve("migrated.mailbench.json");
        JsonNode written = store.save(file, p, loaded.source());
        assertThat(written.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(written.get("mailboxes").get(2).get("quotaV1").asText()).isEqualTo("たくさん");
        assertThat(store.load(file).project()).isEqualTo(p);
        assertThat(new ProjectValidator().validate(p)).noneMatch(ValidationProblem::isError);
    }

    @Test
    void bakHoldsThePreviousVersion() throws Exception {
        ProjectStore.Loaded loaded = store.load(TestFiles.sample());
        Path file = dir.resolve("b.mailbench.json");
        store.save(file, loaded.project(), loaded.source());
        byte[] first = Files.readAllBytes(file);
        assertThat(ProjectStore.backupOf(file)).doesNotExist();

        Project edited = loaded.project().withCustomer(new dev.mailbench.api.model.Customer("新社名", "", "", "", "", ""));
        store.save(file, edited, loaded.source());
        assertThat(Files.readAllBytes(ProjectStore.backupOf(file))).isEqualTo(first);
        assertThat(store.load(file).project().customer().name()).isEqualTo("新社名");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void ownFileBrokenByAnotherProgramIsSavedOverButItsBytesAreKept() throws Exception {
        ProjectStore.Loaded loaded = store.load(TestFiles.sample());
        Path file = dir.resolve("own.mailbench.json");
        store.save(file, loaded.project(), loaded.source());
        Files.writeString(file, "{ broken by a sync tool", StandardCharsets.UTF_8);

        store.save(file, loaded.project(), loaded.source());
        assertThat(store.load(file).project()).isEqualTo(loaded.project());
        try (var files = Files.list(dir)) {
            Path kept = files.filter(f -> f.getFileName().toString().startsWith("own.mailbench.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(kept)).isEqualTo("{ broken by a sync tool");
        }
    }
}
