package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.CuttingRelay;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New mail between runs, UIDVALIDITY changes and dropped connections (billing@, re-seeded per test). */
@RequiresTestLab(LabService.IMAP)
class IncrementalLabTest {
    static final int MESSAGES = 60;
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

    @Test
    void secondRunFetchesNothingThenOnlyTheNewMessages(@TempDir Path out) throws Exception {
        assertThat(export(out, ArchiveFormat.MBOX).fetched()).isEqualTo(MESSAGES);

        ExportReport unchanged = export(out, ArchiveFormat.MBOX);
        assertThat(unchanged.fetched()).isZero();
        assertThat(unchanged.complete()).isTrue();

        append("INBOX", 3);
        append("請求書", 2);
        ExportReport next = export(out, ArchiveFormat.MBOX);

        assertThat(next.fetched()).isEqualTo(5);
        assertThat(next.folder("INBOX").fetched()).isEqualTo(3);
        assertThat(next.folder("請求書").fetched()).isEqualTo(2);
        ArchiveVerifier.Report r;
        try (ImapConnection c = ImapConnection.open(account)) {
            r = ArchiveVerifier.verify(out, c);
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.checked()).isEqualTo(MESSAGES + 5);
    }

    @Test
    void changedUidValidityRefetchesTheFolderIntoANewGeneration(@TempDir Path out) throws Exception {
        ExportReport first = export(out, ArchiveFormat.EML);
        long oldValidity = first.folder("請求書").uidValidity();

        try (IMAPStore store = store()) {
            Folder f = store.getFolder("請求書");
            f.delete(true);
            store.getFolder("請求書").create(Folder.HOLDS_MESSAGES);
        }
        append("請求書", 4);
        ExportReport second = export(out, ArchiveFormat.EML);

        ExportReport.FolderResult r = second.folder("請求書");
        assertThat(r.uidValidity()).isNotEqualTo(oldValidity);
        assertThat(r.newGeneration()).isTrue();
        assertThat(r.fetched()).isEqualTo(4);
        assertThat(second.fetched()).isEqualTo(4);
        Path folderDir = out.resolve("mail/請求書");
        assertThat(folderDir.resolve("#v" + oldValidity)).isDirectory();
        assertThat(folderDir.resolve("#v" + r.uidValidity())).isDirectory();
        assertThat(Manifest.load(folderDir.resolve("#v" + r.uidValidity())).entries())
                .allSatisfy(e -> assertThat(e.uidValidity()).isEqualTo(r.uidValidity())).hasSize(4);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void aConnectionDroppedMidFetchIsRetriedAndTheExportIsComplete(@TempDir Path out) throws Exception {
        // the first connection plans the export; the second fetches
        try (CuttingRelay proxy = CuttingRelay.cuttingDownstream(lab.imapsPort(), 2, 200_000)) {
            ImapAccount viaProxy = new ImapAccount(lab.serverHost(), proxy.port(), user.address(),
                    user.password().toCharArray(), lab.sslContext());
            ExportReport report = new ArchiveExporter(viaProxy).export(viaProxy.host(), viaProxy.user(),
                    ArchiveExporter.Options.of(out, ArchiveFormat.MAILDIR).withConnections(1).withBatch(10, 1L << 20),
                    new ArchiveExporter.Progress() { }, () -> false);

            assertThat(proxy.cuts()).isEqualTo(1);
            assertThat(report.complete()).as(report.failures().toString()).isTrue();
            assertThat(report.fetched()).isEqualTo(MESSAGES);
        }
        assertThat(ArchiveVerifier.verify(out).checked()).isEqualTo(MESSAGES);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
    }

    @Test
    void messagesThatCannotBeFetchedAreReportedGroupedByCause(@TempDir Path out) throws Exception {
        // a server that is gone after planning: every message is reported, none silently skipped
        int[] opened = {0};
        ArchiveExporter exporter = new ArchiveExporter(() -> {
            if (opened[0]++ == 0) {
                return ImapConnection.open(account);
            }
            return ImapConnection.open(new ImapAccount(account.host(), lab.refusedPort(), account.user(),
                    account.password(), account.sslContext()));
        });
        ExportReport report = exporter.export(account.host(), account.user(),
                new ArchiveExporter.Options(out, ArchiveFormat.EML, List.of("請求書"), null, 1, 50, 1L << 20, 1,
                        java.time.Duration.ofMillis(10)),
                new ArchiveExporter.Progress() { }, () -> false);

        assertThat(report.complete()).isFalse();
        assertThat(report.failures()).hasSize(report.onServer()).isNotEmpty();
        assertThat(report.failuresByCause()).containsOnlyKeys("cannot connect");
        assertThat(Files.exists(out.resolve(ArchiveIndex.FILE))).isTrue();

        // the next run (server back) fetches exactly what was reported, although nothing changed on the server
        ExportReport retry = new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.EML).withFolders(List.of("請求書")),
                new ArchiveExporter.Progress() { }, () -> false);
        assertThat(retry.complete()).isTrue();
        assertThat(retry.fetched()).isEqualTo(report.failures().size());
        ExportReport unchanged = new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.EML).withFolders(List.of("請求書")),
                new ArchiveExporter.Progress() { }, () -> false);
        assertThat(unchanged.fetched()).isZero();
        assertThat(unchanged.folder("請求書").alreadyArchived()).isEqualTo(report.failures().size());
    }

    @Test
    void condstoreSkipsUnchangedFoldersAndCarriesFlagChangesIntoTheManifest(@TempDir Path out) throws Exception {
        export(out, ArchiveFormat.MAILDIR);
        ArchiveIndex idx = ArchiveIndex.load(out);
        try (ImapConnection c = ImapConnection.open(account)) {
            assertThat(c.hasCondstore()).as("the lab's Dovecot has CONDSTORE").isTrue();
            for (var e : idx.folders().entrySet()) {
                ImapConnection.FolderStatus st = c.status(e.getKey());
                assertThat(e.getValue().highestModSeq()).as(e.getKey()).isEqualTo(st.highestModSeq()).isPositive();
                assertThat(e.getValue().completeUidNext()).as(e.getKey()).isEqualTo(st.uidNext());
            }
        }

        Counting quiet = new Counting();
        ExportReport nothing = exportWith(out, ArchiveFormat.MAILDIR, quiet);
        assertThat(nothing.fetched()).isZero();
        assertThat(quiet.unchanged).as("every folder skipped on its STATUS alone")
                .containsExactlyInAnyOrderElementsOf(idx.folders().keySet());

        long uid;
        try (IMAPStore store = store()) {
            org.eclipse.angus.mail.imap.IMAPFolder inbox = (org.eclipse.angus.mail.imap.IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message m = inbox.getMessage(1);
            uid = inbox.getUID(m);
            m.setFlag(jakarta.mail.Flags.Flag.FLAGGED, true);
            m.setFlag(jakarta.mail.Flags.Flag.SEEN, false);
            inbox.close(false);
        }
        Counting flagged = new Counting();
        ExportReport flagsOnly = exportWith(out, ArchiveFormat.MAILDIR, flagged);

        assertThat(flagsOnly.fetched()).as("no message fetched again for a flag change").isZero();
        assertThat(flagged.flagsUpdated).containsEntry("INBOX", 1);
        assertThat(flagged.unchanged).as("the other folders are still skipped").hasSize(idx.folders().size() - 1)
                .doesNotContain("INBOX");
        Path gen = out.resolve(ArchiveIndex.load(out).folders().get("INBOX").generationDir());
        ManifestEntry e = Manifest.load(gen).entries().stream().filter(x -> x.uid() == uid).findFirst().orElseThrow();
        assertThat(e.flags()).contains("\\Flagged").doesNotContain("\\Seen");
        assertThat(e.file().substring(e.file().indexOf(":2,") + 3)).as("Maildir flag letters").contains("F").doesNotContain("S");
        assertThat(gen.resolve(e.file())).isRegularFile();
        try (ImapConnection c = ImapConnection.open(account)) {
            assertThat(ArchiveIndex.load(out).folders().get("INBOX").highestModSeq()).isEqualTo(c.status("INBOX").highestModSeq());
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c, true);
            assertThat(r.problems()).isEmpty();
            assertThat(r.checked()).isEqualTo(MESSAGES);
        }
        assertThat(exportWith(out, ArchiveFormat.MAILDIR, new Counting()).fetched()).isZero();
    }

    @Test
    void aMaildirRenameTornByACrashIsFinishedOnResume(@TempDir Path gen) throws Exception {
        byte[] raw = "Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        dev.mailbench.imap.FetchedMessage m = new dev.mailbench.imap.FetchedMessage(7, List.of("\\Seen"),
                java.time.Instant.parse("2024-04-01T00:00:00Z"), raw.length, raw, 0, raw.length);
        String oldName;
        try (MessageSink sink = MessageSink.open(ArchiveFormat.MAILDIR, gen)) {
            oldName = sink.write(m).file();
            sink.sync();
        }
        ManifestEntry recorded;
        try (MessageSink sink = MessageSink.open(ArchiveFormat.MAILDIR, gen)) {
            // the manifest already has the new name (flags changed), the crash came before the rename
            recorded = new ManifestEntry(1, 7, "2024-04-01T00:00:00Z", raw.length, List.of("\\Flagged"), "", "h",
                    sink.fileForFlags(new ManifestEntry(1, 7, "", raw.length, List.of("\\Seen"), "", "h", oldName, null, null, null),
                            List.of("\\Flagged")), null, null, null);
            sink.recover(List.of(recorded));
        }
        assertThat(recorded.file()).endsWith(":2,F").isNotEqualTo(oldName);
        assertThat(gen.resolve(recorded.file())).hasBinaryContent(raw);
        assertThat(gen.resolve(oldName)).doesNotExist();
    }

    /** Records what the exporter reports per folder. */
    static final class Counting implements ArchiveExporter.Progress {
        final List<String> unchanged = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Map<String, Integer> flagsUpdated = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void folderUnchanged(String folder) {
            unchanged.add(folder);
        }

        @Override
        public void flagsUpdated(String folder, int messages) {
            flagsUpdated.put(folder, messages);
        }
    }

    private ExportReport exportWith(Path out, ArchiveFormat format, ArchiveExporter.Progress progress) throws Exception {
        return new ArchiveExporter(account).export(account.host(), account.user(), ArchiveExporter.Options.of(out, format),
                progress, () -> false);
    }

    private IMAPStore store() throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", lab.sslSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        IMAPStore store = (IMAPStore) Session.getInstance(p).getStore("imaps");
        store.connect(lab.serverHost(), lab.imapsPort(), user.address(), user.password());
        return store;
    }

    private void append(String folder, int n) throws Exception {
        try (IMAPStore store = store()) {
            Folder f = store.getFolder(folder);
            f.open(Folder.READ_WRITE);
            Message[] msgs = new Message[n];
            for (int i = 0; i < n; i++) {
                String raw = "From: a@client1.test\r\nTo: " + user.address() + "\r\nSubject: new " + i + "\r\n"
                        + "Message-ID: <new-" + System.nanoTime() + "-" + i + "@test>\r\n\r\nFrom the new mail " + i + "\r\n";
                msgs[i] = new MimeMessage(null, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
            }
            f.appendMessages(msgs);
            f.close(false);
        }
    }
}
