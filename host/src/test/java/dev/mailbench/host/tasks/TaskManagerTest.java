package dev.mailbench.host.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.TasksApi.TaskHandle;
import dev.mailbench.api.model.LocalizedText;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskManagerTest {
    private final TaskManager tasks = new TaskManager(2);

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void progressIsVisibleWhileRunningAndTheResultArrives() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<String> handle = tasks.submit(LocalizedText.of("DNS チェック", "DNS check"), ctx -> {
            ctx.progress(3, 10, "MX");
            reported.countDown();
            release.await();
            return "done";
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        List<TaskInfo> running = tasks.running();
        assertThat(running).singleElement().satisfies(t -> {
            assertThat(t.title().ja()).isEqualTo("DNS チェック");
            assertThat(t.done()).isEqualTo(3);
            assertThat(t.total()).isEqualTo(10);
            assertThat(t.message()).isEqualTo("MX");
            assertThat(t.state()).isEqualTo(TaskInfo.State.RUNNING);
        });
        release.countDown();
        assertThat(handle.result().get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void cancelInterruptsAndCompletesWithCancellation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Void> handle = tasks.submit(LocalizedText.of("長い処理", "long"), ctx -> {
            started.countDown();
            Thread.sleep(60_000);
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        tasks.running().get(0).cancel();
        assertThatThrownBy(() -> handle.result().get(10, TimeUnit.SECONDS))
                .isInstanceOfAny(CancellationException.class, ExecutionException.class);
        assertThat(handle.result().isCompletedExceptionally()).isTrue();
        assertThat(tasks.recentFailures()).isEmpty();
    }

    @Test
    void cooperativeCancelViaTheFlag() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Integer> handle = tasks.submit(LocalizedText.of("ループ", "loop"), ctx -> {
            started.countDown();
            int i = 0;
            while (true) {
                ctx.checkCancelled();
                i++;
                if (Thread.interrupted()) {
                    // A task that swallows the interrupt still sees the flag.
                    continue;
                }
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThatThrownBy(() -> handle.result().get(10, TimeUnit.SECONDS))
                .isInstanceOfAny(CancellationException.class, ExecutionException.class);
    }

    @Test
    void errorsAreCapturedAndListenersNotified() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        tasks.addListener(() -> sizes.add(tasks.running().size()));
        TaskHandle<Void> handle = tasks.submit(LocalizedText.of("書き出し", "export"), ctx -> {
            throw new IOException("ディスクがいっぱいです");
        });
        assertThatThrownBy(() -> handle.result().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("ディスクがいっぱいです");
        assertThat(tasks.recentFailures()).singleElement().satisfies(f -> {
            assertThat(f.title().en()).isEqualTo("export");
            assertThat(f.error()).hasMessage("ディスクがいっぱいです");
        });
        assertThat(sizes).isNotEmpty().endsWith(0);
    }
}
