package dev.mailbench.migration.route;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.route.RouteStepContributor;
import dev.mailbench.api.route.StepState;
import dev.mailbench.api.route.StepStatus;
import dev.mailbench.api.route.VisitStep;
import dev.mailbench.migration.MigrationPlugin;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.plan.DnsSnapshot;
import dev.mailbench.migration.plan.Formats;
import dev.mailbench.migration.plan.MigrationPlan;
import dev.mailbench.migration.plan.MigrationPlanner;
import dev.mailbench.migration.plan.PlanInputs;
import dev.mailbench.migration.plan.PlanProblem;
import dev.mailbench.migration.plan.PlanStep;
import dev.mailbench.migration.plan.SectionJson;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The "migration or archive" step of the visit route, from the saved plan: done when every step of the timeline is
 * done (or skipped), findings while steps are open (saying how many, and whether the cutover has passed) or while
 * the plan's inputs have errors. Nothing to say until an old host or a cutover date is entered.
 */
public final class MigrationRouteStep implements RouteStepContributor {
    /**
     * How far before the cutover the timeline is made: the steps and their ids do not depend on the present moment,
     * and a cutover in the past is an error when planning, not when following a plan already under way.
     */
    private static final int PLAN_AS_OF_DAYS_BEFORE = 30;

    private final Function<Project, ProviderProfile> provider;
    private final Supplier<LocalDateTime> nowInJapan;

    public MigrationRouteStep(Function<Project, ProviderProfile> provider, Supplier<LocalDateTime> nowInJapan) {
        this.provider = provider;
        this.nowInJapan = nowInJapan;
    }

    @Override
    public VisitStep step() {
        return VisitStep.MIGRATION_OR_ARCHIVE;
    }

    @Override
    public String panelId() {
        return MigrationPlugin.PANEL_ID;
    }

    @Override
    public Optional<StepStatus> status(Project project) {
        MigrationSection section;
        try {
            section = SectionJson.read(project);
        } catch (IllegalArgumentException unreadable) {
            return Optional.of(StepStatus.of(StepState.FINDINGS, "移行計画を読めません。移行計画の画面で確かめてください。",
                    "The migration plan cannot be read; check it in Migration."));
        }
        if (section.cutover().isBlank() && section.oldHost() == null) {
            return Optional.empty();
        }
        LocalDateTime now = nowInJapan.get();
        PlanInputs asEntered = new PlanInputs(project, section, provider.apply(project), now);
        Optional<LocalDateTime> cutover = asEntered.cutover();
        PlanInputs in = new PlanInputs(project, section, asEntered.provider(),
                cutover.map(c -> c.minusDays(PLAN_AS_OF_DAYS_BEFORE)).orElse(now));
        MigrationPlan plan = MigrationPlanner.plan(in, Optional.empty(), DnsSnapshot.notRun());
        if (plan.steps().isEmpty()) {
            long errors = plan.problems().stream().filter(p -> p.severity() == PlanProblem.Severity.ERROR).count();
            return Optional.of(StepStatus.of(StepState.FINDINGS, "移行計画の入力に直す点が " + Math.max(1, errors) + " 件あります。",
                    Math.max(1, errors) + " input(s) of the migration plan to fix."));
        }
        int total = plan.steps().size();
        long open = plan.steps().stream().filter(s -> s.status() == PlanStep.StepStatus.TODO).count();
        if (open == 0) {
            return Optional.of(StepStatus.of(StepState.DONE, "移行の手順 " + total + " 件がすべて完了しました。",
                    "All " + total + " migration steps are done."));
        }
        LocalDateTime c = cutover.orElseThrow();
        if (!c.isAfter(now)) {
            return Optional.of(StepStatus.of(StepState.FINDINGS, "切替日時を過ぎました。未完了の移行手順が " + open + " 件あります。",
                    "The cutover has passed; " + open + " migration step(s) still open."));
        }
        return Optional.of(new StepStatus(StepState.FINDINGS, LocalizedText.of(
                "移行の手順 残り " + open + " / " + total + " 件。切替は " + Formats.dateTime(c, Locale.JAPANESE) + "。",
                open + " of " + total + " migration steps open; cutover " + Formats.dateTime(c, Locale.ENGLISH) + ".")));
    }
}
