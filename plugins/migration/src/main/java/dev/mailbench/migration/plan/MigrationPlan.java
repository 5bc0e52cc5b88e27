package dev.mailbench.migration.plan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the planner worked out: problems with the inputs, copy estimates, DNS, and the dated steps
 * (empty when the inputs have errors).
 */
public record MigrationPlan(PlanInputs inputs, List<PlanProblem> problems, List<CopyEstimate> estimates,
                            Duration copyTotal, DnsSnapshot dns, List<PlanStep> steps) {
    public MigrationPlan {
        problems = List.copyOf(problems);
        estimates = List.copyOf(estimates);
        steps = List.copyOf(steps);
    }

    public Optional<LocalDateTime> cutover() {
        return inputs.cutover();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == PlanProblem.Severity.ERROR);
    }

    public Optional<PlanStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
