package dev.mailbench.migration.copy;

import dev.mailbench.testlab.TestLab;

/**
 * Runs one copy in its own JVM so a test can kill it with SIGKILL: {@code CopyChild PAIR}. Prints "copied N" after
 * every message so the test knows where it is.
 */
public final class CopyChild {
    private CopyChild() {
    }

    public static void main(String[] args) throws Exception {
        TestLab lab = TestLab.load();
        int pair = Integer.parseInt(args[0]);
        CopyReport r = new MailboxCopier(MigLab.account(lab, lab.migrationSource(pair)),
                MigLab.account(lab, lab.migrationDestination(pair)), CopyOptions.defaults().withBatch(3, 1L << 20))
                .copy(new CopyProgress() {
                    @Override
                    public void copied(String folder, long messages, long bytes, double bytesPerSecond) {
                        System.out.println("copied " + messages);
                        System.out.flush();
                    }
                }, () -> false);
        System.exit(r.complete() ? 0 : 1);
    }
}
