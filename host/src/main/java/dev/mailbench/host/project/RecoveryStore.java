package dev.mailbench.host.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.api.ProjectApi.ProjectEvent;
import dev.mailbench.api.Registration;
import dev.mailbench.api.model.Project;
import dev.mailbench.kit.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autosave of unsaved edits, so a crash, a flat battery or a killed process loses at most a couple of
 * seconds of a visit.
 *
 * <p>Files live in {@code <configDir>/recovery/}: {@code <hash of the project path>.recovery.json} for a
 * project with a file, {@code untitled-<uuid>.recovery.json} for a new one. Each holds the original path,
 * the time and the whole project (merged onto the file's JSON, so unknown fields are in it too). Writes are
 * atomic and debounced: the first edit schedules a write {@code debounce} later on the scheduler, edits in
 * between ride along. A save or a clean close deletes the file; undoing back to the saved state does too.
 */
public final class RecoveryStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    public static final String SUFFIX = ".recovery.json";
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);

    private final Path dir;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Duration debounce;
    private final Clock clock;

    /** What is being autosaved: at most one session at a time (the workbench has one). */
    private ProjectSession session;
    private Registration sessionListener;
    /** The attached session's project file (null: not saved yet), which names {@link #currentRecoveryFile}. */
    private Path currentProjectFile;
    /**
     * Named on first use, not on attaching: the name costs a SHA-256 or a random UUID, and the first use of either
     * sets up the JDK's security providers, some milliseconds on the window's start that no start needs.
     */
    private Path currentRecoveryFile;
    private ScheduledFuture<?> pending;

    /** A recovered project. {@code originalFile} is null for a project that was never saved. */
    public record Recovery(Path recoveryFile, Path originalFile, Instant savedAt, Project project) {
    }

    public RecoveryStore(Path recoveryDir) {
        this(recoveryDir, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbench-recovery");
            t.setDaemon(true);
            return t;
        }), true, DEFAULT_DEBOUNCE, Clock.systemUTC());
    }

    /** For tests: a scheduler and clock under the caller's control. */
    public RecoveryStore(Path recoveryDir, ScheduledExecutorService scheduler, Duration debounce, Clock clock) {
        this(recoveryDir, scheduler, false, debounce, clock);
    }

    private RecoveryStore(Path recoveryDir, ScheduledExecutorService scheduler, boolean ownsScheduler,
                          Duration debounce, Clock clock) {
        this.dir = recoveryDir.toAbsolutePath();
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.debounce = debounce;
        this.clock = clock;
    }

    /** {@code <configDir>/recovery}. */
    public static Path dirIn(Path configDir) {
        return configDir.resolve("recovery");
    }

    public Path dir() {
        return dir;
    }

    /** Starts autosaving {@code target}'s edits; replaces any session attached before. */
    public synchronized Registration attach(ProjectSession target) {
        detach();
        session = target;
        follow(target.file().orElse(null));
        sessionListener = target.addListener(this::onEvent);
        return this::detach;
    }

    private synchronized void detach() {
        if (sessionListener != null) {
            sessionListener.unregister();
            sessionListener = null;
        }
        cancelPending();
        session = null;
    }

    private synchronized void onEvent(ProjectEvent event) {
        if (session == null) {
            return;
        }
        switch (event.kind()) {
            case EDITED -> schedule();
            case SAVED -> {
                cancelPending();
                deleteCurrent();
                follow(session.file().orElse(null));
                deleteCurrent();
            }
            case OPENED -> {
                // A different project now: its edits go to its own file; the previous one was closed by
                // the caller (discard) or is kept on purpose as an orphan to offer later.
                cancelPending();
                follow(session.file().orElse(null));
            }
        }
    }

    private void schedule() {
        if (pending == null || pending.isDone()) {
            pending = scheduler.schedule(this::writeNowQuietly, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void writeNowQuietly() {
        try {
            writeNow();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot write the recovery file {}", currentRecoveryFile, e); // null: it could not be named
        }
    }

    /** Writes the attached session's state now (or deletes the file when there is nothing unsaved). */
    public synchronized void writeNow() throws IOException {
        pending = null;
        if (session == null) {
            return;
        }
        if (!session.isDirty()) {
            deleteCurrent();
            return;
        }
        Project project = session.project();
        JsonNode model = ProjectJson.toTree(project);
        JsonNode source = session.source();
        JsonNode tree = source == null ? model : JsonMerge.mergeProject(model, source);
        ObjectNode doc = ProjectJson.mapper().createObjectNode();
        doc.put("recoveryFormat", 1);
        Path original = session.file().orElse(null);
        doc.put("originalFile", original == null ? null : original.toAbsolutePath().toString());
        doc.put("savedAt", clock.instant().toString());
        doc.set("project", tree);
        Files.createDirectories(dir);
        AtomicFiles.write(currentRecoveryFile(), ProjectJson.toBytes(doc));
    }

    /** Runs a pending debounced write now (tests, and before the app exits). */
    public void flush() throws IOException {
        synchronized (this) {
            if (pending == null) {
                return;
            }
            pending.cancel(false);
        }
        writeNow();
    }

    /** A clean close of the attached project (saved, or the consultant chose not to keep the edits). */
    public synchronized void discard() {
        cancelPending();
        deleteCurrent();
    }

    /** The recovery of {@code projectFile}'s unsaved edits, if a previous run left one. */
    public Optional<Recovery> findFor(Path projectFile) {
        if (!anyOnDisk()) {
            return Optional.empty();
        }
        Path file = recoveryFileFor(projectFile);
        return Files.exists(file) ? read(file) : Optional.empty();
    }

    /**
     * Whether any recovery file is on disk. After a clean exit none is, and the window's start then looks up its
     * project's recovery without naming it: the name's SHA-256 would set up the JDK's security providers on the event
     * thread before the first paint.
     */
    private boolean anyOnDisk() {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return true; // the look-up itself says what is wrong
        }
    }

    /**
     * Every recovery file on disk, newest first (the UI offers them at start-up), except the one of the
     * project being edited right now.
     */
    public List<Recovery> orphans() {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Path active;
        synchronized (this) {
            active = session == null ? null : currentRecoveryFile();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.equals(active)) {
                    read(file).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", dir, e);
        }
        out.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return out;
    }

    /** Removes a recovery the consultant declined or has restored and saved. */
    public void delete(Recovery recovery) {
        deleteQuietly(recovery.recoveryFile());
    }

    private synchronized void follow(Path projectFile) {
        currentProjectFile = projectFile;
        currentRecoveryFile = null;
    }

    private synchronized Path currentRecoveryFile() {
        if (currentRecoveryFile == null) {
            currentRecoveryFile = recoveryFileFor(currentProjectFile);
        }
        return currentRecoveryFile;
    }

    /** Deletes the attached session's recovery file; an unsaved project's is only there once it was named. */
    private synchronized void deleteCurrent() {
        if (currentRecoveryFile != null || currentProjectFile != null) {
            deleteQuietly(currentRecoveryFile());
        }
    }

    /** The recovery file name for a project path (null for a new project: a fresh untitled name). */
    public Path recoveryFileFor(Path projectFile) {
        if (projectFile == null) {
            return dir.resolve("untitled-" + UUID.randomUUID() + SUFFIX);
        }
        String key = projectFile.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash, 0, 16) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Recovery> read(Path file) {
        try {
            JsonNode doc = ProjectJson.mapper().readTree(file.toFile());
            JsonNode original = doc.get("originalFile");
            Path originalFile = original == null || original.isNull() ? null : Path.of(original.asText());
            Instant savedAt = Instant.parse(doc.path("savedAt").asText());
            byte[] projectBytes = ProjectJson.toBytes(doc.get("project"));
            Project project = ProjectStore.parse(file, projectBytes).project();
            return Optional.of(new Recovery(file, originalFile, savedAt, project));
        } catch (IOException | RuntimeException | ProjectFileException e) {
            LOG.warn("Ignoring unreadable recovery file {}", file, e);
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }

    @Override
    public void close() {
        detach();
        if (ownsScheduler) {
            scheduler.shutdown();
        }
    }
}
