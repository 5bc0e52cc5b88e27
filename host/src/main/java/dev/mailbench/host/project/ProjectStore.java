package dev.mailbench.host.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.model.Project;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@code *.mailbench.json} project files.
 *
 * <p>CONTRACT (fixed; the implementation behind it is being hardened): {@link #load} returns the model
 * plus the JSON tree it came from; {@link #save} is given that tree back so fields this version does not
 * know survive, and returns the tree it wrote.
 */
public final class ProjectStore {

    /** @param source the file's JSON tree after migration, kept so unknown fields survive a save */
    public record Loaded(Project project, JsonNode source, boolean migrated) {
    }

    public Loaded load(Path file) throws ProjectFileException {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Atomic: the file on disk is always the old or the new version, never a torn one. */
    public JsonNode save(Path file, Project project, JsonNode source) throws IOException {
        throw new UnsupportedOperationException("being implemented");
    }
}
