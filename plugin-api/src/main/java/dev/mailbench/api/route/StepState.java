package dev.mailbench.api.route;

/** Where a step of the visit stands; the host labels it (未着手 / 要対応 / 完了). */
public enum StepState {
    NOT_STARTED,
    /** Started, with something left to fix, check or finish. */
    FINDINGS,
    DONE
}
