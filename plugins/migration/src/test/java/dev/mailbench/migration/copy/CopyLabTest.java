package dev.mailbench.migration.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Copy between two lab mailboxes (pair 1): exact, idempotent, incremental; verify agrees. */
@RequiresTestLab(LabService.IMAP)
class CopyLabTest {
    static final int MESSAGES = 150;

    @Test
    void copiesExactlyThenOnlyWhatIsMissing(TestLab lab) throws Exception {
        MigLab.Pair pair = MigLab.seededPair(lab, 1, MESSAGES, 4242L);
        SeedResult seeded = pair.seeded();
        ImapAccount src = pair.src();
        ImapAccount dst = pair.dst();
        Map<String, List<String>> before = MigLab.contents(src);

        CopyReport first = new MailboxCopier(src, dst, CopyOptions.defaults().withBatch(20, 1L << 20))
                .copy(new CopyProgress() { }, () -> false);

        assertThat(first.complete()).as(first.failures().toString()).isTrue();
        assertThat(first.copiedMessages()).isEqualTo(MESSAGES);
        assertThat(first.folders()).extracting(FolderCopyResult::source)
                .containsAll(MailboxSeeder.folderNames()); // plus the special folders Dovecot creates
        FolderCopyResult research = first.folders().stream().filter(f -> f.source().equals("研究&開発")).findFirst().orElseThrow();
        assertThat(research.destination()).isEqualTo("研究&開発");
        assertThat(research.copied()).isEqualTo(seeded.folder("研究&開発").messages());
        // on disk the destination's folders carry the modified UTF-7 names Dovecot derives from what we sent
        for (String folder : MailboxSeeder.folderNames()) {
            String dir = MailboxSeeder.maildirName(folder);
            assertThat(lab.maildir(lab.migrationDestination(1)).resolve(dir.isEmpty() ? "cur" : dir)).as(folder).isDirectory();
        }
        // same folders, same bytes, same internal dates, same flags; nothing changed on the source
        Map<String, List<String>> copied = MigLab.contents(dst);
        assertThat(copied).containsAllEntriesOf(before);
        assertThat(MigLab.count(copied)).isEqualTo(MESSAGES);
        assertThat(MigLab.contents(src)).isEqualTo(before);
        assertThat(seeded.withoutMessageId()).isPositive();
        assertThat(seeded.duplicates()).isPositive();
        assertThat(new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false).matches()).isTrue();

