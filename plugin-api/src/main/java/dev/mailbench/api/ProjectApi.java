package dev.mailbench.api;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The open project. Every edit goes through {@link #update} so it can be undone and autosaved. */
public interface ProjectApi {
    Project current();

    /** The file the project was loaded from or last saved to; empty for a new, unsaved project. */
    Optional<Path> file();

    /**
     * Where the project's companion files (a planned zone {@code <domain>.zone}, files its sections name by
     * relative path) are read from: the project file's folder, or for the shipped sample the folder its files
     * were unpacked to; empty for a new, unsaved project.
     */
    default Optional<Path> folder() {
        return file().map(Path::toAbsolutePath).map(Path::getParent);
    }

    /** The project's provider profile with its server ID and per-project overrides applied. */
    ProviderProfile provider();

    /**
     * Applies an edit as one undoable step.
     *
     * @param description shown in the undo/redo menu items, e.g. "メールボックスを追加"
     */
    void update(String description, UnaryOperator<Project> edit);

    /** Notified on the EDT after a project is opened, edited (including undo/redo) or saved. */
    Registration addListener(Consumer<ProjectEvent> listener);

    /**
     * Reads this plugin's own section of the open project as the plugin's own type (typically a record).
     *
     * <p>What the host does with sections: a section is kept in the project file under {@code plugins.<pluginId>}
     * as plain JSON, written and read through MailBench's one JSON set-up (java.time values as ISO-8601 text,
     * unknown properties ignored on reading). {@link #writeSection} converts the plugin's value to JSON and merges
     * it over what the file held, so fields this version of the plugin does not know (written by a newer one) are
     * kept. {@code null} fields are written as {@code null}. A section never holds a password.
     *
     * @return empty when the project has no section for this plugin
     * @throws IllegalArgumentException when the stored section cannot be read as {@code type}
     */
    <T> Optional<T> readSection(Class<T> type);

    /**
     * Reads this plugin's section of {@code project}, which need not be the open one (a project a command loaded,
     * the project a handover document is made of), exactly as {@link #readSection(Class)} does.
     */
    <T> Optional<T> readSection(Project project, Class<T> type);

    /** Replaces this plugin's own section with {@code value} (see {@link #readSection(Class)}) as one undoable edit. */
    <T> void writeSection(String description, T value);

    /**
     * Stores {@code value} as this plugin's section the way a check's result is kept: with the project (saved with
     * it), but not an edit. It is no undo step, does not make the project "unsaved", and survives undo/redo of the
     * consultant's edits. Use it for what a check found; use {@link #writeSection} for what the consultant decided.
     */
    <T> void recordSection(T value);

    record ProjectEvent(Kind kind, Project project) {
        public enum Kind { OPENED, EDITED, SAVED }
    }
}
