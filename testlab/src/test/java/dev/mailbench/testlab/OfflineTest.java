package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.ModifiedUtf7;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of the helper that need no running lab. */
class OfflineTest {

    @Test
    void modifiedUtf7MatchesRfc3501() {
        assertThat(ModifiedUtf7.encode("日本語")).isEqualTo("&ZeVnLIqe-");
        assertThat(ModifiedUtf7.encode("R&D")).isEqualTo("R&-D");
        assertThat(MailboxSeeder.maildirName("取引先/見積")).isEqualTo(".&U9ZfFVFI-.&iYt6TQ-");
        assertThat(MailboxSeeder.maildirName("INBOX")).isEmpty();
    }

    @Test
    void labEnvIsParsedLiterally() {
        assertThat(TestLab.parseEnv(List.of("# c", "A=1", "B=\"x y\"", "", "C=p!ss"))).containsEntry("A", "1")
                .containsEntry("B", "x y").containsEntry("C", "p!ss").hasSize(3);
    }

    @Test
    void committedLabDescriptionIsComplete() {
        TestLab lab = TestLab.load();
        assertThat(lab.serverHost()).isEqualTo("sv1234.xserver.test");
        assertThat(lab.hostNames()).contains(lab.serverHost(), lab.customerMailHost(), lab.domain());
        assertThat(lab.users()).allMatch(u -> u.address().endsWith("@" + lab.domain()));
        assertThat(lab.users().toString()).doesNotContain(lab.info().password());
        assertThat(List.of(lab.imapsPort(), lab.imapStarttlsPort(), lab.pop3sPort(), lab.pop3StarttlsPort(),
                lab.submissionsPort(), lab.submissionPort(), lab.smtpPort(), lab.dnsPort(), lab.refusedPort(),
                lab.dropPort(), lab.blackholePort(), lab.untrustedTlsPort())).doesNotHaveDuplicates()
                .allMatch(p -> p > 1024);
        assertThat(lab.zones()).contains(TestLab.ZONE_HEALTHY).doesNotContain(TestLab.ZONE_SERVFAIL);
    }
}
