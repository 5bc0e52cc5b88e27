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

    /** Reads this plugin's own section ({@code plugins.<pluginId>}) as {@code type}; empty when absent. */
    <T> Optional<T> readSection(Class<T> type);

    /** Replaces this plugin's own section with {@code value} as one undoable edit. */
    <T> void writeSection(String description, T value);

    record ProjectEvent(Kind kind, Project project) {
        public enum Kind { OPENED, EDITED, SAVED }
    }
}
