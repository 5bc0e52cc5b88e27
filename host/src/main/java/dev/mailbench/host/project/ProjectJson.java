package dev.mailbench.host.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Project files, recovery files, settings, provider profiles and plugins' sections, written and read with
 * the one Jackson set-up of MailBench ({@link Json}), so a value written by one reads back the same in another.
 */
public final class ProjectJson {
    private static final ObjectMapper MAPPER = create();

    private ProjectJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty-printed UTF-8 bytes with {@code \n} line ends (stable across platforms, diff-friendly). */
    public static byte[] toBytes(Object value) {
        try {
            String text = MAPPER.writeValueAsString(value) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static ObjectMapper create() {
        return Json.mapper();
    }
}
