package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;

import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.TestLab;
import java.nio.file.Path;

/** Runs one export in its own JVM so a test can kill it with SIGKILL: {@code ExportChild USER OUT FORMAT [pop3 | connections=N]}. */
public final class ExportChild {
    private ExportChild() {
    }

    public static void main(String[] args) throws Exception {
        TestLab lab = TestLab.load();
        LabUser user = lab.user(args[0]);
        boolean pop3 = args.length > 3 && args[3].equals("pop3");
        int connections = args.length > 3 && args[3].startsWith("connections=")
                ? Integer.parseInt(args[3].substring("connections=".length())) : 2;
        ImapAccount account = pop3 ? Lab.pop3Account(lab, user) : Lab.account(lab, user);
        ArchiveExporter.Options o = ArchiveExporter.Options.of(Path.of(args[1]), ArchiveFormat.parse(args[2]))
                .withConnections(pop3 ? 1 : connections).withBatch(1, 1L << 20);
        ExportReport r = pop3
                ? new Pop3Exporter(account).export(account.host(), account.user(), o, new ArchiveExporter.Progress() { }, () -> false)
                : new ArchiveExporter(account).export(account.host(), account.user(), o,
                        new ArchiveExporter.Progress() { }, () -> false);
        System.exit(r.complete() ? 0 : 1);
    }
}