        CopyReport second = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);
        assertThat(second.copiedMessages()).isZero();
        assertThat(second.folders()).allSatisfy(f -> assertThat(f.alreadyThere()).isEqualTo(f.onSource()));

        appendToSource(src, "取引先/見積");
        CopyReport third = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);
        assertThat(third.copiedMessages()).isEqualTo(1);
        assertThat(third.folders()).filteredOn(f -> f.copied() > 0).extracting(FolderCopyResult::source)
                .containsExactly("取引先/見積");
        assertThat(new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false)
                .copiedMessages()).isZero();
        VerifyReport verify = new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false);
        assertThat(verify.matches()).as(verify.toString()).isTrue();
        assertThat(verify.missing() + verify.duplicated() + verify.extra()).isZero();
        assertThat(MigLab.contents(dst)).isEqualTo(MigLab.contents(src));
    }

    @Test
    void verifyFindsMissingDuplicatedAndExtraMessages(TestLab lab) throws Exception {
        MigLab.Pair pair = MigLab.seededPair(lab, 1, 40, 99L);
        ImapAccount src = pair.src();
        ImapAccount dst = pair.dst();
        new MailboxCopier(src, dst, CopyOptions.defaults().withFolders(List.of("INBOX"))).copy(new CopyProgress() { }, () -> false);
        try (ImapConnection d = ImapConnection.open(dst)) {
            var raw = "Message-ID: <only-on-destination@sample-shoji.test>\r\nSubject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
            d.append("INBOX", raw, 0, raw.length, List.of(), Instant.parse("2024-05-01T00:00:00Z"));
            var first = d.fetchRaw(d.examine("INBOX"), List.of(1L)).get(0);
            d.append("INBOX", first.raw(), first.offset(), first.length(), first.flags(), first.internalDate());
        }

        VerifyReport r = new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false);

        assertThat(r.matches()).isFalse();
        FolderVerifyResult inbox = r.folders().stream().filter(f -> f.source().equals("INBOX")).findFirst().orElseThrow();
        assertThat(inbox.missing()).isZero();
        assertThat(inbox.duplicated()).isEqualTo(1);
        assertThat(inbox.extra()).isEqualTo(1);
        assertThat(r.folders()).filteredOn(f -> !f.source().equals("INBOX") && f.onSource() > 0)
                .allSatisfy(f -> assertThat(f.missing()).isEqualTo(f.onSource()));
    }

    @Test
    void aCancelledCopyStopsAndTheNextRunFinishesWithoutDuplicates(TestLab lab) throws Exception {
        MigLab.Pair pair = MigLab.seededPair(lab, 1, 90, 5150L);
        ImapAccount src = pair.src();
        ImapAccount dst = pair.dst();
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();

        CopyReport first = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() {
            @Override
            public void copied(String folder, long messages, long bytes, double rate) {
                cancel.set(messages >= 30);
            }
        }, cancel::get);

        assertThat(first.cancelled()).isTrue();
        assertThat(first.complete()).isFalse();
        // the batch in flight (one MULTIAPPEND) completes before the copy stops
        assertThat(first.copiedMessages()).isBetween(30L, 30L + CopyOptions.defaults().batchMessages());
        assertThat(first.folders().stream().mapToInt(FolderCopyResult::notCopied).sum()).isPositive();
        assertThat(first.failures()).isEmpty();
        CopyReport rest = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);
        assertThat(rest.complete()).isTrue();
        assertThat(rest.copiedMessages()).isEqualTo(90 - first.copiedMessages());
        assertThat(MigLab.contents(dst)).isEqualTo(MigLab.contents(src));
    }

    @Test
    void aMessageDeletedOnTheSourceDuringTheCopyIsReportedNotSkipped(TestLab lab) throws Exception {
        MigLab.Pair pair = MigLab.seededPair(lab, 1, 40, 6060L);
        ImapAccount src = pair.src();
        ImapAccount dst = pair.dst();

        CopyReport r = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() {
            @Override
            public void planned(long messages, long bytes) {
                expungeFirstInboxMessage(lab, lab.migrationSource(1));
            }
        }, () -> false);

        assertThat(r.complete()).isFalse();
        assertThat(r.failuresByCause()).containsOnlyKeys(MailboxCopier.CAUSE_GONE);
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.folder()).isEqualTo("INBOX"));
        assertThat(r.folders()).filteredOn(f -> f.source().equals("INBOX")).singleElement()
                .satisfies(f -> assertThat(f.failed()).isEqualTo(1));
        assertThat(r.copiedMessages()).isEqualTo(39);
    }

    @Test
    void messagesTheDestinationRefusesAreReportedByCauseAndTheRestIsCopied(TestLab lab) throws Exception {
        LabUser srcUser = lab.migrationSource(1);
        LabUser small = lab.migrationSmallDestination();
        MailboxSeeder.forLab(lab, srcUser).seed(60, 8080L);
        MigLab.wipe(lab, small);
        ImapAccount src = MigLab.account(lab, srcUser);
        ImapAccount dst = MigLab.account(lab, small);

        CopyReport r = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);

        assertThat(r.complete()).isFalse();
        assertThat(r.copiedMessages()).isPositive();
        assertThat(r.copiedMessages() + r.failures().size()).isEqualTo(60);
        assertThat(r.failuresByCause()).hasSize(1);
        String quota = "[OVERQUOTA] Mailbox is full (MailBench lab quota)";
        assertThat(r.failuresByCause().keySet().iterator().next()).isEqualTo(LocalizedText.of(quota, quota));
        assertThat(r.folders().stream().mapToInt(FolderCopyResult::failed).sum()).isEqualTo(r.failures().size());
        assertThat(r.reconnections()).isZero();
        // what was copied is exact, and a later run (after the customer frees space) would copy only the rest
        VerifyReport v = new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false);
        assertThat(v.missing()).isEqualTo(r.failures().size());
        assertThat(v.duplicated() + v.extra()).isZero();
    }

    /** The test's own writer connection (the copier never writes to a source). */
    private static void expungeFirstInboxMessage(TestLab lab, LabUser user) {
        java.util.Properties p = new java.util.Properties();
        p.put("mail.imaps.ssl.socketFactory", lab.sslSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        try {
            jakarta.mail.Store store = jakarta.mail.Session.getInstance(p).getStore("imaps");
            store.connect(lab.serverHost(), lab.imapsPort(), user.address(), user.password());
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_WRITE);
            inbox.getMessage(1).setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            inbox.close(true);
            store.close();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendToSource(ImapAccount src, String folder) throws Exception {
        byte[] raw = ("From: =?ISO-2022-JP?B?GyRCRURDZhsoQg==?= <tanaka@example.test>\r\n"
                + "Subject: =?ISO-2022-JP?B?GyRCOC5AUxsoQg==?=\r\n"
                + "Message-ID: <added-between-runs@sample-shoji.test>\r\nDate: Mon, 2 Dec 2024 10:00:00 +0900\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\nhello\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (ImapConnection c = ImapConnection.open(src)) {
            c.append(folder, raw, 0, raw.length, List.of("\\Seen", "$Forwarded"), Instant.parse("2024-12-02T01:00:00Z"));
        }
    }
}
