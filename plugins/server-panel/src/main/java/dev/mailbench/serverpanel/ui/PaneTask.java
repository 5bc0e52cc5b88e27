package dev.mailbench.serverpanel.ui;

import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.serverpanel.engine.PanelException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * A pane's slow server work as a workbench task (progress and cancel in the status bar). The pane is busy while it
 * runs; back on the event thread it gets the result or the failure explained, and nothing once the panel was closed.
 */
final class PaneTask {
    interface Work<T> {
        T run(TasksApi.TaskContext ctx) throws Exception;
    }

    private PaneTask() {
    }

    /**
     * @param setBusy the pane's busy flag, set before the work and cleared before {@code done} (which may start the next)
     * @param refresh the pane's buttons brought up to date, after each change of the flag
     * @param say     the pane's message line, for the failure
     */
    static <T> void run(WorkbenchApi api, PanelScope scope, LocalizedText title, Work<T> work, Consumer<T> done,
                        Consumer<Boolean> setBusy, Runnable refresh, Consumer<LocalizedText> say) {
        setBusy.accept(true);
        refresh.run();
        api.tasks().submit(title, work::run).result().whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            if (scope.isDisposed()) {
                return;
            }
            setBusy.accept(false);
            if (error == null) {
                done.accept(result);
            } else {
                say.accept(explained(error));
            }
            refresh.run();
        }));
    }

    /** The server's explanation of a failed request, the message of a refused input, or the kind of an unexpected error. */
    static LocalizedText explained(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof PanelException p) {
            return p.explanation();
        }
        if (cause instanceof IllegalArgumentException) {
            return LocalizedText.of(cause.getMessage(), cause.getMessage());
        }
        return LocalizedText.of("予期しないエラー: " + cause.getClass().getSimpleName(),
                "Unexpected error: " + cause.getClass().getSimpleName());
    }
}
