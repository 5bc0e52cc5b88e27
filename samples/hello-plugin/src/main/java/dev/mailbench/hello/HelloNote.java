package dev.mailbench.hello;

import dev.mailbench.api.model.Project;
import dev.mailbench.kit.json.Json;
import java.util.Optional;

/**
 * The sample's own record in the project file, under {@code plugins.hello}: a note the consultant leaves for
 * the customer. The open project's section is read and written with {@code api.project().readSection/writeSection};
 * {@link #in} reads it from a project the plugin was handed (a handover export, a command's PROJECT file).
 */
public record HelloNote(String text) {
    public HelloNote {
        text = text == null ? "" : text.strip();
    }

    /** The note stored in {@code project}; empty when there is none or it is blank. */
    public static Optional<HelloNote> in(Project project) {
        return Optional.ofNullable(project.plugins().get(HelloPlugin.ID))
                .map(plain -> Json.convert(plain, HelloNote.class))
                .filter(note -> !note.text().isEmpty());
    }
}
