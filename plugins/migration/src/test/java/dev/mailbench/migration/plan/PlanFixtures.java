package dev.mailbench.migration.plan;

import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The sample project with a migration section, for plan tests. */
final class PlanFixtures {
    /** Friday 2026-12-11 19:00 Japan time. */
    static final LocalDateTime CUTOVER = LocalDateTime.of(2026, 12, 11, 19, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    private PlanFixtures() {
    }

    static MigrationSection section() {
        return MigrationSection.empty()
                .withOldHost(new OldHost("旧プロバイダ", "mx.old-provider.test", 993, "mx.old-provider.test", 587, "127.0.0.1:24054"))
                .withCutover(CUTOVER.toString());
    }

    static PlanInputs inputs(MigrationSection section) {
        return new PlanInputs(SampleProject.load(), section, FakeWorkbenchApi.xserverTest(), NOW);
    }

    static MailboxSurvey survey(String mailboxId, String address, long bytes, double rate, int overLimit) {
        return new MailboxSurvey(mailboxId, address, Instant.parse("2026-11-30T01:00:00Z"),
                List.of(new MailboxSurvey.FolderSurvey("INBOX", 1000, bytes / 2, 5_000_000),
                        new MailboxSurvey.FolderSurvey("送信済み", 500, bytes - bytes / 2, 30_000_000)),
                30_000_000, overLimit, rate, 20);
    }
}
