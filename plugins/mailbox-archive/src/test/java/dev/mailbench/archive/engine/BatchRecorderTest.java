package dev.mailbench.archive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.imap.FetchedMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches reach the manifest in order, only after a sync, and a failed sync is not lost. */
class BatchRecorderTest {

    /** Records the order of events; its sync can be held back or made to fail. */
    private static final class ScriptedSink implements MessageSink {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holdSync;
        volatile boolean failSync;

        @Override
        public void recover(List<ManifestEntry> recorded) {
        }

        @Override
        public Stored write(FetchedMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stored rewrite(ManifestEntry recorded, FetchedMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sync() throws IOException {
            if (holdSync) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            if (failSync) {
                throw new IOException("disk full");
            }
            events.add("sync");
        }

        @Override
        public byte[] read(ManifestEntry entry) {
            return new byte[0];
        }

        @Override
        public void close() {
        }
    }

    private static ManifestEntry entry(long uid) {
        return new ManifestEntry(1, uid, "2024-01-01T00:00:00Z", 10, List.of(), "<" + uid + "@x>", "00", "f", 0L, 10L, 10L);
    }

    @Test
    void batchesAreRecordedInOrderEachAfterASync(@TempDir Path dir) throws Exception {
        ScriptedSink sink = new ScriptedSink();
        Manifest manifest = Manifest.load(dir);
        sink.holdSync = true;
        try (BatchRecorder recorder = new BatchRecorder(sink, manifest)) {
            recorder.record(List.of(entry(1), entry(2)), () -> sink.events.add("recorded 1-2"));
            assertThat(manifest.entries()).as("nothing recorded before its sync").isEmpty();
            sink.release.countDown();
            recorder.record(List.of(entry(3)), () -> sink.events.add("recorded 3"));
        }
        assertThat(sink.events).containsExactly("sync", "recorded 1-2", "sync", "recorded 3");
        assertThat(Manifest.load(dir).entries()).extracting(ManifestEntry::uid).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aFailedSyncIsReportedAndItsBatchIsNotRecorded(@TempDir Path dir) throws Exception {
        ScriptedSink sink = new ScriptedSink();
        Manifest manifest = Manifest.load(dir);
        sink.failSync = true;
        BatchRecorder recorder = new BatchRecorder(sink, manifest);
        recorder.record(List.of(entry(1)), () -> sink.events.add("recorded"));
        assertThatThrownBy(recorder::close).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(sink.events).isEmpty();
        assertThat(Manifest.load(dir).entries()).isEmpty();
    }
}
