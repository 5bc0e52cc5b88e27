package dev.mailbench.setup.engine.live;

import dev.mailbench.setup.engine.live.Diagnosis.Code;

/** A failed step of a probe: which one, its diagnosis code, and the server's reply or the error. */
final class StepFailure extends Exception {
    final Step step;
    final Code code;
    final String detail;

    StepFailure(Step step, Code code, String detail) {
        super(detail, null, false, false);
        this.step = step;
        this.code = code;
        this.detail = detail;
    }
}
