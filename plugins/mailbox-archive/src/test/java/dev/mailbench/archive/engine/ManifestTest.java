package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's bytes are what archives are verified against: they must stay exactly as archives have them. */
class ManifestTest {
    static final ManifestEntry MBOX = new ManifestEntry(1700000000L, 42, "2024-04-01T09:30:00Z", 1234, List.of("\\Seen", "$Forwarded"),
            "<見積-2024@sample-shoji.test>", "ab12", "messages.mbox", 0L, 1250L, 1252L);
    static final ManifestEntry POP3 = new ManifestEntry(0, 1, "2024-04-02T00:00:00Z", 10, List.of(), "", "cd34", "1.eml",
            null, null, null, "UID-0001");
    /** As every version so far wrote them: record order, no nulls, UTF-8 unescaped, one line each. */
    static final String LINES = "{\"uidValidity\":1700000000,\"uid\":42,\"internalDate\":\"2024-04-01T09:30:00Z\",\"size\":1234,"
            + "\"flags\":[\"\\\\Seen\",\"$Forwarded\"],\"messageId\":\"<見積-2024@sample-shoji.test>\",\"sha256\":\"ab12\","
            + "\"file\":\"messages.mbox\",\"offset\":0,\"stored\":1250,\"end\":1252}\n"
            + "{\"uidValidity\":0,\"uid\":1,\"internalDate\":\"2024-04-02T00:00:00Z\",\"size\":10,\"flags\":[],\"messageId\":\"\","
            + "\"sha256\":\"cd34\",\"file\":\"1.eml\",\"uidl\":\"UID-0001\"}\n";

    @Test
    void appendedLinesAreTheBytesArchivesAlreadyHave(@TempDir Path gen) throws Exception {
        Manifest m = Manifest.load(gen);
        m.append(List.of(MBOX));
        m.append(List.of(POP3));

        assertThat(Files.readString(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8)).isEqualTo(LINES);
        assertThat(Manifest.load(gen).entries()).containsExactly(MBOX, POP3);
    }

    @Test
    void replacingFlagsRewritesTheWholeFileAtomicallyInTheSameFormat(@TempDir Path gen) throws Exception {
        Manifest m = Manifest.load(gen);
        m.append(List.of(MBOX, POP3));
        ManifestEntry unread = new ManifestEntry(MBOX.uidValidity(), MBOX.uid(), MBOX.internalDate(), MBOX.size(),
                List.of("$Forwarded"), MBOX.messageId(), MBOX.sha256(), MBOX.file(), MBOX.offset(), MBOX.stored(), MBOX.end());

        m.replace(Map.of(42L, unread));

        assertThat(Files.readString(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8))
                .isEqualTo(LINES.replace("[\"\\\\Seen\",\"$Forwarded\"]", "[\"$Forwarded\"]"));
        try (var files = Files.list(gen)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Manifest.FILE);
        }
    }

    @Test
    void aTornLastLineIsCutOffOnLoad(@TempDir Path gen) throws Exception {
        Files.writeString(gen.resolve(Manifest.FILE), LINES + "{\"uidValidity\":0,\"uid\":2,\"inter", StandardCharsets.UTF_8);

        assertThat(Manifest.load(gen).entries()).containsExactly(MBOX, POP3);
        assertThat(Files.readString(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8)).isEqualTo(LINES);
    }

    @Test
    void aDamagedLineWithLinesAfterItIsRefusedNotCutAway(@TempDir Path gen) throws Exception {
        String damaged = LINES.replace("\"uid\":42", "\"uid\":4#");
        Files.writeString(gen.resolve(Manifest.FILE), damaged, StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.load(gen)).hasMessageContaining("line 1")
                .hasMessageContaining("archive repair");
        assertThat(Files.readString(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8)).as("nothing cut").isEqualTo(damaged);

        List<String> dropped = new java.util.ArrayList<>();
        assertThat(Manifest.loadDroppingDamagedLines(gen, dropped).entries()).containsExactly(POP3);
        assertThat(dropped).containsExactly("line 1");
        assertThat(Manifest.load(gen).entries()).containsExactly(POP3);
    }

    @Test
    void aDamagedLastLineIsCutLikeATornOne(@TempDir Path gen) throws Exception {
        Files.writeString(gen.resolve(Manifest.FILE), LINES + "not json\n", StandardCharsets.UTF_8);

        assertThat(Manifest.load(gen).entries()).containsExactly(MBOX, POP3);
        assertThat(Files.readString(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8)).isEqualTo(LINES);
    }
}
