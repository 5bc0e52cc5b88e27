package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.host.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's Jackson-free project reader gives the project Jackson's binding gives, or leaves the file to it. */
class ProjectFileReaderTest {
    @TempDir
    Path dir;

    private static Optional<Project> jackson(byte[] bytes) {
        try {
            return Optional.of(ProjectJson.mapper().readValue(bytes, Project.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every field of the model, with values of every kind a plugin's section holds. */
    static Project everything() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("text", "旧プロバイダ \"A\"\n\t\\");
        section.put("whole", 993);
        section.put("large", 3_000_000_000L);
        section.put("fraction", 12.75);
        section.put("flags", Arrays.asList(true, false, null));
        section.put("nested", Map.of("empty", Map.of(), "list", List.of()));
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("imapHost", "sv1234.xserver.jp");
        overrides.put("cleared", null);
        return new Project(Project.CURRENT_SCHEMA_VERSION,
                new Customer("株式会社 東海商事", "田中", "052-000-0000", "info@tokai.example", "名古屋市", "メモ\n二行目"),
                new Consultant("山田", "MB 合同会社", "yamada@mb.example", "090"),
                List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 15)),
                new ProviderRef("xserver", "sv1234", overrides),
                List.of(new Domain("d1", "tokai.example", "Xserver", "Xserver", "お名前.com", "")),
                List.of(new Mailbox("m1", "info@tokai.example", "代表", MailboxRole.REPRESENTATIVE, MailProtocol.IMAP,
                                2048, List.of("a@tokai.example", "b@tokai.example"),
                                new AutoReply(true, "不在", "本文", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4)),
                                "n"),
                        new Mailbox("m2", "form@tokai.example", "", MailboxRole.FORM, MailProtocol.FORWARD_ONLY, null,
                                List.of(), AutoReply.OFF, "")),
                List.of(new Person("p1", "田中 一郎", "総務", "tanaka@tokai.example", "")),
                List.of(new Device("dv1", "田中さんの iPhone", "p1", ClientKind.IPHONE,
                        List.of(new MailboxUse("m1", DeviceRole.KEEPER), new MailboxUse("m2", DeviceRole.VIEWER)), "")),
                List.of(new ChecklistState("mx", ChecklistStatus.DONE, "山田", LocalDate.of(2026, 12, 4), "確認済",
                                Instant.parse("2026-12-04T01:02:03Z")),
                        new ChecklistState("spf", ChecklistStatus.NOT_APPLICABLE, "", null, "",
                                Instant.parse("2026-12-04T01:02:03.123456789Z")),
                        new ChecklistState("dkim", ChecklistStatus.OPEN, "", null, "", null)),
                Map.of("migration", section));
    }

    @Test
    void readsWhatTheStoreWritesAsJacksonDoes() throws Exception {
        for (Project project : List.of(Project.empty(), everything())) {
            byte[] written = ProjectJson.toBytes(project);
            assertThat(ProjectFileReader.read(written)).hasValue(project).isEqualTo(jackson(written));
        }
        byte[] sample = Files.readAllBytes(TestFiles.sample());
        assertThat(ProjectFileReader.read(sample)).isPresent().isEqualTo(jackson(sample));
    }

