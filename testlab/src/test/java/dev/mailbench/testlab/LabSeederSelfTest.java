package dev.mailbench.testlab;

import static dev.mailbench.testlab.LineClient.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.seed.FolderCount;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.ModifiedUtf7;
import dev.mailbench.testlab.seed.SeedResult;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seeder is deterministic and its counts match what Dovecot reports over IMAP. */
@RequiresTestLab(LabService.IMAP)
class LabSeederSelfTest {

    @Test
    void seededCountsMatchImapStatus(TestLab lab) throws Exception {
        LabUser u = lab.selftest();
        MailboxSeeder seeder = MailboxSeeder.forLab(lab, u);
        SeedResult first = seeder.seed(MailboxSeeder.DEFAULT_MESSAGES, MailboxSeeder.DEFAULT_SEED);
        SeedResult r = seeder.seed(MailboxSeeder.DEFAULT_MESSAGES, MailboxSeeder.DEFAULT_SEED);
        assertThat(r.folders()).isEqualTo(first.folders());
        assertThat(r.bytes()).isEqualTo(first.bytes());
        assertThat(r.messages()).isEqualTo(200);
        assertThat(r.withoutMessageId()).isPositive();
        assertThat(r.duplicates()).isPositive();
        assertThat(r.withAttachment()).isPositive();
        assertThat(r.folders().keySet()).contains("取引先/見積", "研究&開発");
        assertThat(Files.exists(lab.maildir(u).resolve(".&U9ZfFVFI-.&iYt6TQ-"))).isTrue();

        try (LineClient c = LineClient.tls(lab, lab.serverHost(), lab.imapsPort())) {
            c.readLine();
            assertThat(last(c.imap("LOGIN " + u.address() + " " + u.password()))).contains("OK");
            List<String> list = c.imap("LIST \"\" \"*\"");
            Pattern status = Pattern.compile("MESSAGES (\\d+) UNSEEN (\\d+)");
            for (FolderCount f : r.folders().values()) {
                String name = ModifiedUtf7.encode(f.folder());
                assertThat(list).as("LIST has %s", f.folder()).anyMatch(l -> l.endsWith(" \"/\" " + name)
                        || l.endsWith(" \"/\" \"" + name + "\""));
                List<String> st = c.imap("STATUS \"" + name + "\" (MESSAGES UNSEEN)");
                assertThat(last(st)).as("STATUS %s", f.folder()).contains("OK");
                Matcher m = status.matcher(st.get(0));
                assertThat(m.find()).isTrue();
                assertThat(Integer.parseInt(m.group(1))).as("messages in %s", f.folder()).isEqualTo(f.messages());
                assertThat(Integer.parseInt(m.group(2))).as("unseen in %s", f.folder()).isEqualTo(f.unseen());
            }
            List<String> flagged = c.imap("SELECT INBOX");
            assertThat(flagged).anyMatch(l -> l.contains("EXISTS"));
            List<String> search = c.imap("SEARCH FLAGGED");
            String hits = search.stream().filter(l -> l.startsWith("* SEARCH")).findFirst().orElse("* SEARCH").substring(8).trim();
            assertThat(hits.isEmpty() ? 0 : hits.split(" ").length).isEqualTo(r.folder("INBOX").flagged());
            c.imap("LOGOUT");
        }
    }
}
