package dev.mailbench.migration.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;

/** Survey of a seeded lab mailbox (pair 1 source, read only). */
@RequiresTestLab(LabService.IMAP)
class SurveyLabTest {
    @Test
    void surveyCountsSizesOversizedMessagesAndMeasuresASample(TestLab lab) throws Exception {
        LabUser user = lab.migrationSource(1);
        SeedResult seeded = MailboxSeeder.forLab(lab, user).seed(220, 515L);
        ImapAccount account = MigLab.account(lab, user);
        List<String> seen = new ArrayList<>();

        SurveyResult r = new MailboxSurveyor(account).survey("mb-1", user.address(),
                SurveyOptions.defaults().withSizeLimit(150 * 1024), new MailboxSurveyor.Progress() {
                    @Override
                    public void folder(String name, int index, int count) {
                        seen.add(name);
                    }
                }, () -> false);

        MailboxSurvey s = r.survey();
        assertThat(s.mailboxId()).isEqualTo("mb-1");
        assertThat(s.messages()).isEqualTo(seeded.messages());
        assertThat(s.folders()).extracting(MailboxSurvey.FolderSurvey::name).containsAll(MailboxSeeder.folderNames());
        assertThat(seen).containsAll(MailboxSeeder.folderNames());
        long serverBytes = 0;
        long largest = 0;
        try (ImapConnection c = ImapConnection.open(account)) {
            for (IMAPFolder f : c.folders()) {
                for (ImapConnection.MessageSummary m : c.summaries(c.examine(f.getFullName()))) {
                    serverBytes += m.size();
                    largest = Math.max(largest, m.size());
                }
            }
        }
        assertThat(s.bytes()).isEqualTo(serverBytes);
        assertThat(s.largestBytes()).isEqualTo(largest).isGreaterThan(200_000);
        assertThat(s.overLimitMessages()).isEqualTo(seeded.withAttachment()).isEqualTo(r.overLimit().size());
        assertThat(r.overLimit()).allSatisfy(m -> assertThat(m.size()).isGreaterThan(150 * 1024));
        assertThat(s.sampleMessages()).isBetween(1, 20);
        assertThat(r.sampleBytes()).isBetween(1L, 5L << 20);
        assertThat(s.measuredBytesPerSecond()).isPositive();
    }

    @Test
    void aCancelledSurveyReturnsNothing(TestLab lab) throws Exception {
        assertThat(new MailboxSurveyor(MigLab.account(lab, lab.migrationSource(1)))
                .survey("mb-1", "x", SurveyOptions.defaults(), new MailboxSurveyor.Progress() { }, () -> true)).isNull();
    }
}
