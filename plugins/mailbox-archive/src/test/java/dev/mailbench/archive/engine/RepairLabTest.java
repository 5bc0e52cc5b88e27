package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mailbench.archive.engine.ArchiveRepairer.Outcome;
import dev.mailbench.archive.engine.ArchiveVerifier.ProblemKind;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.kit.json.Json;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Damaged archives repaired from the lab's Dovecot (billing@, re-seeded per test): byte for byte, flags untouched. */
@RequiresTestLab(LabService.IMAP)
class RepairLabTest {
    static final int MESSAGES = 60;
    static final String FOLDER = "INBOX";
    TestLab lab;
    LabUser user;
    ImapAccount account;

    @BeforeEach
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.billing();
        MailboxSeeder.forLab(lab, user).seed(MESSAGES, 4242L);
        this.account = Lab.account(lab, user);
    }

    private ExportReport export(Path out, ArchiveFormat format) throws Exception {
        return new ArchiveExporter(account).export(account.host(), account.user(), ArchiveExporter.Options.of(out, format),
                new ArchiveExporter.Progress() { }, () -> false);
    }

    private ArchiveRepairer.Report repair(Path out, ArchiveFormat format) throws Exception {
        return repair(new ArchiveRepairer(account), out, format);
    }

    private ArchiveRepairer.Report repair(ArchiveRepairer repairer, Path out, ArchiveFormat format) throws Exception {
        return repairer.repair(account.user(), ArchiveExporter.Options.of(out, format), new ArchiveExporter.Progress() { },
                () -> false);
    }

    private static Path generation(Path out, String folder) throws Exception {
        ArchiveIndex idx = ArchiveIndex.load(out);
        return idx.resolve(idx.folders().get(folder).generationDir());
    }

    /** Every file of the archive but the lock and archive.json (its timestamp moves), by path. */
    private static Map<String, byte[]> snapshot(Path out) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out.resolve(ArchiveIndex.MAIL_DIR))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static void flipByte(Path file, long at) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b, at);
            b.flip();
            b.put(0, (byte) (b.get(0) ^ 0x20));
            ch.write(b, at);
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void aFlippedByteAndALostMessageAreFetchedAgainByteForByte(ArchiveFormat format, @TempDir Path out) throws Exception {
        assertThat(export(out, format).complete()).isTrue();
        Map<String, byte[]> intact = snapshot(out);
        Path gen = generation(out, FOLDER);
        List<ManifestEntry> entries = Manifest.load(gen).entries();
        ManifestEntry flipped = entries.get(2);
        ManifestEntry lost = entries.get(5);
        List<Long> gone = new ArrayList<>();
        if (format == ArchiveFormat.MBOX) {
            flipByte(gen.resolve(flipped.file()), flipped.offset() + flipped.stored() / 2);
            // a truncated mbox: cut in the middle of a message, so it and everything after it are lost
            try (FileChannel ch = FileChannel.open(gen.resolve(lost.file()), StandardOpenOption.WRITE)) {
                ch.truncate(lost.offset() + lost.stored() / 2);
            }
            entries.subList(5, entries.size()).forEach(e -> gone.add(e.uid()));
        } else {
            flipByte(gen.resolve(flipped.file()), flipped.size() / 2);
            Files.delete(gen.resolve(lost.file()));
            gone.add(lost.uid());
        }
        assertThat(ArchiveVerifier.verify(out).problems()).extracting(ArchiveVerifier.Problem::kind)
                .contains(ProblemKind.MISSING_FILE).containsAnyOf(ProblemKind.HASH_MISMATCH, ProblemKind.SIZE_MISMATCH);
        var flagsBefore = Lab.serverFlags(account);

        ArchiveRepairer.Report report = repair(out, format);

        assertThat(report.complete()).as(report.results().toString()).isTrue();
        assertThat(report.results()).extracting(ArchiveRepairer.Result::uid, ArchiveRepairer.Result::outcome)
                .contains(tuple(flipped.uid(), Outcome.RESTORED))
                .containsAll(gone.stream().map(uid -> tuple(uid, Outcome.RESTORED)).toList())
                .hasSize(1 + gone.size());
        assertThat(report.results()).filteredOn(r -> r.uid() == flipped.uid()).singleElement()
                .satisfies(r -> assertThat(r.found()).isIn(ProblemKind.HASH_MISMATCH, ProblemKind.SIZE_MISMATCH));
        assertSameFiles(snapshot(out), intact);
        assertThat(Lab.serverFlags(account)).as("BODY.PEEK: no flag changed on the server").isEqualTo(flagsBefore);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
        try (ImapConnection c = ImapConnection.open(account)) {
            assertThat(ArchiveVerifier.verify(out, c, true).problems()).isEmpty();
        }
        ExportReport next = export(out, format);
        assertThat(next.complete()).isTrue();
        assertThat(next.fetched()).isZero();
    }

    @Test
    void aMessageGoneFromTheServerTooIsReportedAndKeptInTheManifest(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.EML);
        Path gen = generation(out, FOLDER);
        List<ManifestEntry> entries = Manifest.load(gen).entries();
        ManifestEntry deletedEverywhere = entries.get(3);
        ManifestEntry lostHere = entries.get(4);
        Files.delete(gen.resolve(deletedEverywhere.file()));
        Files.delete(gen.resolve(lostHere.file()));
        expungeOnServer(FOLDER, deletedEverywhere.uid());

        ArchiveRepairer.Report report = repair(out, ArchiveFormat.EML);

        assertThat(report.complete()).isFalse();
        assertThat(report.results()).extracting(ArchiveRepairer.Result::uid, ArchiveRepairer.Result::outcome)
                .containsExactlyInAnyOrder(tuple(deletedEverywhere.uid(), Outcome.GONE_FROM_SERVER),
                        tuple(lostHere.uid(), Outcome.RESTORED));
        assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.GONE_FROM_SERVER).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("サーバーでも削除済み").contains("kept"));
        assertThat(Manifest.load(gen).entries()).as("not dropped silently").contains(deletedEverywhere).hasSize(entries.size());
        assertThat(gen.resolve(lostHere.file())).exists();
        assertThat(ArchiveVerifier.verify(out).problems()).singleElement()
                .satisfies(p -> assertThat(p.uid()).isEqualTo(deletedEverywhere.uid()));
    }

    @Test
    void whenTheServersCopyDiffersFromTheRecordTheServerWinsAndTheManifestIsUpdated(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.MBOX);
        Path gen = generation(out, FOLDER);
        List<String> lines = Files.readAllLines(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        ManifestEntry victim = Json.mapper().readValue(lines.get(1), ManifestEntry.class);
        String wrong = "0".repeat(64);
        lines.set(1, lines.get(1).replace(victim.sha256(), wrong));
        Files.write(gen.resolve(Manifest.FILE), lines, StandardCharsets.UTF_8);
        byte[] mbox = Files.readAllBytes(gen.resolve(victim.file()));

        ArchiveRepairer.Report report = repair(out, ArchiveFormat.MBOX);

        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.uid()).isEqualTo(victim.uid());
            assertThat(r.outcome()).isEqualTo(Outcome.REPLACED_BY_SERVER_COPY);
        });
        assertThat(Manifest.load(gen).entries()).filteredOn(e -> e.uid() == victim.uid()).singleElement()
                .satisfies(e -> assertThat(e.sha256()).isEqualTo(victim.sha256()));
        assertThat(gen.resolve(victim.file())).hasBinaryContent(mbox);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void aDamagedManifestLineIsRefusedByExportAndRemovedByRepairThenFetchedAgain(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.EML);
        Path gen = generation(out, FOLDER);
        List<String> lines = Files.readAllLines(gen.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        ManifestEntry victim = Json.mapper().readValue(lines.get(2), ManifestEntry.class);
        lines.set(2, lines.get(2).substring(0, 20) + "#" + lines.get(2).substring(21));
        Files.write(gen.resolve(Manifest.FILE), lines, StandardCharsets.UTF_8);

        // (an export that reads this manifest refuses it, see ManifestTest: cutting it at the damaged line would drop
        // every line after it, and their files)
        assertThat(ArchiveVerifier.verify(out).problems()).extracting(ArchiveVerifier.Problem::kind)
                .containsExactly(ProblemKind.BAD_MANIFEST_LINE, ProblemKind.UNRECORDED_FILE);

        ArchiveRepairer.Report report = repair(out, ArchiveFormat.EML);
        assertThat(report.results()).extracting(ArchiveRepairer.Result::found, ArchiveRepairer.Result::outcome)
                .containsExactly(tuple(ProblemKind.BAD_MANIFEST_LINE, Outcome.MANIFEST_LINE_REMOVED));
        ExportReport next = export(out, ArchiveFormat.EML);

        assertThat(next.complete()).isTrue();
        assertThat(next.fetched()).as("the message of the removed line").isEqualTo(1);
        assertThat(Manifest.load(gen).entries()).extracting(ManifestEntry::uid).contains(victim.uid()).hasSize(lines.size());
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void aCutDuringTheLoginOfTheRepairIsRetried(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.MAILDIR);
        Path gen = generation(out, FOLDER);
        ManifestEntry lost = Manifest.load(gen).entries().get(7);
        Files.delete(gen.resolve(lost.file()));
        List<Throwable> reconnects = new ArrayList<>();

        ArchiveRepairer.Report report;
        try (FaultyRelay relay = new FaultyRelay(lab.imapsPort(), n -> n == 1 ? FaultyRelay.Fault.cutAtLogin() : FaultyRelay.NONE)) {
            ImapAccount viaRelay = new ImapAccount(lab.serverHost(), relay.port(), user.address(),
                    user.password().toCharArray(), lab.sslContext());
            report = new ArchiveRepairer(viaRelay).repair(user.address(), ArchiveExporter.Options.of(out, ArchiveFormat.MAILDIR),
                    new ArchiveExporter.Progress() {
                        @Override
                        public void reconnecting(String folder, Throwable cause, int attempt) {
                            reconnects.add(cause);
                        }
                    }, () -> false);
            assertThat(relay.triggered()).isEqualTo(1);
        }
        assertThat(reconnects).hasSize(1);
        assertThat(report.complete()).isTrue();
        assertThat(report.results()).extracting(ArchiveRepairer.Result::outcome).containsExactly(Outcome.RESTORED);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void anIntactArchiveNeedsNoServer(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.EML);

        ArchiveRepairer.Report report = repair(new ArchiveRepairer(() -> {
            throw new AssertionError("no connection for an intact archive");
        }), out, ArchiveFormat.EML);

        assertThat(report.results()).isEmpty();
        assertThat(report.checked()).isEqualTo(MESSAGES);
        assertThat(report.complete()).isTrue();
    }

    private void expungeOnServer(String folder, long uid) throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", lab.sslSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        try (IMAPStore store = (IMAPStore) Session.getInstance(p).getStore("imaps")) {
            store.connect(lab.serverHost(), lab.imapsPort(), user.address(), user.password());
            IMAPFolder f = (IMAPFolder) store.getFolder(folder);
            f.open(Folder.READ_WRITE);
            f.getMessageByUID(uid).setFlag(Flags.Flag.DELETED, true);
            f.close(true);
        }
    }
}
