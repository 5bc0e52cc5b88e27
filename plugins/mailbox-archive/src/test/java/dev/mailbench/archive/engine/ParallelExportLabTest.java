package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several connections per export against the lab's Dovecot: the archive is byte for byte the one a single connection
 * writes, every message is in it once, one big folder is shared by the connections, and a server that refuses the
 * extra connections gets an export over fewer, not a failure.
 */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelExportLabTest {
    static final int MESSAGES = 160;
    TestLab lab;
    LabUser user;
    SeedResult seeded;
    ImapAccount account;

    @BeforeAll
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.billing();
        this.seeded = MailboxSeeder.forLab(lab, user).seed(MESSAGES, 9191L);
        this.account = Lab.account(lab, user);
    }

    private ExportReport export(ImapAccount via, ArchiveExporter.Options o, ArchiveExporter.Progress p) throws Exception {
        return new ArchiveExporter(via).export(via.host(), via.user(), o, p, () -> false);
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void threeConnectionsWriteTheSameBytesAsOneAndEveryMessageOnce(ArchiveFormat format, @TempDir Path one,
                                                                   @TempDir Path three) throws Exception {
        // small batches: INBOX alone is cut into many UID ranges the three connections share
        ExportReport single = export(account, ArchiveExporter.Options.of(one, format).withConnections(1)
                .withBatch(7, 1L << 20), new ArchiveExporter.Progress() { });
        ExportReport parallel = export(account, ArchiveExporter.Options.of(three, format).withConnections(3)
                .withBatch(7, 1L << 20), new ArchiveExporter.Progress() { });

        assertThat(single.complete()).as(single.failures().toString()).isTrue();
        assertThat(parallel.complete()).as(parallel.failures().toString()).isTrue();
        assertThat(parallel.fetched()).isEqualTo(MESSAGES);
        Map<String, byte[]> a = messageFiles(one);
        Map<String, byte[]> b = messageFiles(three);
        assertThat(b.keySet()).isEqualTo(a.keySet()).isNotEmpty();
        for (String name : a.keySet()) {
            assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        }
        // the same manifest lines (appended in the order the batches finished, so compared as sets) ...
        assertThat(manifestLines(three)).containsExactlyInAnyOrderElementsOf(manifestLines(one));
        // ... one per message, each UID once per folder
        for (Path manifest : manifests(three)) {
            List<ManifestEntry> entries = Manifest.read(manifest.getParent(), new ArrayList<>());
            Set<Long> uids = new HashSet<>();
            entries.forEach(e -> assertThat(uids.add(e.uid())).as(manifest + " UID " + e.uid()).isTrue());
        }
        assertThat(manifestLines(three)).hasSize(MESSAGES);
        ArchiveVerifier.Report verified;
        try (ImapConnection c = ImapConnection.open(account)) {
            verified = ArchiveVerifier.verify(three, c);
        }
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.checked()).isEqualTo(MESSAGES);
    }

    @ParameterizedTest
    @EnumSource(value = ArchiveFormat.class, names = {"EML", "MAILDIR"})
    void oneBigFolderIsFetchedOverAllConnections(ArchiveFormat format, @TempDir Path out) throws Exception {
        int inbox = seeded.folder("INBOX").messages();
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), n -> FaultyRelay.NONE)) {
            ExportReport r = export(viaRelay(relay), ArchiveExporter.Options.of(out, format).withFolders(List.of("INBOX"))
                    .withConnections(3).withBatch(5, 1L << 20), new ArchiveExporter.Progress() { });

            assertThat(r.complete()).as(r.failures().toString()).isTrue();
            assertThat(r.fetched()).isEqualTo(inbox);
            // the planning connection, then three fetching the one folder (one per UID range at a time)
            assertThat(relay.connections()).isEqualTo(4);
        }
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void mboxKeepsOneConnectionPerFolder(@TempDir Path out) throws Exception {
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), n -> FaultyRelay.NONE)) {
            ExportReport r = export(viaRelay(relay), ArchiveExporter.Options.of(out, ArchiveFormat.MBOX)
                    .withFolders(List.of("INBOX")).withConnections(3).withBatch(5, 1L << 20), new ArchiveExporter.Progress() { });

            assertThat(r.complete()).isTrue();
            assertThat(relay.connections()).as("planning + the folder's one writer").isEqualTo(2);
        }
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void connectionsTheServerRefusesAreDroppedWithAMessageNotAFailure(@TempDir Path out) throws Exception {
        record Fewer(int accepted, int wanted, Throwable cause) {
        }
        List<Fewer> notices = new CopyOnWriteArrayList<>();
        ArchiveExporter.Progress progress = new ArchiveExporter.Progress() {
            @Override
            public void fewerConnections(int accepted, int wanted, Throwable cause) {
                notices.add(new Fewer(accepted, wanted, cause));
            }
        };
        // connection 1 plans, 2 and 3 fetch; from the 4th on the login never reaches the server, as with a server
        // whose per-user limit is reached
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), n -> n >= 4 ? FaultyRelay.Fault.cutAtLogin() : FaultyRelay.NONE)) {
            ExportReport r = export(viaRelay(relay), ArchiveExporter.Options.of(out, ArchiveFormat.MAILDIR)
                    .withConnections(3).withBatch(7, 1L << 20), progress);

            assertThat(r.complete()).as(r.failures().toString()).isTrue();
            assertThat(r.fetched()).isEqualTo(MESSAGES);
            assertThat(relay.triggered()).as("one refused connection, not retried").isEqualTo(1);
        }
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.accepted()).isEqualTo(2);
            assertThat(n.wanted()).isEqualTo(3);
            assertThat(n.cause()).isNotNull();
        });
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
        assertThat(manifestLines(out)).hasSize(MESSAGES);
    }

    private ImapAccount viaRelay(FaultyRelay relay) {
        return new ImapAccount(lab.serverHost(), relay.port(), user.address(), user.password().toCharArray(),
                lab.sslContext());
    }

    /** Every file of the archive but its bookkeeping, relative path → bytes. */
    private static Map<String, byte[]> messageFiles(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.equals(Manifest.FILE) && !name.endsWith(".json") && !name.endsWith(".lock")) {
                    out.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static List<Path> manifests(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(Manifest.FILE)).toList();
        }
    }

    private static List<String> manifestLines(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path m : manifests(root)) {
            String folder = root.relativize(m.getParent()).toString();
            Files.readAllLines(m).forEach(l -> out.add(folder + " " + l));
        }
        return out;
    }
}