    @Test
    void skipsUnknownFieldsAndNullsAsJacksonDoes() throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.mapper().readTree(ProjectJson.toBytes(everything()));
        tree.put("futureTopLevel", "x");
        tree.putNull("customer");
        tree.putNull("domains");
        ((ObjectNode) tree.get("mailboxes").get(0)).putObject("futureField").put("a", 1);
        ((ObjectNode) tree.get("mailboxes").get(0)).remove("autoReply");
        ((ObjectNode) tree.get("mailboxes").get(1)).putNull("role");
        ((ObjectNode) tree.get("checklist").get(0)).remove("status");
        byte[] bytes = ProjectJson.toBytes(tree);
        Optional<Project> read = ProjectFileReader.read(bytes);
        assertThat(read).isPresent().isEqualTo(jackson(bytes));
        assertThat(read.get().mailboxes().get(1).role()).isEqualTo(MailboxRole.OTHER);
    }

    @Test
    void leavesToJacksonWhatItWouldCoerceMigrateOrRefuse() throws Exception {
        String base = new String(ProjectJson.toBytes(everything()), StandardCharsets.UTF_8);
        Map<String, String[]> edits = new LinkedHashMap<>();
        edits.put("an older schema (migrated by Jackson's path)", new String[] {"\"schemaVersion\" : 2", "\"schemaVersion\" : 1"});
        edits.put("a newer schema (refused)", new String[] {"\"schemaVersion\" : 2", "\"schemaVersion\" : 3"});
        edits.put("a number for a quota as text", new String[] {"\"quotaMb\" : 2048", "\"quotaMb\" : \"2048\""});
        edits.put("a quota with a fraction", new String[] {"\"quotaMb\" : 2048", "\"quotaMb\" : 2048.5"});
        edits.put("a number where text belongs", new String[] {"\"phone\" : \"090\"", "\"phone\" : 90"});
        edits.put("an unknown constant", new String[] {"\"role\" : \"FORM\"", "\"role\" : \"form\""});
        edits.put("a date in another form", new String[] {"\"2026-12-03\"", "\"2026/12/03\""});
        edits.put("a date that does not exist", new String[] {"\"2026-12-03\"", "\"2026-02-30\""});
        edits.put("an instant with an offset", new String[] {"\"2026-12-04T01:02:03Z\"", "\"2026-12-04T10:02:03+09:00\""});
        edits.put("a null in a list", new String[] {"\"a@tokai.example\", ", "null, "});
        edits.put("an object where a list belongs", new String[] {"\"forwardTo\" : [", "\"forwardTo\" : {\"x\": ["});
        edits.put("a key written twice", new String[] {"\"schemaVersion\" : 2,", "\"schemaVersion\" : 2, \"schemaVersion\" : 2,"});
        edits.put("enabled as text", new String[] {"\"enabled\" : true", "\"enabled\" : \"true\""});
        for (Map.Entry<String, String[]> edit : edits.entrySet()) {
            assertThat(base).as(edit.getKey()).contains(edit.getValue()[0]);
            String text = base.replaceFirst(java.util.regex.Pattern.quote(edit.getValue()[0]),
                    java.util.regex.Matcher.quoteReplacement(edit.getValue()[1]));
            assertThat(ProjectFileReader.read(text.getBytes(StandardCharsets.UTF_8))).as(edit.getKey()).isEmpty();
        }
    }

    /** The dates and instants the reader takes apart itself (not with DateTimeFormatter) are Jackson's values. */
    @Test
    void datesAndInstantsAreJacksonsValues() {
        String base = new String(ProjectJson.toBytes(everything()), StandardCharsets.UTF_8);
        List<String> dates = List.of("2026-12-03", "0000-01-01", "9999-12-31", "2024-02-29", "2000-02-29",
                "2100-02-28", "2026-01-31", "2026-04-30", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01",
                "2026-00-10", "2026-01-00");
        int readByBoth = 0;
        for (String date : dates) {
            byte[] bytes = base.replace("\"2026-12-03\"", "\"" + date + "\"").getBytes(StandardCharsets.UTF_8);
            Optional<Project> plain = ProjectFileReader.read(bytes);
            assertThat(plain).as(date).isEqualTo(jackson(bytes));
            readByBoth += plain.isPresent() ? 1 : 0;
        }
        assertThat(readByBoth).isEqualTo(8);
        List<String> instants = List.of("2026-12-04T01:02:03Z", "2026-12-04T00:00:00Z", "2026-12-04T23:59:59Z",
                "2026-12-04T01:02:03.1Z", "2026-12-04T01:02:03.000000001Z", "2026-12-04T01:02:03.120Z",
                "2024-02-29T12:00:00Z");
        // The reader hands the first two to Instant.parse, which adjusts them; the others do not exist.
        List<String> adjustedOrRefused = List.of("2026-12-31T24:00:00Z", "2026-12-31T23:59:60Z",
                "2026-12-04T25:00:00Z", "2026-12-04T01:60:00Z", "2026-02-30T01:02:03Z");
        for (String instant : instants) {
            byte[] bytes = withInstant(base, instant);
            assertThat(ProjectFileReader.read(bytes)).as(instant).isPresent().isEqualTo(jackson(bytes));
        }
        for (String instant : adjustedOrRefused) {
            byte[] bytes = withInstant(base, instant);
            assertThat(ProjectFileReader.read(bytes)).as(instant).isEqualTo(jackson(bytes));
        }
    }

    private static byte[] withInstant(String project, String instant) {
        return project.replace("\"2026-12-04T01:02:03Z\"", "\"" + instant + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** Over thousands of damaged copies of a full project, whatever this reader takes, Jackson binds alike. */
    @Test
    void whatItAcceptsOfDamagedFilesJacksonBindsAlike() {
        String original = new String(ProjectJson.toBytes(everything()), StandardCharsets.UTF_8);
        String alphabet = "{}[]\":,0123456789-+.eETZ \nnulltruefalse日";
        Random random = new Random(23);
        int accepted = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder(original);
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Optional<Project> plain = ProjectFileReader.read(bytes);
            if (plain.isPresent()) {
                accepted++;
                assertThat(jackson(bytes)).as(text.toString()).isEqualTo(plain);
            }
        }
        assertThat(accepted).as("damaged copies still readable by both").isGreaterThan(300);
    }

    /** The store takes the reader's project, and reads the file's tree (for the next save) only when asked. */
    @Test
    void theStoreReadsTheTreeLaterAndSavesUnknownFields() throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.mapper().readTree(ProjectJson.toBytes(everything()));
        tree.put("futureTopLevel", "keep me");
        Path file = dir.resolve("p.mailbench.json");
        Files.write(file, ProjectJson.toBytes(tree));
        ProjectStore store = new ProjectStore();
        ProjectStore.Loaded loaded = store.load(file);
        assertThat(loaded.project()).isEqualTo(everything());
        assertThat(loaded.migrated()).isFalse();
        Files.delete(file); // the tree comes from the bytes read, not from the file again
        assertThat(loaded.source()).isEqualTo(tree).isSameAs(loaded.source());

        ProjectSession session = new ProjectSession(Project.empty(), null, null);
        session.open(loaded, file, null);
        store.save(file, session.project(), session.source());
        assertThat(ProjectJson.mapper().readTree(file.toFile()).get("futureTopLevel").asText()).isEqualTo("keep me");
    }
}
