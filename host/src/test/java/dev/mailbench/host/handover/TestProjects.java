package dev.mailbench.host.handover;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample customer project and the Xserver profile resolved for it, read with plain Jackson. */
public final class TestProjects {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TestProjects() {
    }

    public static Path sampleFile() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples/sample-shoji.mailbench.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/sample-shoji.mailbench.json not found from " + here);
    }

    public static Project sample() {
        try {
            return MAPPER.readValue(sampleFile().toFile(), Project.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProviderProfile xserver(String serverId) {
        try (InputStream in = TestProjects.class.getResourceAsStream("/provider-profiles/xserver.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{serverId}", serverId);
            return MAPPER.readValue(json, ProviderProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
