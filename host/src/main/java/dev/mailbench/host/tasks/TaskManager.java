package dev.mailbench.host.tasks;

import dev.mailbench.api.Registration;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.model.LocalizedText;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work with progress, cancel and error capture, on a bounded pool (the machine may be a small
 * laptop; DNS checks and exports should not each get a thread). Swing-free: listeners run on the task's
 * or the caller's thread, so the status bar must hop to the EDT (and may coalesce, progress is frequent).
 */
public final class TaskManager implements TasksApi, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskManager.class);
    private static final int FAILURES_KEPT = 20;

    private final ExecutorService executor;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry<?>> entries = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Deque<TaskFailure> failures = new ArrayDeque<>();

    public TaskManager() {
        this(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public TaskManager(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "mailbench-task-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    @Override
    public <T> TaskHandle<T> submit(LocalizedText title, BackgroundTask<T> task) {
        Entry<T> entry = new Entry<>(ids.incrementAndGet(), title, task);
        entries.put(entry.id, entry);
        entry.future = executor.submit(entry::run);
        fire();
        return entry;
    }

    /** Queued and running tasks, oldest first. */
    public List<TaskInfo> running() {
        return entries.values().stream().sorted((a, b) -> Long.compare(a.id, b.id)).map(Entry::info).toList();
    }

    /** The last tasks that failed (not cancelled ones), newest first. */
    public synchronized List<TaskFailure> recentFailures() {
        return List.copyOf(failures);
    }

    /** Called whenever a task is added, progresses, ends or fails. */
    public Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Cancels everything and stops the threads. */
    @Override
    public void close() {
        entries.values().forEach(Entry::cancel);
        executor.shutdownNow();
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("task listener failed", e);
            }
        }
    }

    private synchronized void recordFailure(TaskFailure failure) {
        failures.addFirst(failure);
        while (failures.size() > FAILURES_KEPT) {
            failures.removeLast();
        }
    }

    private final class Entry<T> implements TaskHandle<T>, TaskContext {
        final long id;
        final LocalizedText title;
        final BackgroundTask<T> task;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile Future<?> future;
        volatile boolean cancelled;
        volatile boolean started;
        volatile long done;
        volatile long total;
        volatile String message = "";

        Entry(long id, LocalizedText title, BackgroundTask<T> task) {
            this.id = id;
            this.title = title;
            this.task = task;
        }

        void run() {
            started = true;
            fire();
            T value = null;
            Throwable failure = null;
            try {
                if (cancelled) {
                    throw new CancellationException();
                }
                value = task.run(this);
                if (cancelled) {
                    failure = new CancellationException();
                }
            } catch (CancellationException e) {
                failure = e;
            } catch (InterruptedException e) {
                failure = cancelled ? new CancellationException() : e;
            } catch (Throwable e) {
                if (cancelled) {
                    // A task interrupted mid-I/O often fails with some IOException: that is the cancel.
                    failure = new CancellationException();
                } else {
                    LOG.warn("Task failed: {}", title.ja(), e);
                    recordFailure(new TaskFailure(id, title, e, Instant.now()));
                    failure = e;
                }
            } finally {
                // The running list and its listeners are up to date before anyone waiting on the result wakes.
                try {
                    entries.remove(id);
                    Thread.interrupted();
                    fire();
                } finally {
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(failure);
                    }
                }
            }
        }

        @Override
        public void progress(long done, long total, String message) {
            this.done = done;
            this.total = total;
            this.message = message == null ? "" : message;
            fire();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public CompletableFuture<T> result() {
            return result;
        }

        @Override
        public void cancel() {
            if (cancelled || result.isDone()) {
                return;
            }
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            if (!started) {
                // Never ran: complete now, the executor may drop it.
                entries.remove(id);
                result.completeExceptionally(new CancellationException());
            }
            fire();
        }

        TaskInfo info() {
            return new TaskInfo(id, title, started ? TaskInfo.State.RUNNING : TaskInfo.State.QUEUED, done, total,
                    message, cancelled, this::cancel);
        }
    }
}
