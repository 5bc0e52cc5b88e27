package dev.mailbench.host.tasks;

import dev.mailbench.api.model.LocalizedText;

/**
 * A snapshot of one background task for the status bar.
 *
 * @param total {@code <= 0} while the progress is indeterminate
 */
public record TaskInfo(long id, LocalizedText title, State state, long done, long total, String message,
                       boolean cancelRequested, Runnable canceller) {
    public enum State { QUEUED, RUNNING }

    public boolean indeterminate() {
        return total <= 0;
    }

    /** 0..1, or -1 when indeterminate. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    /** Asks the task to stop: sets its cancel flag and interrupts its thread. */
    public void cancel() {
        canceller.run();
    }
}
