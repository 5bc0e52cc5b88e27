package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.imap.Hashes;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.Pop3Connection;
import dev.mailbench.imap.TlsMode;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** POP3-only export (pop@, reseeded per test): exact bytes, nothing changed on the server, UIDL increments, resume. */
@RequiresTestLab(LabService.IMAP)
class Pop3LabTest {
    static final int MESSAGES = 120;
    TestLab lab;
    LabUser user;
    SeedResult seeded;
    ImapAccount pop3;
    int inbox;

    @BeforeEach
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.pop();
        this.seeded = MailboxSeeder.forLab(lab, user).seed(MESSAGES, 9009L);
        this.pop3 = Lab.pop3Account(lab, user);
        this.inbox = seeded.folders().get("INBOX").messages();
    }

    @Test
    void inventoryCountsTheMaildrop() throws Exception {
        Inventory inv = Pop3InventoryScanner.scan(pop3);

        assertThat(inv.folders()).extracting(Inventory.FolderStats::name).containsExactly("INBOX");
        assertThat(inv.messages()).isEqualTo(inbox);
        assertThat(inv.bytes()).isGreaterThanOrEqualTo(seeded.folders().get("INBOX").bytes());
        assertThat(inv.largestBytes()).isPositive();
        try (Pop3Connection c = Pop3Connection.open(pop3)) {
            assertThat(c.stat()).containsExactly(inbox, inv.bytes());
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void exportHoldsTheExactBytesAndChangesNothingOnTheServer(ArchiveFormat format, @TempDir Path out) throws Exception {
        var flagsBefore = Lab.serverFlags(Lab.account(lab, user));

        ExportReport report = export(pop3, out, format);

        assertThat(report.complete()).as(report.failures().toString()).isTrue();
        assertThat(report.fetched()).isEqualTo(inbox);
        assertThat(Lab.serverFlags(Lab.account(lab, user))).as("RETR left every flag (and message) as it was")
                .isEqualTo(flagsBefore);
        ArchiveIndex idx = ArchiveIndex.load(out);
        assertThat(idx.protocol()).isEqualTo(ArchiveIndex.POP3);
        assertThat(idx.folders()).containsOnlyKeys("INBOX");
        Path gen = idx.resolve(idx.folders().get("INBOX").generationDir());
        List<String> archived = new ArrayList<>();
        Set<String> uidls = new HashSet<>();
        try (MessageSink sink = MessageSink.open(format, gen)) {
            for (ManifestEntry e : Manifest.load(gen).entries()) {
                byte[] raw = sink.read(e);
                assertThat(Hashes.sha256Hex(raw)).isEqualTo(e.sha256());
                assertThat(e.uidl()).isNotBlank();
                uidls.add(e.uidl());
                archived.add(Hashes.sha256Hex(Lab.crlfToLf(raw)));
            }
        }
        archived.sort(null);
        assertThat(archived).as("the seeder's INBOX files byte for byte").isEqualTo(Lab.seededHashes(lab, user, "INBOX"));
        assertThat(uidls).hasSize(inbox);
        try (Pop3Connection c = Pop3Connection.open(pop3)) {
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c, true);
            assertThat(r.problems()).isEmpty();
            assertThat(r.checked()).isEqualTo(inbox);
            assertThat(r.serverChecked()).isTrue();
        }
    }

    @Test
    void starttlsOnThePlainPortWorksWhenTheAccountSaysSo(@TempDir Path out) throws Exception {
        ImapAccount stls = new ImapAccount(lab.serverHost(), lab.pop3StarttlsPort(), user.address(),
                user.password().toCharArray(), lab.sslContext(), TlsMode.STARTTLS);

        ExportReport report = export(stls, out, ArchiveFormat.EML);

        assertThat(report.complete()).isTrue();
        assertThat(report.fetched()).isEqualTo(inbox);
    }

    @Test
    void theSecurityComesFromTheAccountNotFromThePortNumber() {
        ImapAccount tlsOnPlainPort = new ImapAccount(lab.serverHost(), lab.pop3StarttlsPort(), user.address(),
                user.password().toCharArray(), lab.sslContext(), TlsMode.IMPLICIT_TLS);

        assertThatThrownBy(() -> Pop3Connection.open(tlsOnPlainPort).close()).isInstanceOf(javax.net.ssl.SSLException.class);
    }

    @Test
    void secondRunFetchesOnlyNewMessagesByUidl(@TempDir Path out) throws Exception {
        export(pop3, out, ArchiveFormat.MBOX);
        assertThat(export(pop3, out, ArchiveFormat.MBOX).fetched()).as("nothing new").isZero();

        deliver(3);
        ExportReport third = export(pop3, out, ArchiveFormat.MBOX);

        assertThat(third.fetched()).isEqualTo(3);
        assertThat(third.folder("INBOX").alreadyArchived()).isEqualTo(inbox);
        // the POP3 archive holds exactly the bytes IMAP serves for the same messages
        List<String> overImap = new ArrayList<>();
        try (dev.mailbench.imap.ImapConnection c = dev.mailbench.imap.ImapConnection.open(Lab.account(lab, user))) {
            var f = c.examine("INBOX");
            List<Long> uids = c.summaries(f).stream().map(dev.mailbench.imap.ImapConnection.MessageSummary::uid).toList();
            c.fetchRaw(f, uids).forEach(m -> overImap.add(m.sha256()));
        }
        Path gen = out.resolve(ArchiveIndex.load(out).folders().get("INBOX").generationDir());
        List<String> overPop3 = new ArrayList<>(Manifest.load(gen).entries().stream().map(ManifestEntry::sha256).toList());
        overImap.sort(null);
        overPop3.sort(null);
        assertThat(overPop3).isEqualTo(overImap);
        assertThat(Pop3Exporter.dateOf("Date: Mon, 1 Apr 2024 09:00:00 +0900\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(java.time.Instant.parse("2024-04-01T00:00:00Z"));
        try (Pop3Connection c = Pop3Connection.open(pop3)) {
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.checked()).isEqualTo(inbox + 3);
        }
    }

    @Test
    void aCancelledRunResumesWithoutDuplicates(@TempDir Path out) throws Exception {
        AtomicInteger archived = new AtomicInteger();
        ArchiveExporter.Progress progress = new ArchiveExporter.Progress() {
            @Override
            public void messageArchived(String folder, long bytes) {
                archived.incrementAndGet();
            }
        };
        ExportReport first = new Pop3Exporter(pop3).export(pop3.host(), pop3.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.MAILDIR).withBatch(5, 1L << 20), progress,
                () -> archived.get() >= 20);
        assertThat(first.cancelled()).isTrue();
        assertThat(first.fetched()).isLessThan(inbox);

        ExportReport second = export(pop3, out, ArchiveFormat.MAILDIR);

        assertThat(second.fetched() + first.fetched()).isEqualTo(inbox);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
        assertThat(ArchiveVerifier.verify(out).checked()).isEqualTo(inbox);
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void killedExportsResumeToACompleteArchive(ArchiveFormat format, @TempDir Path out) throws Exception {
        int killedMidway = 0;
        for (int killAt : new int[] {5, 20, 35}) {
            Process child = startChild(out, format);
            while (child.isAlive() && recorded(out) < killAt) {
                Thread.sleep(2);
            }
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL
                killedMidway++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killedMidway).isPositive();

        ExportReport last = export(pop3, out, format);

        assertThat(last.complete()).isTrue();
        try (Pop3Connection c = Pop3Connection.open(pop3)) {
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c, true);
            assertThat(r.problems()).isEmpty();
            assertThat(r.checked()).isEqualTo(inbox);
        }
    }

    @Test
    void anImapArchiveIsNotContinuedOverPop3(@TempDir Path out) throws Exception {
        ArchiveIndex.openOrCreate(out, ArchiveFormat.MBOX, lab.serverHost(), user.address()).save();

        assertThatThrownBy(() -> export(pop3, out, ArchiveFormat.MBOX)).isInstanceOf(IOException.class)
                .hasMessageContaining("imap");
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        ImapAccount wrong = new ImapAccount(lab.serverHost(), lab.pop3sPort(), user.address(), "nope".toCharArray(),
                lab.sslContext());
        assertThatThrownBy(() -> Pop3Connection.open(wrong)).isInstanceOf(AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void aDamagedPop3ArchiveIsRepairedByUidlWithRetr(ArchiveFormat format, @TempDir Path out) throws Exception {
        export(pop3, out, format);
        ArchiveIndex idx = ArchiveIndex.load(out);
        Path gen = idx.resolve(idx.folders().get(Pop3Exporter.FOLDER).generationDir());
        List<ManifestEntry> entries = Manifest.load(gen).entries();
        ManifestEntry lost = entries.get(entries.size() / 2);
        Path file = gen.resolve(lost.file());
        byte[] before = Files.readAllBytes(file);
        if (format == ArchiveFormat.MBOX) {
            Files.write(file, java.util.Arrays.copyOf(before, (int) (lost.offset() + lost.stored() / 2)));
        } else {
            Files.delete(file);
        }
        var flagsBefore = Lab.serverFlags(Lab.account(lab, user));

        ArchiveRepairer.Report report = new ArchiveRepairer(pop3).repair(user.address(),
                ArchiveExporter.Options.of(out, format), new ArchiveExporter.Progress() { }, () -> false);

        assertThat(report.complete()).as(report.results().toString()).isTrue();
        assertThat(report.results()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ArchiveRepairer.Outcome.RESTORED));
        assertThat(file).hasBinaryContent(before);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
        assertThat(Lab.serverFlags(Lab.account(lab, user))).as("RETR, RSET, QUIT: nothing changed").isEqualTo(flagsBefore);
    }

    private static ExportReport export(ImapAccount account, Path out, ArchiveFormat format) throws Exception {
        return new Pop3Exporter(account).export(account.host(), account.user(), ArchiveExporter.Options.of(out, format),
                new ArchiveExporter.Progress() { }, () -> false);
    }

    private void deliver(int n) throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", lab.sslSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        try (var store = Session.getInstance(p).getStore("imaps")) {
            store.connect(lab.serverHost(), lab.imapsPort(), user.address(), user.password());
            Folder f = store.getFolder("INBOX");
            f.open(Folder.READ_WRITE);
            Message[] msgs = new Message[n];
            for (int i = 0; i < n; i++) {
                String raw = "From: a@client1.test\r\nTo: " + user.address() + "\r\nSubject: new " + i + "\r\n"
                        + "Date: Mon, 1 Apr 2024 09:00:00 +0900\r\n\r\nFrom the new mail " + i + "\r\n"
                        // lines POP3 must dot-stuff on the wire: the archive holds them unstuffed
                        + ".\r\n..two dots\r\n.one dot\r\n";
                msgs[i] = new MimeMessage(null, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
            }
            f.appendMessages(msgs);
            f.close(false);
        }
    }

    private Process startChild(Path out, ArchiveFormat format) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", cp, ExportChild.class.getName(), user.address(), out.toString(), format.id(),
                "pop3").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int recorded(Path out) throws IOException {
        Path manifest = out.resolve("mail/INBOX/#v0").resolve(Manifest.FILE);
        if (!Files.exists(manifest)) {
            return 0;
        }
        int n = 0;
        for (String line : Files.readAllLines(manifest)) {
            n += line.endsWith("}") ? 1 : 0;
        }
        return n;
    }
}
