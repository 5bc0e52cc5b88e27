package dev.mailbench.design.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mailbench.api.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code samples/sample-shoji.mailbench.json} from the repository the tests run in. */
public final class SampleProject {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SampleProject() {
    }

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

    public static Project load() {
        return load(path());
    }

    public static Project load(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), Project.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
