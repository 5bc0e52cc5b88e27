package dev.mailbench.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailbench.kit.json.Json;
import dev.mailbench.api.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code samples/sample-shoji.mailbench.json} (or any project file) the way the host's mapper does. */
public final class SampleProject {
    private static final ObjectMapper MAPPER = Json.mapper();

    private SampleProject() {
    }

    /** The sample project file, found by walking up from the directory the tests run in. */
    public static Path path() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("samples/sample-shoji.mailbench.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("samples/sample-shoji.mailbench.json not found above " + Path.of("").toAbsolutePath());
    }

    /** The bundled sample; a test cannot go on without it, so a read error is unchecked. */
    public static Project load() {
        try {
            return load(path());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Project load(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), Project.class);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
