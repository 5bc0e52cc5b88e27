package dev.mailbench.host.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.ProjectApi.ProjectEvent;
import dev.mailbench.api.ProjectApi.ProjectEvent.Kind;
import dev.mailbench.api.Registration;
import dev.mailbench.api.model.Project;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The open project: its current state, the file it belongs to, whether it has unsaved edits, and the
 * undo/redo history of model edits. Swing-free; callers that touch Swing call it on the EDT, and
 * listeners are notified on the calling thread.
 */
public final class ProjectSession {
    /** Bounded so a long visit does not grow memory without limit. */
    static final int UNDO_LIMIT = 200;

    private final List<Consumer<ProjectEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Project project;
    private Path file;
    /** Where companion files are read from when there is no file: the unpacked sample's folder. */
    private Path companionFolder;
    /**
     * The JSON tree the project was read from or last written as; keeps fields this version does not know. Asked of
     * when needed: a project read without Jackson reads its tree on the first save (see {@link ProjectStore.Loaded}).
     */
    private Supplier<JsonNode> source;
    private long editCount;
    private long savedAtEdit;

    public ProjectSession(Project project, Path file, JsonNode source) {
        this.project = Objects.requireNonNull(project);
        this.file = file;
        this.source = () -> source;
    }

    /** Not under the session's lock: the first call may read the file's tree, and the window keeps asking meanwhile. */
    public JsonNode source() {
        Supplier<JsonNode> tree;
        synchronized (this) {
            tree = source;
        }
        return tree.get();
    }

    public synchronized Project project() {
        return project;
    }

    public synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The project file's folder, or the folder its companion files were unpacked to; see {@code ProjectApi.folder}. */
    public synchronized Optional<Path> folder() {
        return file != null ? Optional.ofNullable(file.toAbsolutePath().getParent()) : Optional.ofNullable(companionFolder);
    }

    public synchronized boolean isDirty() {
        return editCount != savedAtEdit;
    }

    /** Replaces the whole project (open / new); clears the history. */
    public void open(Project opened, Path openedFile, JsonNode openedSource) {
        open(opened, openedFile, openedSource, null);
    }

    /** As {@link #open(Project, Path, JsonNode)}, for a project without a file whose companion files are in {@code folder}. */
    public void open(Project opened, Path openedFile, JsonNode openedSource, Path folder) {
        open(opened, openedFile, () -> openedSource, folder);
    }

    /** As {@link #open(Project, Path, JsonNode)}, for a project as read, whose tree may not be read yet. */
    public void open(ProjectStore.Loaded loaded, Path openedFile, Path folder) {
        open(loaded.project(), openedFile, loaded::source, folder);
    }

    private void open(Project opened, Path openedFile, Supplier<JsonNode> openedSource, Path folder) {
        synchronized (this) {
            project = Objects.requireNonNull(opened);
            file = openedFile;
            companionFolder = folder;
            source = openedSource;
            undo.clear();
            redo.clear();
            editCount = 0;
            savedAtEdit = 0;
        }
        fire(Kind.OPENED);
    }

    /** Applies {@code edit} as one undoable step; an edit that changes nothing is not recorded. */
    public void update(String description, UnaryOperator<Project> edit) {
        synchronized (this) {
            Project before = project;
            Project after = Objects.requireNonNull(edit.apply(before), "edit returned null");
            if (after.equals(before)) {
                return;
            }
            undo.push(new Step(description, before, after));
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            project = after;
            editCount++;
        }
        fire(Kind.EDITED);
    }

    /**
     * Stores a result with the project (a DNS check, a connection test) without calling it an edit: it is not an
     * undo step and not an unsaved change, and it survives undo and redo of the consultant's edits, so the
     * {@code result} change is applied to every state the history can return to.
     */
    public void record(UnaryOperator<Project> result) {
        synchronized (this) {
            Project after = Objects.requireNonNull(result.apply(project), "result returned null");
            if (after.equals(project)) {
                return;
            }
            project = after;
            rewrite(undo, result);
            rewrite(redo, result);
        }
        fire(Kind.EDITED);
    }

    private static void rewrite(Deque<Step> steps, UnaryOperator<Project> result) {
        List<Step> rewritten = steps.stream()
                .map(s -> new Step(s.description(), result.apply(s.before()), result.apply(s.after())))
                .toList();
        steps.clear();
        steps.addAll(rewritten);
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public void undo() {
        synchronized (this) {
            Step step = undo.poll();
            if (step == null) {
                return;
            }
            redo.push(step);
            project = step.before();
            editCount--;
        }
        fire(Kind.EDITED);
    }

    public void redo() {
        synchronized (this) {
            Step step = redo.poll();
            if (step == null) {
                return;
            }
            undo.push(step);
            project = step.after();
            editCount++;
        }
        fire(Kind.EDITED);
    }

    /** Records that the current state was written to {@code savedFile}. */
    public void markSaved(Path savedFile, JsonNode writtenSource) {
        synchronized (this) {
            file = savedFile;
            source = () -> writtenSource;
            savedAtEdit = editCount;
        }
        fire(Kind.SAVED);
    }

    public Registration addListener(Consumer<ProjectEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many listeners are registered now: a closed window or plugin panel must leave none behind. */
    public int listenerCount() {
        return listeners.size();
    }

    private void fire(Kind kind) {
        ProjectEvent event = new ProjectEvent(kind, project());
        for (Consumer<ProjectEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    private record Step(String description, Project before, Project after) {
    }
}
