package dev.mailbench.api;

import dev.mailbench.api.model.LocalizedText;
import java.util.concurrent.CompletableFuture;

/** Background work, shown in the status bar with progress and a cancel button. */
public interface TasksApi {
    <T> TaskHandle<T> submit(LocalizedText title, BackgroundTask<T> task);

    @FunctionalInterface
    interface BackgroundTask<T> {
        T run(TaskContext context) throws Exception;
    }

    /** Handed to a running task; thread-safe. */
    interface TaskContext {
        /** Reports progress; {@code total <= 0} means indeterminate. */
        void progress(long done, long total, String message);

        boolean isCancelled();

        /** Throws {@link java.util.concurrent.CancellationException} once the user cancelled. */
        default void checkCancelled() {
            if (isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
        }
    }

    interface TaskHandle<T> {
        /** Completes with the result, exceptionally with the task's error or a CancellationException. */
        CompletableFuture<T> result();

        void cancel();
    }
}
