package dev.mailbench.archive.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes written batches durable one step behind the fetching: the sink's sync and the manifest lines of batch N
 * run on their own thread while the connection fetches batch N+1. Syncing in line left the connection idle for
 * two fsyncs per batch. The rule is unchanged: a message gets its manifest line only after a sync that began
 * after it was written; batches are recorded in order and at most one waits.
 */
final class BatchRecorder implements AutoCloseable {
    private final MessageSink sink;
    private final Manifest manifest;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archive-sync");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;

    BatchRecorder(MessageSink sink, Manifest manifest) {
        this.sink = sink;
        this.manifest = manifest;
    }

    /**
     * Syncs what was written so far, then appends {@code entries} to the manifest and runs {@code recorded}, on
     * the recorder's thread, after the previous batch is recorded.
     *
     * @throws IOException when recording the previous batch failed
     */
    void record(List<ManifestEntry> entries, Runnable recorded) throws IOException {
        awaitRecorded();
        pending = thread.submit(() -> {
            try {
                sink.sync();
                manifest.append(entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            recorded.run();
        });
    }

    /** Waits until every batch handed over is in the manifest. */
    void awaitRecorded() throws IOException {
        Future<?> waiting = pending;
        pending = null;
        if (waiting == null) {
            return;
        }
        try {
            waiting.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("recording a batch failed / 記録に失敗しました", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while recording a batch / 記録中に中断されました", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            awaitRecorded();
        } finally {
            thread.shutdown();
        }
    }
}
