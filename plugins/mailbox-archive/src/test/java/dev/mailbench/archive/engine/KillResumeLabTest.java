package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** kill -9 of a real export process at several points, then resume: complete, no duplicates, nothing torn. */
@RequiresTestLab(LabService.IMAP)
class KillResumeLabTest {
    static final int MESSAGES = 200;

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void killedExportsResumeToACompleteArchive(ArchiveFormat format, TestLab lab, @TempDir Path out) throws Exception {
        LabUser user = lab.billing();
        MailboxSeeder.forLab(lab, user).seed(MESSAGES, 777L);
        int killedMidway = 0;
        for (int killAt : new int[] {15, 60, 110, 160}) {
            Process child = start(user, out, format);
            while (child.isAlive() && recorded(out) < killAt) {
                Thread.sleep(2);
            }
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                killedMidway++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killedMidway).as("at least one export was killed while running").isPositive();

        ImapAccount account = Lab.account(lab, user);
        ExportReport last = new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, format), new ArchiveExporter.Progress() { }, () -> false);

        assertThat(last.complete()).as(last.failures().toString()).isTrue();
        ArchiveVerifier.Report r;
        try (ImapConnection c = ImapConnection.open(account)) {
            r = ArchiveVerifier.verify(out, c);
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.checked()).isEqualTo(MESSAGES);
        assertThat(recorded(out)).isEqualTo(MESSAGES);
    }

    private static Process start(LabUser user, Path out, ArchiveFormat format) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", cp, ExportChild.class.getName(), user.address(), out.toString(), format.id())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Manifest lines (complete ones) over all folders; a line torn by the kill is not counted. */
    private static int recorded(Path out) throws IOException {
        if (!ArchiveIndex.exists(out)) {
            return 0;
        }
        ArchiveIndex idx = ArchiveIndex.load(out); // archive.json is replaced atomically: always whole
        int n = 0;
        for (ArchiveIndex.FolderEntry f : idx.folders().values()) {
            Path manifest = idx.resolve(f.generationDir()).resolve(Manifest.FILE);
            if (Files.exists(manifest)) {
                for (String line : Files.readAllLines(manifest)) {
                    n += line.endsWith("}") ? 1 : 0;
                }
            }
        }
        return n;
    }
}
