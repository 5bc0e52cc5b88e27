package dev.mailbench.migration.copy;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.util.List;
import java.util.Locale;

/**
 * Measures the copy rate on the lab (not a test): {@code CopyBenchmark MESSAGES} seeds pair 2's source, empties its
 * destination, copies, copies again (nothing to do) and verifies, printing the times.
 */
public final class CopyBenchmark {
    private CopyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[0]);
        TestLab lab = TestLab.load();
        SeedResult seeded = MailboxSeeder.forLab(lab, lab.migrationSource(2)).seed(messages, 31337L);
        MigLab.wipe(lab, lab.migrationDestination(2));
        ImapAccount src = MigLab.account(lab, lab.migrationSource(2));
        ImapAccount dst = MigLab.account(lab, lab.migrationDestination(2));
        System.out.printf(Locale.ROOT, "seeded %d messages, %.1f MB%n", seeded.messages(), seeded.bytes() / 1048576.0);
        CopyReport r = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);
        System.out.printf(Locale.ROOT, "copy: %d messages, %.1f MB in %.1f s = %.1f msg/s, %.2f MB/s, complete=%s%n",
                r.copiedMessages(), r.copiedBytes() / 1048576.0, r.elapsed().toMillis() / 1000.0, r.messagesPerSecond(),
                r.bytesPerSecond() / 1048576.0, r.complete());
        long t0 = System.nanoTime();
        CopyReport again = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);
        System.out.printf(Locale.ROOT, "second run: copied %d, %.1f s%n", again.copiedMessages(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        VerifyReport v = new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false);
        System.out.printf(Locale.ROOT, "verify: matches=%s missing=%d duplicated=%d, %.1f s%n", v.matches(), v.missing(),
                v.duplicated(), (System.nanoTime() - t0) / 1e9);
    }
}
