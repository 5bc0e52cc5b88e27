package dev.mailbench.host.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson configuration of the host: project files, recovery files, settings, provider profiles
 * and plugins' sections all go through it, so a value written by one reads back the same in another.
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
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter);
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // A key written twice is almost always a hand-editing mistake; say so instead of guessing.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .defaultPrettyPrinter(printer)
                .build();
    }
}
