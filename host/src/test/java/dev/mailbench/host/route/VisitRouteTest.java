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

    private static Step step(Project p, String id) {
        return VisitRoute.of(p, List.of()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
