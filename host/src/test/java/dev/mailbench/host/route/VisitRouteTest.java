package dev.mailbench.host.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
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
    void theDnsStepFollowsTheCheckersLastSavedRun() {
        Project unchecked = sample.withPlugins(java.util.Map.of());
        assertThat(step(unchecked, "dns").state()).isEqualTo(State.NOT_STARTED);
        assertThat(step(unchecked, "dns").summary().ja()).contains("確認");

        assertThat(step(withDnsRun("WARNING"), "dns").state()).isEqualTo(State.FINDINGS);
        assertThat(step(withDnsRun("COULD_NOT_CHECK"), "dns").state()).as("not checked is not clean").isEqualTo(State.FINDINGS);
        assertThat(step(withDnsRun("INFO"), "dns").state()).isEqualTo(State.DONE);
        // an older run with a warning does not count once a newer one is clean
        Project older = withDnsRun("WARNING");
        java.util.List<Object> runs = new java.util.ArrayList<>((java.util.List<?>) ((java.util.Map<?, ?>) older.plugins().get("dns-check")).get("runs"));
        runs.addAll((java.util.List<?>) ((java.util.Map<?, ?>) withDnsRun("OK").plugins().get("dns-check")).get("runs"));
        assertThat(step(sample.withPlugins(java.util.Map.of("dns-check", java.util.Map.of("runs", runs))), "dns").state())
                .isEqualTo(State.DONE);
    }

    /** The sample with one saved DNS run in which its domain's worst finding is {@code worst}. */
    private static Project withDnsRun(String worst) {
        var run = java.util.Map.of("at", "2026-12-04T05:00:00Z", "domains",
                List.of(java.util.Map.of("domain", sample.domains().get(0).name(), "worst", worst)));
        return sample.withPlugins(java.util.Map.of("dns-check", java.util.Map.of("runs", List.of(run))));
    }

    private static Step step(Project p, String id) {
        return VisitRoute.of(p, List.of()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
