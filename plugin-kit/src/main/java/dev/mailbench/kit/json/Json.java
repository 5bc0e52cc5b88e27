package dev.mailbench.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one Jackson set-up of MailBench: project files, settings, plugins' sections, archive manifests and
 * every {@code --json} output go through it, so a value written by one part reads back the same in another.
 *
 * <ul>
 *   <li>java.time values as ISO-8601 text, never numbers, and read back without shifting the zone;</li>
 *   <li>unknown properties are ignored (a newer version's file still opens);</li>
 *   <li>a key written twice is an error: almost always a hand-editing mistake, better said than guessed;</li>
 *   <li>anything after the root value is an error (a stray closing brace or text pasted below a project), with its
 *       line and column: a reader takes one value, so what follows it would be silently dropped;</li>
 *   <li>{@link #mapper()} indents with two spaces and {@code \n}; {@link #line} writes one line.</li>
 * </ul>
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The shared mapper (thread-safe; do not reconfigure it). Indented output. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Indented JSON text, for {@code --json} output and files people read. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One-line JSON text, for line-per-record files such as manifests. */
    public static String line(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one shape of a command's {@code --json} output when it could not do its work, so a script reads every
     * command's refusal alike: {@code {"error": {"code": CODE, "message": TEXT}}}. Callers may add fields.
     */
    public static Map<String, Object> failure(String code, String message) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("error", error);
        return document;
    }

    /** Converts plain maps and lists (as a project section is held) to {@code type}, or back. */
    public static <T> T convert(Object plain, Class<T> type) {
        return MAPPER.convertValue(plain, type);
    }

    /** {@code value} as plain maps and lists, the form a project section is held in. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toPlain(Object value) {
        return MAPPER.convertValue(value, Map.class);
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
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .defaultPrettyPrinter(printer)
                .build();
    }
}
