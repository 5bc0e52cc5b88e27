package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Project;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 20: a check's result is kept with the project, but it is not an edit. */
class ProjectSessionTest {
    private static Project named(Project p, String name) {
        return p.withCustomer(new Customer(name, "", "", "", "", ""));
    }

    private static Project withResult(Project p, String result) {
        return p.withPlugins(Map.of("dns-check", Map.of("last", result)));
    }

    private static Object result(ProjectSession session) {
        return session.project().plugins().get("dns-check");
    }

    @Test
    void aRecordedResultIsNoUndoStepAndNoUnsavedChange() {
        ProjectSession session = new ProjectSession(Project.empty(), null, null);
        session.update("名前を変更", p -> named(p, "A 商事"));
        session.markSaved(java.nio.file.Path.of("x.mailbench.json"), null);

        session.record(p -> withResult(p, "run 1"));

        assertThat(session.isDirty()).isFalse();
        assertThat(session.undoDescription()).contains("名前を変更");
        assertThat(result(session)).isEqualTo(Map.of("last", "run 1"));
    }

    @Test
    void aRecordedResultSurvivesUndoAndRedoOfTheConsultantsEdits() {
        ProjectSession session = new ProjectSession(Project.empty(), null, null);
        session.update("名前を変更", p -> named(p, "A 商事"));
        session.record(p -> withResult(p, "run 1"));
        session.update("名前を変更", p -> named(p, "B 商事"));

        session.undo();
        assertThat(session.project().customer().name()).isEqualTo("A 商事");
        assertThat(result(session)).isEqualTo(Map.of("last", "run 1"));
        session.undo();
        assertThat(session.project().customer().name()).isEmpty();
        assertThat(result(session)).isEqualTo(Map.of("last", "run 1"));
        session.redo();
        session.redo();
        assertThat(session.project().customer().name()).isEqualTo("B 商事");
        assertThat(result(session)).isEqualTo(Map.of("last", "run 1"));
        assertThat(session.undoDescription()).contains("名前を変更");
    }
}
