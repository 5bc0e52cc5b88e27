package dev.mailbench.migration.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.testlab.CuttingRelay;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pair 2: a copy killed with SIGKILL resumes without duplicates; a connection cut mid-transfer is retried. */
@RequiresTestLab(LabService.IMAP)
class ResumeLabTest {
    static final int MESSAGES = 200;

    @Test
    void killedCopiesResumeToACompleteCopyWithoutDuplicates(TestLab lab) throws Exception {
        LabUser srcUser = lab.migrationSource(2);
        LabUser dstUser = lab.migrationDestination(2);
        MailboxSeeder.forLab(lab, srcUser).seed(MESSAGES, 2025L);
        MigLab.wipe(lab, dstUser);
        int killedMidway = 0;
        for (int killAt : new int[] {20, 90}) {
            Process child = start(2);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("copied ") && Integer.parseInt(line.substring(7)) >= killAt) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, an APPEND may be half sent
                        killedMidway++;
                        break;
                    }
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killedMidway).as("copies killed while running").isEqualTo(2);
        ImapAccount src = MigLab.account(lab, srcUser);
        ImapAccount dst = MigLab.account(lab, dstUser);
        assertThat(MigLab.count(MigLab.contents(dst))).isBetween(90, MESSAGES - 1);

        CopyReport last = new MailboxCopier(src, dst, CopyOptions.defaults()).copy(new CopyProgress() { }, () -> false);

        assertThat(last.complete()).as(last.failures().toString()).isTrue();
        VerifyReport v = new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false);
        assertThat(v.matches()).as(v.toString()).isTrue();
        assertThat(v.duplicated() + v.extra()).isZero();
        assertThat(MigLab.contents(dst)).isEqualTo(MigLab.contents(src));
    }

    @Test
    void aConnectionCutDuringFetchOrAppendIsRetried(TestLab lab) throws Exception {
        LabUser srcUser = lab.migrationSource(2);
        LabUser dstUser = lab.migrationDestination(2);
        MailboxSeeder.forLab(lab, srcUser).seed(120, 77L);
        ImapAccount src = MigLab.account(lab, srcUser);
        ImapAccount dst = MigLab.account(lab, dstUser);
        for (boolean cutDestination : new boolean[] {false, true}) {
            MigLab.wipe(lab, dstUser);
            List<String> retries = new ArrayList<>();
            CopyReport r;
            // source: cut while bodies come down; destination: cut while an APPEND goes up
            try (CuttingRelay relay = cutDestination ? CuttingRelay.cuttingUpstream(lab.imapsPort(), 1, 400_000)
                    : CuttingRelay.cuttingDownstream(lab.imapsPort(), 1, 900_000)) {
                ImapAccount from = cutDestination ? src : MigLab.account(lab, srcUser, relay.port());
                ImapAccount to = cutDestination ? MigLab.account(lab, dstUser, relay.port()) : dst;
                r = new MailboxCopier(from, to, CopyOptions.defaults().withBatch(10, 1L << 20).withRetries(3, 50))
                        .copy(new CopyProgress() {
                            @Override
                            public void retrying(String folder, int attempt, long delayMillis, String cause) {
                                retries.add(folder + " " + attempt + " " + cause);
                            }
                        }, () -> false);
                assertThat(relay.cuts()).isEqualTo(1);
            }
            assertThat(r.complete()).as(r + "\n" + retries + "\n" + new MailboxVerifier(src, dst).verify(List.of(), new CopyProgress() { }, () -> false)).isTrue();
            assertThat(r.reconnections()).isEqualTo(1);
            assertThat(retries).hasSize(1);
            assertThat(MigLab.contents(dst)).isEqualTo(MigLab.contents(src));
        }
    }

    private static Process start(int pair) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", cp, CopyChild.class.getName(), Integer.toString(pair))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
