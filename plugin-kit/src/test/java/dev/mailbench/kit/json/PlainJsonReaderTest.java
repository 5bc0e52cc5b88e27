package dev.mailbench.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Jackson-free reader gives what Jackson's untyped read gives, with the same types, or leaves the text to it. */
class PlainJsonReaderTest {
    /** Jackson's read of {@code text}, or empty where Jackson refuses it. */
    private static Optional<Object> jackson(byte[] bytes) {
        try {
            return Optional.ofNullable(Json.mapper().readValue(bytes, Object.class)).or(() -> Optional.of("null"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> plain(byte[] bytes) {
        try {
            return Optional.ofNullable(PlainJsonReader.read(bytes)).or(() -> Optional.of("null"));
        } catch (PlainJsonReader.NotPlain e) {
            return Optional.empty();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void numbersHaveTheTypesJacksonGivesThem() throws Exception {
        String text = "[0, -0, 7, 2147483647, 2147483648, -2147483648, -2147483649, 123456789012345678, 1.5, -0.0,"
                + " 1e5, 1E+2, 2.5e-3, 1.0, 0.1]";
        Object read = PlainJsonReader.read(utf8(text));
        assertThat(read).isEqualTo(Json.mapper().readValue(text, Object.class));
        assertThat((List<?>) read).extracting(v -> v.getClass().getSimpleName()).containsExactly(
                "Integer", "Integer", "Integer", "Integer", "Long", "Integer", "Long", "Long", "Double", "Double",
                "Double", "Double", "Double", "Double", "Double");
    }

    @Test
    void textsObjectsAndArraysAreReadAsJacksonReadsThem() throws Exception {
        String text = "{\"名前\": \"山田 \\\"花子\\\"\\n\\t\\\\\\/\\u65e5\\ud83d\\ude00\", \"empty\": {}, \"none\": [],"
                + " \"nested\": [[1, [true, false, null]], {\"a\": {\"b\": \"c\"}}], \"n\": null}\r\n";
        Object read = PlainJsonReader.read(utf8(text));
        assertThat(read).isEqualTo(Json.mapper().readValue(text, Object.class)).isInstanceOf(LinkedHashMap.class);
        assertThat(((Map<?, ?>) read).get("名前")).isEqualTo("山田 \"花子\"\n\t\\/日😀");
        assertThat(((Map<?, ?>) read).get("nested")).isInstanceOf(ArrayList.class);
    }

    @Test
    void leavesToJacksonWhatItWouldRefuseOrReadDifferently() {
        List<String> notPlain = List.of(
                "{\"a\": 1, \"a\": 2}", "{\"a\": 1} }", "\uFEFF{}", "{\"a\": 1 /* c */}", "{\"a\": 1,}", "[1,]",
                "{\"a\": \"x\ty\"}", "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "{'a': 1}", "{a: 1}", "[01]", "[1.]",
                "[.5]", "[-]", "[1e]", "[+1]", "[NaN]", "[1e400]", "[12345678901234567890]", "[9223372036854775807]",
                "[tru]", "[nul]", "", " ", "{", "[\"a\"", "\"unterminated");
        for (String text : notPlain) {
            assertThatThrownBy(() -> PlainJsonReader.read(utf8(text))).as(text)
                    .isInstanceOf(PlainJsonReader.NotPlain.class);
        }
        assertThatThrownBy(() -> PlainJsonReader.read(new byte[] {'"', (byte) 0xC3, '"'}))
                .isInstanceOf(PlainJsonReader.NotPlain.class);
        String deep = "[".repeat(PlainJsonReader.MAX_DEPTH + 1) + "]".repeat(PlainJsonReader.MAX_DEPTH + 1);
        assertThatThrownBy(() -> PlainJsonReader.read(utf8(deep))).isInstanceOf(PlainJsonReader.NotPlain.class);
        String longText = "[\"" + "あ".repeat(PlainJsonReader.MAX_TEXT + 1) + "\"]";
        assertThatThrownBy(() -> PlainJsonReader.read(utf8(longText))).isInstanceOf(PlainJsonReader.NotPlain.class);
        String longKey = "{\"" + "k".repeat(PlainJsonReader.MAX_KEY + 1) + "\": 1}";
        assertThatThrownBy(() -> PlainJsonReader.read(utf8(longKey))).isInstanceOf(PlainJsonReader.NotPlain.class);
        String longest = "[\"" + "\\n".repeat(PlainJsonReader.MAX_TEXT) + "\"]";
        assertThat(plain(utf8(longest))).isEqualTo(jackson(utf8(longest)));
        String deepest = "[".repeat(PlainJsonReader.MAX_DEPTH) + "]".repeat(PlainJsonReader.MAX_DEPTH);
        assertThat(plain(utf8(deepest))).isEqualTo(jackson(utf8(deepest)));
    }

    /**
     * The safety of the fallback: over thousands of damaged texts, whatever this reader accepts Jackson accepts too,
     * with an equal value (so a file is never read differently depending on which reader took it).
     */
    @Test
    void whatItAcceptsOfDamagedTextJacksonAcceptsAlike() {
        String original = "{\n  \"schemaVersion\" : 2,\n  \"customer\" : {\n    \"name\" : \"株式会社 東海\\\"商事\",\n"
                + "    \"phone\" : \"052-000-0000\"\n  },\n  \"quota\" : [ 1024, -5, 3.25, 1e3, 2147483648 ],\n"
                + "  \"flags\" : [ true, false, null ],\n  \"plugins\" : { \"a\" : { \"b\" : [ ] } }\n}\n";
        String alphabet = "{}[]\":,0123456789-+.eE \n\\utrfnalse/x日";
        Random random = new Random(17);
        int accepted = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            byte[] bytes = utf8(text.toString());
            Optional<Object> plain = plain(bytes);
            if (plain.isPresent()) {
                accepted++;
                assertThat(jackson(bytes)).as(text.toString()).isEqualTo(plain);
            }
        }
        assertThat(accepted).as("damaged texts still valid JSON, read by both").isGreaterThan(500);
    }
}
