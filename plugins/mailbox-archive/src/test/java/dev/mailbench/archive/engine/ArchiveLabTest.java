package dev.mailbench.archive.engine;

import dev.mailbench.kit.json.Json;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.Hashes;
import dev.mailbench.imap.TlsMode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.FolderCount;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inventory, export in every format, flags, bytes, resume and verify against the lab's Dovecot (taro@, read-only). */
@RequiresTestLab(LabService.IMAP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveLabTest {
    static final int MESSAGES = 150;
    TestLab lab;
    LabUser user;
    SeedResult seeded;
    ImapAccount account;

    @BeforeAll
    void seed(TestLab lab) throws Exception {
        this.lab = lab;
        this.user = lab.taro();
        this.seeded = MailboxSeeder.forLab(lab, user).seed(MESSAGES, 8008L);
        this.account = Lab.account(lab, user);
    }

    @Test
    void inventoryMatchesWhatWasSeeded() throws Exception {
        Inventory inv = InventoryScanner.scan(account, (d, t, f) -> { }, () -> false);

        for (FolderCount c : seeded.folders().values()) {
            Inventory.FolderStats s = inv.folder(c.folder());
            assertThat(s.messages()).as(c.folder()).isEqualTo(c.messages());
            assertThat(s.unseen()).as(c.folder()).isEqualTo(c.unseen());
        }
        assertThat(inv.messages()).isEqualTo(MESSAGES);
        assertThat(inv.folders()).extracting(Inventory.FolderStats::name).contains("取引先/見積/2024年度", "研究&開発");
        assertThat(inv.largestBytes()).isGreaterThan(0).isLessThanOrEqualTo(inv.bytes());
        assertThat(inv.quotaLimitBytes()).isEqualTo(user.quotaBytes());
        assertThat(inv.quotaUsedBytes()).isGreaterThan(0);
    }

    @Test
    void starttlsOnThePlainImapPortWhenTheAccountSaysSo() throws Exception {
        ImapAccount stls = new ImapAccount(lab.serverHost(), lab.imapStarttlsPort(), user.address(),
                user.password().toCharArray(), lab.sslContext(), TlsMode.STARTTLS);

        Inventory inv = InventoryScanner.scan(stls, (d, t, f) -> { }, () -> false);

        assertThat(inv.messages()).isEqualTo(MESSAGES);
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void exportHoldsTheServersExactBytesAndLeavesFlagsAlone(ArchiveFormat format, @TempDir Path out) throws Exception {
        var before = Lab.serverFlags(account);

        ExportReport report = new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, format), new ArchiveExporter.Progress() { }, () -> false);

        assertThat(report.complete()).as(report.failures().toString()).isTrue();
        assertThat(report.fetched()).isEqualTo(MESSAGES);
        assertThat(Lab.serverFlags(account)).as("no flag changed on the server").isEqualTo(before);
        for (FolderCount c : seeded.folders().values()) {
            assertThat(report.folder(c.folder()).fetched()).as(c.folder()).isEqualTo(c.messages());
        }
        // the archived bytes are the seeder's files byte for byte (modulo the CRLF the IMAP wire adds)
        ArchiveIndex idx = ArchiveIndex.load(out);
        int iso2022 = 0;
        int sjis = 0;
        int withoutId = 0;
        for (String folder : MailboxSeeder.folderNames()) {
            Path gen = idx.resolve(idx.folders().get(folder).generationDir());
            List<String> archived = new ArrayList<>();
            try (MessageSink sink = MessageSink.open(format, gen)) {
                for (ManifestEntry e : Manifest.load(gen).entries()) {
                    byte[] raw = sink.read(e);
                    assertThat(Hashes.sha256Hex(raw)).isEqualTo(e.sha256());
                    archived.add(Hashes.sha256Hex(Lab.crlfToLf(raw)));
                    String head = new String(raw, 0, Math.min(raw.length, 4000), StandardCharsets.ISO_8859_1);
                    iso2022 += head.contains("charset=ISO-2022-JP") ? 1 : 0;
                    sjis += head.contains("charset=Shift_JIS") ? 1 : 0;
                    withoutId += e.messageId().isEmpty() ? 1 : 0;
                }
            }
            archived.sort(null);
            assertThat(archived).as(folder).isEqualTo(Lab.seededHashes(lab, user, folder));
        }
        assertThat(iso2022).isPositive();
        assertThat(sjis).isPositive();
        assertThat(withoutId).isEqualTo(seeded.withoutMessageId());
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();
        try (ImapConnection c = ImapConnection.open(account)) {
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c, true);
            assertThat(r.problems()).isEmpty();
            assertThat(r.checked()).isEqualTo(MESSAGES);
        }
    }

    @Test
    void sinceFiltersByInternalDate(@TempDir Path out) throws Exception {
        // the lab's seeded messages share one INTERNALDATE (the seeding time): a date after it selects none,
        // one before it selects all
        java.time.Instant newest;
        try (ImapConnection c = ImapConnection.open(account)) {
            newest = c.summaries(c.examine("INBOX")).stream().map(ImapConnection.MessageSummary::internalDate)
                    .max(java.time.Instant::compareTo).orElseThrow();
        }
        var options = ArchiveExporter.Options.of(out, ArchiveFormat.MBOX).withFolders(List.of("INBOX"));

        ExportReport none = new ArchiveExporter(account).export(account.host(), account.user(),
                options.withSince(newest.plusSeconds(1)), new ArchiveExporter.Progress() { }, () -> false);
        ExportReport all = new ArchiveExporter(account).export(account.host(), account.user(),
                options.withSince(newest.minusSeconds(86_400 * 400L)), new ArchiveExporter.Progress() { }, () -> false);

        assertThat(none.fetched()).isZero();
        assertThat(all.fetched()).isEqualTo(seeded.folder("INBOX").messages());
    }

    @Test
    void folderDirectoriesAreSafeFileNames(@TempDir Path out) throws Exception {
        new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.EML).withFolders(List.of("研究&開発", "取引先/見積/2024年度")),
                new ArchiveExporter.Progress() { }, () -> false);

        assertThat(out.resolve("mail/研究&開発")).isDirectory();
        assertThat(out.resolve("mail/取引先/見積/2024年度")).isDirectory();
    }

    @Test
    void mboxQuotesFromLinesReversibly(@TempDir Path out) throws Exception {
        new ArchiveExporter(account).export(account.host(), account.user(), ArchiveExporter.Options.of(out, ArchiveFormat.MBOX),
                new ArchiveExporter.Progress() { }, () -> false);

        int quoted = 0;
        int doubleQuoted = 0;
        ArchiveIndex idx = ArchiveIndex.load(out);
        for (var f : idx.folders().values()) {
            Path gen = idx.resolve(f.generationDir());
            String mbox = Files.readString(gen.resolve("messages.mbox"), StandardCharsets.ISO_8859_1);
            int fromLines = 0;
            for (String line : mbox.split("\n")) {
                fromLines += line.startsWith("From ") ? 1 : 0;
                quoted += line.startsWith(">From ") ? 1 : 0;
                doubleQuoted += line.startsWith(">>From ") ? 1 : 0;
            }
            // every unquoted From_ line starts a message: none from a body leaked through
            assertThat(fromLines).isEqualTo(Manifest.load(gen).entries().size());
        }
        assertThat(quoted).isPositive();
        assertThat(doubleQuoted).as("the seeder's '>From' lines gain one more '>'").isPositive();
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void cancelledExportResumesCompleteWithoutDuplicates(ArchiveFormat format, @TempDir Path out) throws Exception {
        AtomicInteger archived = new AtomicInteger();
        ArchiveExporter.Progress counting = new ArchiveExporter.Progress() {
            @Override
            public void messageArchived(String folder, long bytes) {
                archived.incrementAndGet();
            }
        };
        var options = ArchiveExporter.Options.of(out, format).withBatch(7, 1L << 20);

        ExportReport first = new ArchiveExporter(account).export(account.host(), account.user(), options, counting,
                () -> archived.get() >= 40);
        assertThat(first.cancelled()).isTrue();
        assertThat(first.fetched()).isLessThan(MESSAGES);
        simulateCrashDebris(out, format);

        ExportReport second = new ArchiveExporter(account).export(account.host(), account.user(), options,
                new ArchiveExporter.Progress() { }, () -> false);

        assertThat(second.complete()).isTrue();
        assertThat(first.fetched() + second.fetched()).isEqualTo(MESSAGES);
        ArchiveVerifier.Report verified = ArchiveVerifier.verify(out);
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.checked()).isEqualTo(MESSAGES);
    }

    /** What a kill -9 between writing and recording leaves: a torn message, a torn manifest line, temp files. */
    private static void simulateCrashDebris(Path out, ArchiveFormat format) throws Exception {
        ArchiveIndex idx = ArchiveIndex.load(out);
        Path gen = null;
        for (var f : idx.folders().values()) {
            Path g = idx.resolve(f.generationDir());
            if (Files.exists(g.resolve(Manifest.FILE))) {
                gen = g;
            }
        }
        assertThat(gen).as("a folder was partly exported").isNotNull();
        Files.write(gen.resolve(Manifest.FILE), "{\"uidValidity\":1,\"ui".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        switch (format) {
            case MBOX -> Files.write(gen.resolve("messages.mbox"), "From MAILER-DAEMON torn\nSubject: half".getBytes(
                    StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
            case EML -> {
                Files.write(gen.resolve("999999.eml.part"), "torn".getBytes(StandardCharsets.US_ASCII));
                long next = Manifest.load(gen).entries().stream().mapToLong(ManifestEntry::uid).max().orElse(0) + 1;
                Files.write(gen.resolve(next + ".eml"), "renamed but never recorded".getBytes(StandardCharsets.US_ASCII));
            }
            case MAILDIR -> {
                Files.write(gen.resolve("tmp/1.M999999.mailbench:2,S.part"), "torn".getBytes(StandardCharsets.US_ASCII));
                Files.write(gen.resolve("cur/1700000000.M999999.mailbench:2,S"), "unrecorded".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void verifyFindsATamperedMessage(@TempDir Path out) throws Exception {
        new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.EML).withFolders(List.of("請求書")),
                new ArchiveExporter.Progress() { }, () -> false);
        ArchiveIndex idx = ArchiveIndex.load(out);
        Path gen = idx.resolve(idx.folders().get("請求書").generationDir());
        ManifestEntry victim = Manifest.load(gen).entries().get(2);
        byte[] raw = Files.readAllBytes(gen.resolve(victim.file()));
        raw[raw.length - 3] ^= 1;
        Files.write(gen.resolve(victim.file()), raw);

        ArchiveVerifier.Report r = ArchiveVerifier.verify(out);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ArchiveVerifier.ProblemKind.HASH_MISMATCH);
            assertThat(p.uid()).isEqualTo(victim.uid());
        });
    }

    @Test
    void verifyWithServerHashesFindsBytesThatDifferFromTheServer(@TempDir Path out) throws Exception {
        new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.EML).withFolders(List.of("研究&開発")),
                new ArchiveExporter.Progress() { }, () -> false);
        ArchiveIndex idx = ArchiveIndex.load(out);
        Path gen = idx.resolve(idx.folders().get("研究&開発").generationDir());
        List<String> lines = Files.readAllLines(gen.resolve(Manifest.FILE));
        ManifestEntry victim = Json.mapper().readValue(lines.get(0), ManifestEntry.class);
        byte[] raw = Files.readAllBytes(gen.resolve(victim.file()));
        raw[raw.length - 3] ^= 1;
        Files.write(gen.resolve(victim.file()), raw);
        // a consistent forgery: the manifest agrees with the altered file, only the server can tell
        lines.set(0, lines.get(0).replace(victim.sha256(), Hashes.sha256Hex(raw)));
        Files.write(gen.resolve(Manifest.FILE), lines);
        assertThat(ArchiveVerifier.verify(out).problems()).isEmpty();

        try (ImapConnection c = ImapConnection.open(account)) {
            assertThat(ArchiveVerifier.verify(out, c, true).problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ArchiveVerifier.ProblemKind.SERVER_HASH_DIFFERS);
                assertThat(p.uid()).isEqualTo(victim.uid());
            });
        }
    }

    @Test
    void verifyAgainstTheServerSeesMessagesTheArchiveLacks(@TempDir Path out) throws Exception {
        new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, ArchiveFormat.MBOX).withFolders(List.of("Sent")),
                new ArchiveExporter.Progress() { }, () -> false);
        ArchiveIndex idx = ArchiveIndex.load(out);
        Path sent = idx.resolve(idx.folders().get("Sent").generationDir()).resolve(Manifest.FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(sent));
        long forgotten = Json.mapper().readValue(lines.remove(lines.size() - 1), ManifestEntry.class).uid();
        Files.write(sent, lines);
        idx.track("取引先", '/', 1);
        idx.save();

        try (ImapConnection c = ImapConnection.open(account)) {
            ArchiveVerifier.Report r = ArchiveVerifier.verify(out, c);
            assertThat(r.problems()).extracting(ArchiveVerifier.Problem::kind, ArchiveVerifier.Problem::uid)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ArchiveVerifier.ProblemKind.MISSING_FROM_ARCHIVE, forgotten),
                            org.assertj.core.groups.Tuple.tuple(ArchiveVerifier.ProblemKind.UIDVALIDITY_DIFFERS, -1L));
        }
    }
}
