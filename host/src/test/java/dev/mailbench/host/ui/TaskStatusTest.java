package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.TasksApi.TaskHandle;
import dev.mailbench.api.model.LocalizedText;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A background task shows in the status bar with its progress, and its cancel button stops it. */
class TaskStatusTest extends WorkbenchUiTestBase {
    @BeforeEach
    void start() throws Exception {
        open();
    }

    @Test
    void runningTaskIsShownAndCancelStopsIt() throws Exception {
        TaskHandle<String> handle = workbench.tasks().submit(LocalizedText.of("メールを書き出し中", "Exporting mail"),
                context -> {
                    for (int i = 0; ; i++) {
                        context.progress(i % 100, 100, "フォルダー " + i);
                        context.checkCancelled();
                        Thread.sleep(20);
                    }
                });

        Pause.pause(new Condition("task in the status bar") {
            @Override
            public boolean test() {
                return !window.robot().finder().findAll(window.target(),
                        c -> c instanceof JLabel l && "status.task.title".equals(l.getName()) && l.isShowing()).isEmpty();
            }
        }, Timeout.timeout(5000));
        window.label("status.task.title").requireText("メールを書き出し中");
        window.progressBar("status.task.progress").requireVisible();
        // Progress repaints the status bar ~50 times a second; press the button through Swing itself.
        Dialogs.press(window.button("status.task.cancel"));

        try {
            handle.result().get(5, TimeUnit.SECONDS);
            throw new AssertionError("the task should have been cancelled");
        } catch (CancellationException | ExecutionException expected) {
            assertThat(handle.result()).isCompletedExceptionally();
        }
        Pause.pause(new Condition("status bar cleared") {
            @Override
            public boolean test() {
                return window.robot().finder().findAll(window.target(),
                        c -> c instanceof JButton b && "status.task.cancel".equals(b.getName()) && b.isShowing()).isEmpty();
            }
        }, Timeout.timeout(5000));
    }
}
