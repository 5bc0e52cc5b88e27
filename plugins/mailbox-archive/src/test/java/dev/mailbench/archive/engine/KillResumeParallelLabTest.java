package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 of a real export over three connections (one folder shared by all three for EML and Maildir, so three
 * writers append to one manifest), then resume: complete, every message once, nothing torn.
 */
@RequiresTestLab(LabService.IMAP)
class KillResumeParallelLabTest {
    static final int MESSAGES = 200;

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void killedThreeConnectionExportsResumeToACompleteArchive(ArchiveFormat format, TestLab lab, @TempDir Path out)
            throws Exception {
        LabUser user = lab.billing();
        MailboxSeeder.forLab(lab, user).seed(MESSAGES, 778L);
        int killedMidway = 0;
        for (int killAt : new int[] {15, 60, 110, 160}) {
            Process child = start(user, out, format);
            while (child.isAlive() && recorded(out).size() < killAt) {
                Thread.sleep(2);
            }
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
                killedMidway++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
            List<String> lines = recorded(out);
            assertThat(new HashSet<>(lines)).as("no message recorded twice after a kill").hasSameSizeAs(lines);
        }
        assertThat(killedMidway).as("at least one export was killed while running").isPositive();

        ImapAccount account = Lab.account(lab, user);
        ExportReport last = new ArchiveExporter(account).export(account.host(), account.user(),
                ArchiveExporter.Options.of(out, format).withConnections(3), new ArchiveExporter.Progress() { }, () -> false);

        assertThat(last.complete()).as(last.failures().toString()).isTrue();
        ArchiveVerifier.Report r;
        try (ImapConnection c = ImapConnection.open(account)) {
            r = ArchiveVerifier.verify(out, c);
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.checked()).isEqualTo(MESSAGES);
        List<String> lines = recorded(out);
        assertThat(lines).hasSize(MESSAGES);
        assertThat(Set.copyOf(lines)).hasSize(MESSAGES);
    }

    private static Process start(LabUser user, Path out, ArchiveFormat format) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", cp, ExportChild.class.getName(), user.address(), out.toString(), format.id(),
                "connections=3").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** "folder UID" of every complete manifest line over all folders; a line torn by the kill is not counted. */
    private static List<String> recorded(Path out) throws IOException {
        List<String> uids = new java.util.ArrayList<>();
        if (!ArchiveIndex.exists(out)) {
            return uids;
        }
        ArchiveIndex idx = ArchiveIndex.load(out);
        for (var f : idx.folders().entrySet()) {
            Path manifest = idx.resolve(f.getValue().generationDir()).resolve(Manifest.FILE);
            if (Files.exists(manifest)) {
                for (String line : Files.readAllLines(manifest)) {
                    if (line.endsWith("}")) {
                        uids.add(f.getKey() + " " + dev.mailbench.kit.json.Json.mapper().readTree(line).get("uid").asLong());
                    }
                }
            }
        }
        return uids;
    }
}
