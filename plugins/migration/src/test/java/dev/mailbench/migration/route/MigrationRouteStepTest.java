package dev.mailbench.migration.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.kit.json.Json;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import dev.mailbench.migration.plan.DnsSnapshot;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.plan.PlanInputs;
import dev.mailbench.migration.plan.PlanStep;
import dev.mailbench.testkit.FakeWorkbenchApi;
import dev.mailbench.testkit.SampleProject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationRouteStepTest {
    /** Friday 2026-12-11 19:00 Japan time. */
    private static final LocalDateTime CUTOVER = LocalDateTime.of(2026, 12, 11, 19, 0);
    private static final LocalDateTime BEFORE = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final LocalDateTime AFTER = LocalDateTime.of(2026, 12, 14, 9, 0);

    private static final Project CUSTOMER = SampleProject.load().withPlugins(Map.of());

    private static MigrationSection planned() {
        return MigrationSection.empty()
                .withOldHost(new OldHost("旧プロバイダ", "mx.old-provider.test", 993, "mx.old-provider.test", 587, ""))
                .withCutover(CUTOVER.toString());
    }

    private static Project with(MigrationSection section) {
        return CUSTOMER.withPlugins(Map.of(MigrationPlugin.ID, Json.mapper().convertValue(section, Object.class)));
    }

    private static Optional<StepStatus> status(Project p, LocalDateTime now) {
        return new MigrationRouteStep(project -> FakeWorkbenchApi.xserverTest(), () -> now).status(p);
    }

    private static List<String> stepIds(MigrationSection section) {
        return MigrationPlanner.plan(new PlanInputs(CUSTOMER, section, FakeWorkbenchApi.xserverTest(), BEFORE),
                Optional.empty(), DnsSnapshot.notRun()).steps().stream().map(PlanStep::id).toList();
    }

    @Test
    void saysNothingUntilAnOldHostOrACutoverIsEntered() {
        assertThat(status(CUSTOMER, BEFORE)).isEmpty();
        assertThat(status(with(MigrationSection.empty()), BEFORE)).isEmpty();
    }

    @Test
    void openStepsBeforeTheCutoverAreFindingsWithHowManyAndTheDate() {
        int total = stepIds(planned()).size();
        MigrationSection oneDone = planned().withStepStatus(stepIds(planned()).get(0), "DONE");
        StepStatus s = status(with(oneDone), BEFORE).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).contains("残り " + (total - 1) + " / " + total + " 件").contains("2026-12-11");
        assertThat(s.summary().en()).contains((total - 1) + " of " + total).contains("2026-12-11");
    }

    @Test
    void aPassedCutoverWithOpenStepsSaysSoInsteadOfCallingThePlanInvalid() {
        StepStatus s = status(with(planned()), AFTER).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).contains("切替日時を過ぎました").contains(stepIds(planned()).size() + " 件");
        assertThat(s.summary().en()).contains("cutover has passed");
    }

    @Test
    void everyStepDoneOrSkippedIsDone() {
        MigrationSection section = planned();
        List<String> ids = stepIds(section);
        for (int i = 0; i < ids.size(); i++) {
            section = section.withStepStatus(ids.get(i), i == 1 ? "SKIPPED" : "DONE");
        }
        for (LocalDateTime now : List.of(BEFORE, AFTER)) {
            StepStatus s = status(with(section), now).orElseThrow();
            assertThat(s.state()).isEqualTo(StepState.DONE);
            assertThat(s.summary().ja()).contains(ids.size() + " 件がすべて完了");
        }
        // one step reopened: no longer done
        assertThat(status(with(section.withStepStatus(ids.get(0), "TODO")), BEFORE).orElseThrow().state())
                .isEqualTo(StepState.FINDINGS);
    }

    @Test
    void aPlanThatCannotBeMadeAsksForItsInputs() {
        StepStatus s = status(with(planned().withCutover("")), BEFORE).orElseThrow();
        assertThat(s.state()).isEqualTo(StepState.FINDINGS);
        assertThat(s.summary().ja()).contains("移行計画の入力に直す点");
    }

    @Test
    void thePluginRegistersItForTheMigrationOrArchiveStepWithItsPanel() {
        var api = new FakeWorkbenchApi(MigrationPlugin.ID, Project.empty(), null, FakeWorkbenchApi.xserverTest());
        new MigrationPlugin().initialize(api);
        assertThat(api.routeSteps).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(VisitStep.MIGRATION_OR_ARCHIVE);
            assertThat(c.panelId()).isEqualTo(MigrationPlugin.PANEL_ID);
            // the sample's plan is read through the registered contributor too
            assertThat(c.status(SampleProject.load())).isPresent();
        });
    }
}
