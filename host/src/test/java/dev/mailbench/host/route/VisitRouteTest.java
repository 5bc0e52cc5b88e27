package dev.mailbench.host.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.host.TestFiles;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.route.VisitRoute.State;
import dev.mailbench.host.route.VisitRoute.Step;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VisitRouteTest {
    private static Project sample;

    @BeforeAll
    static void load() throws Exception {
        sample = new ProjectStore().load(TestFiles.sample()).project();
    }

    @Test
    void theRouteRunsFromTheCustomerToTheHandoverInTheOrderOfAVisit() {
        assertThat(VisitRoute.of(sample, List.of())).extracting(Step::id)
                .containsExactly("customer", "design", "dns", "client-setup", "migration", "handover");
        assertThat(VisitRoute.of(sample, List.of())).extracting(Step::target)
                .containsExactly("overview", "design", "dns-check", "client-setup", "migration", VisitRoute.HANDOVER);
    }

    @Test
    void anEmptyProjectHasNothingStarted() {
        assertThat(VisitRoute.of(Project.empty(), List.of())).extracting(Step::state).containsOnly(State.NOT_STARTED);
    }

    @Test
    void undecidedMailboxesLeaveTheDesignWithFindingsAndDecidedOnesFinishIt() {
        Project undecided = sample.withMailboxes(sample.mailboxes().stream()
                .map(m -> m.withProtocol(MailProtocol.UNDECIDED)).toList());
        Step design = step(undecided, "design");
        assertThat(design.state()).isEqualTo(State.FINDINGS);
        assertThat(design.summary().ja()).contains(String.valueOf(sample.mailboxes().size()));

        Project decided = sample.withMailboxes(sample.mailboxes().stream()
                .map(m -> m.withProtocol(MailProtocol.IMAP)).toList());
        assertThat(step(decided, "design").state()).isEqualTo(State.DONE);
    }

    @Test
    void openChecklistItemsKeepTheHandoverToDoUntilAllAreDone() {
        ChecklistState open = new ChecklistState("a", ChecklistStatus.OPEN, "", null, "", null);
        ChecklistState done = new ChecklistState("b", ChecklistStatus.DONE, "", null, "", null);
        assertThat(step(sample.withChecklist(List.of(open, done)), "handover").state()).isEqualTo(State.FINDINGS);
        assertThat(step(sample.withChecklist(List.of(done)), "handover").state()).isEqualTo(State.DONE);
        assertThat(step(sample.withChecklist(List.of()), "handover").state()).isEqualTo(State.NOT_STARTED);
    }

    @Test
    void validationProblemsAreFindingsOfTheCustomerRecord() {
        assertThat(step(sample, "customer").state()).isEqualTo(State.DONE);
        var problem = new dev.mailbench.host.project.ValidationProblem(
                dev.mailbench.host.project.ValidationProblem.Severity.values()[0], "mailbox", "m-info", "address",
                dev.mailbench.api.model.LocalizedText.of("x", "x"));
        assertThat(VisitRoute.of(sample, List.of(problem)).get(0).state()).isEqualTo(State.FINDINGS);
    }

    @Test
    void theDnsStepWithoutItsPluginSaysSoAndNeverReadsThePluginsSavedRuns() {
        // a saved run the host must not interpret: only the DNS plugin knows its section's layout
        Project withRun = sample.withPlugins(java.util.Map.of("dns-check", java.util.Map.of("runs", List.of(java.util.Map.of(
                "domains", List.of(java.util.Map.of("domain", sample.domains().get(0).name(), "worst", "OK")))))));
        Step dns = step(withRun, "dns");
        assertThat(dns.state()).isEqualTo(State.NOT_STARTED);
        assertThat(dns.summary().ja()).contains("プラグインが無効");
        assertThat(step(Project.empty(), "dns").summary().ja()).startsWith("ドメインを記録してから");
    }

    @Test
    void aContributedStateReplacesTheHostsRuleAndGoesToThePluginsPanel() {
        var dns = contributor(VisitStep.DNS, "dns-check", StepStatus.of(StepState.DONE, "直す点なし", "Nothing to fix"));
        Step step = VisitRoute.of(sample, List.of(), List.of(dns)).get(2);
        assertThat(step.id()).isEqualTo("dns");
        assertThat(step.title().ja()).isEqualTo("DNS チェック");
        assertThat(step.state()).isEqualTo(State.DONE);
        assertThat(step.summary().en()).isEqualTo("Nothing to fix");
        assertThat(step.target()).isEqualTo("dns-check");
    }

    @Test
    void migrationAndArchiveShowTheWorseOfThoseThatSpeakAndOpenItsPanel() {
        var migrationDone = contributor(VisitStep.MIGRATION_OR_ARCHIVE, "migration", StepStatus.of(StepState.DONE, "移行完了", "Moved"));
        var archiveFailed = contributor(VisitStep.MIGRATION_OR_ARCHIVE, "archive",
                StepStatus.of(StepState.FINDINGS, "taro@: 接続できません。", "taro@: cannot connect."));
        var archiveSilent = contributor(VisitStep.MIGRATION_OR_ARCHIVE, "archive", null);

        Step both = step(sample, "migration", migrationDone, archiveFailed);
        assertThat(both.state()).isEqualTo(State.FINDINGS);
        assertThat(both.summary().ja()).isEqualTo("taro@: 接続できません。");
        assertThat(both.target()).isEqualTo("archive");
        assertThat(step(sample, "migration", archiveFailed, migrationDone).target()).as("order does not matter").isEqualTo("archive");

        Step onlyMigration = step(sample, "migration", migrationDone, archiveSilent);
        assertThat(onlyMigration.state()).as("an archive never started does not hold back a finished move").isEqualTo(State.DONE);
        assertThat(onlyMigration.target()).isEqualTo("migration");

        // neither speaks (both disabled, or nothing saved): the host's own rule
        Project noPlan = sample.withPlugins(java.util.Map.of());
        assertThat(step(noPlan, "migration", archiveSilent).state()).isEqualTo(State.NOT_STARTED);
        assertThat(step(noPlan, "migration", archiveSilent).summary().ja()).startsWith("旧サーバーからの移行計画");
    }

    @Test
    void aFailingContributorFallsBackToTheHostsRule() {
        RouteStepContributor broken = new RouteStepContributor() {
            public VisitStep step() {
                return VisitStep.DESIGN;
            }

            public java.util.Optional<StepStatus> status(Project p) {
                throw new IllegalStateException("plugin bug");
            }
        };
        assertThat(step(sample, "design", broken)).isEqualTo(step(sample, "design"));
    }

    /** Speaks for {@code step} with {@code status} (null: nothing to say), opening {@code panel}. */
    private static RouteStepContributor contributor(VisitStep step, String panel, StepStatus status) {
        return new RouteStepContributor() {
            public VisitStep step() {
                return step;
            }

            public java.util.Optional<StepStatus> status(Project p) {
                return java.util.Optional.ofNullable(status);
            }

            public String panelId() {
                return panel;
            }
        };
    }

    private static Step step(Project p, String id, RouteStepContributor... contributors) {
        return VisitRoute.of(p, List.of(), List.of(contributors)).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Step step(Project p, String id) {
        return VisitRoute.of(p, List.of()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
