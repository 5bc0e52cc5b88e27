package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;

import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.TestLab;
import java.nio.file.Path;

/** Runs one export in its own JVM so a test can kill it with SIGKILL: {@code ExportChild USER OUT FORMAT}. */
public final class ExportChild {
    private ExportChild() {
    }

    public static void main(String[] args) throws Exception {
        TestLab lab = TestLab.load();
        LabUser user = lab.user(args[0]);
        ImapAccount account = Lab.account(lab, user);
        ArchiveExporter.Options o = ArchiveExporter.Options.of(Path.of(args[1]), ArchiveFormat.parse(args[2]))
                .withConnections(2).withBatch(1, 1L << 20);
        ExportReport r = new ArchiveExporter(account).export(account.host(), account.user(), o,
                new ArchiveExporter.Progress() { }, () -> false);
        System.exit(r.complete() ? 0 : 1);
    }
}
