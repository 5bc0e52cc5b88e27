package dev.mailbench.setup.engine.live;

import java.util.List;
import java.util.Optional;

/** One row of the result matrix. */
public record ProbeResult(ProbeTarget target, List<StepResult> steps, Diagnosis diagnosis) {
    public ProbeResult {
        steps = List.copyOf(steps);
    }

    public Optional<StepResult> step(Step step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    public boolean ok() {
        return diagnosis.isOk();
    }

    public ProbeResult withDiagnosis(Diagnosis d) {
        return new ProbeResult(target, steps, d);
    }
}
