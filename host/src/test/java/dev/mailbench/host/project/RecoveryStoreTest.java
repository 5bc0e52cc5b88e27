package dev.mailbench.host.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    /** Debounce of an hour: nothing is written unless the test flushes, so no timing is involved. */
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T01:02:03Z"), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private RecoveryStore newStore() {
        return new RecoveryStore(dir.resolve("config/recovery"), scheduler, Duration.ofHours(1), clock);
    }

    private static Project renamed(Project p, String name) {
        Customer c = p.customer();
        return p.withCustomer(new Customer(name, c.contactPerson(), c.phone(), c.email(), c.address(), c.notes()));
    }

    private Path sampleCopy() throws Exception {
        Path file = dir.resolve("p.mailbench.json");
        Files.copy(TestFiles.sample(), file);
        return file;
    }

    private static ProjectSession sessionOf(Path file) throws Exception {
        ProjectStore.Loaded loaded = new ProjectStore().load(file);
        return new ProjectSession(loaded.project(), file, loaded.source());
    }

    /** A run that edited the project at {@code file} and ended without a save or a clean close: a crash. */
    private ProjectSession crashedRunEdited(Path file, String customerName) throws Exception {
        ProjectSession session = sessionOf(file);
        RecoveryStore store = newStore();
        store.attach(session);
        session.update("a", p -> renamed(p, customerName));
        store.flush();
        return session;
    }

    @Test
    void editIsWrittenSaveDeletesIt() throws Exception {
        ProjectStore store = new ProjectStore();
        Path file = sampleCopy();
        ProjectSession session = sessionOf(file);
        RecoveryStore recovery = newStore();
        recovery.attach(session);

        session.update("社名を変更", p -> renamed(p, "編集中の社名"));
        assertThat(recovery.findFor(file)).isEmpty();
        recovery.flush();
        RecoveryStore.Recovery found = recovery.findFor(file).orElseThrow();
        assertThat(found.project().customer().name()).isEqualTo("編集中の社名");
        assertThat(found.originalFile()).isEqualTo(file.toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(clock.instant());

        session.markSaved(file, store.save(file, session.project(), session.source()));
        assertThat(recovery.findFor(file)).isEmpty();
        assertThat(found.recoveryFile()).doesNotExist();
        recovery.close();
    }

    @Test
    void afterACrashTheNextRunFindsTheEdits() throws Exception {
        Path file = sampleCopy();
        ProjectSession session = crashedRunEdited(file, "クラッシュ前の編集");

        RecoveryStore next = newStore();
        RecoveryStore.Recovery r = next.findFor(file).orElseThrow();
        assertThat(r.project()).isEqualTo(session.project());
        assertThat(next.orphans()).extracting(RecoveryStore.Recovery::recoveryFile).containsExactly(r.recoveryFile());
        next.delete(r);
        assertThat(next.orphans()).isEmpty();
    }

    /** The recovery file is named when first needed; a save still removes the one an earlier run left. */
    @Test
    void aSaveRemovesTheRecoveryAnEarlierRunLeftWithoutAnEditFirst() throws Exception {
        Path file = sampleCopy();
        crashedRunEdited(file, "前回の編集");
        Path left = newStore().findFor(file).orElseThrow().recoveryFile();

        ProjectSession session = sessionOf(file);
        RecoveryStore next = newStore();
        next.attach(session);
        assertThat(next.orphans()).as("the open project's own recovery is not an orphan").isEmpty();
        session.markSaved(file, new ProjectStore().save(file, session.project(), session.source()));
        assertThat(left).doesNotExist();
        next.close();
    }

    @Test
    void untitledProjectsAreOrphansAndUndoToCleanDeletes() throws Exception {
        ProjectSession session = new ProjectSession(Project.empty(), null, null);
        RecoveryStore recovery = newStore();
        recovery.attach(session);
        session.update("a", p -> renamed(p, "新規顧客"));
        recovery.flush();
        RecoveryStore other = newStore();
        assertThat(other.orphans()).singleElement().satisfies(r -> {
            assertThat(r.originalFile()).isNull();
            assertThat(r.recoveryFile().getFileName().toString()).startsWith("untitled-");
            assertThat(r.project().customer().name()).isEqualTo("新規顧客");
        });
        // The attached store does not offer its own live file as an orphan.
        assertThat(recovery.orphans()).isEmpty();

        session.undo();
        recovery.writeNow();
        assertThat(other.orphans()).isEmpty();
    }

    @Test
    void debouncedWriteHappensOnTheScheduler() throws Exception {
        ScheduledExecutorService fast = Executors.newSingleThreadScheduledExecutor();
        try {
            RecoveryStore recovery = new RecoveryStore(dir.resolve("r"), fast, Duration.ofMillis(10), clock);
            Path file = dir.resolve("x.mailbench.json");
            ProjectSession session = new ProjectSession(Project.empty(), file, null);
            recovery.attach(session);
            session.update("a", p -> renamed(p, "1"));
            session.update("b", p -> renamed(p, "2"));
            // Wait for the scheduled write to have run (no timing assertion: just ordering).
            fast.submit(() -> { }).get();
            fast.schedule(() -> { }, 50, TimeUnit.MILLISECONDS).get();
            assertThat(recovery.findFor(file)).hasValueSatisfying(r ->
                    assertThat(r.project().customer().name()).isEqualTo("2"));
            recovery.discard();
            assertThat(recovery.findFor(file)).isEmpty();
        } finally {
            fast.shutdownNow();
        }
    }
}
