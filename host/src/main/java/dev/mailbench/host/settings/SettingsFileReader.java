package dev.mailbench.host.settings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code settings.json} as MailBench writes it, without Jackson: the window needs the language, the theme and
 * its placement before its first paint, and Jackson's set-up (some 700 classes) on that path made the window wait
 * for it. Only the plain shape {@link SettingsStore} writes is read here; anything else (a value of an unexpected
 * type, a number with a fraction, a key written twice, text after the object, a missing placement field) gives
 * empty, and the store reads the file with Jackson as always, which decides and explains what is wrong. So this
 * reader never accepts a file that Jackson would refuse, and gives the same settings for every file it accepts.
 */
final class SettingsFileReader {
    private final String text;
    private int at;

    private SettingsFileReader(String text) {
        this.text = text;
    }

    /** The settings in {@code bytes}, or empty when only Jackson should decide. */
    static Optional<AppSettings> read(byte[] bytes) {
        try {
            // Strict: bytes that are not UTF-8 are Jackson's to refuse, not this reader's to replace.
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            Object root = new SettingsFileReader(text).document();
            return root instanceof Map<?, ?> map ? settings(map) : Optional.empty();
        } catch (NotPlain | java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<AppSettings> settings(Map<?, ?> root) throws NotPlain {
        return Optional.of(new AppSettings(string(root.get("language")), string(root.get("theme")),
                string(root.get("userTemplateDir")), string(root.get("defaultProjectDir")),
                string(root.get("defaultExportDir")), strings(root.get("recentProjects")),
                strings(root.get("disabledPlugins")), pluginSettings(root.get("pluginSettings")),
                windows(root.get("windows"))));
    }

    private static String string(Object value) throws NotPlain {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new NotPlain();
    }

    private static List<String> strings(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw new NotPlain();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw new NotPlain();
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, Map<String, String>> pluginSettings(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> plugin : object(value).entrySet()) {
            if (plugin.getValue() == null) {
                out.put(plugin.getKey(), null);
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : object(plugin.getValue()).entrySet()) {
                values.put(entry.getKey(), string(entry.getValue()));
            }
            out.put(plugin.getKey(), values);
        }
        return out;
    }

    private static Map<String, WindowPlacement> windows(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, WindowPlacement> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> screen : object(value).entrySet()) {
            Map<String, Object> p = object(screen.getValue());
            if (p.size() != 5 || !(p.get("maximized") instanceof Boolean maximized)) {
                throw new NotPlain();
            }
            out.put(screen.getKey(), new WindowPlacement(integer(p.get("x")), integer(p.get("y")),
                    integer(p.get("width")), integer(p.get("height")), maximized));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) throws NotPlain {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new NotPlain();
    }

    private static int integer(Object value) throws NotPlain {
        if (value instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new NotPlain();
    }

    // ---- the JSON text: objects, arrays, strings, whole numbers, true, false, null ----

    private Object document() throws NotPlain {
        Object value = value();
        space();
        if (at != text.length()) {
            throw new NotPlain();
        }
        return value;
    }

    private Object value() throws NotPlain {
        space();
        if (at >= text.length()) {
            throw new NotPlain();
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> objectValue();
            case '[' -> arrayValue();
            case '"' -> stringValue();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> objectValue() throws NotPlain {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw new NotPlain();
            }
            String key = stringValue();
            space();
            expect(':');
            if (map.containsKey(key)) {
                throw new NotPlain(); // Jackson's set-up refuses a key written twice
            }
            map.put(key, value());
            space();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new NotPlain();
            }
        }
    }

    private List<Object> arrayValue() throws NotPlain {
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new NotPlain();
            }
        }
    }

    private String stringValue() throws NotPlain {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new NotPlain();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw new NotPlain();
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(at++), 16);
                        if (digit < 0) {
                            throw new NotPlain();
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                }
                default -> throw new NotPlain();
            }
        }
    }

    /** Whole numbers only: a placement is in pixels, anything else is left to Jackson. */
    private Long number() throws NotPlain {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        int count = at - digits;
        if (count == 0 || count > 10 || (count > 1 && text.charAt(digits) == '0')) {
            throw new NotPlain();
        }
        return Long.parseLong(text.substring(start, at));
    }

    private Object word(String word, Object value) throws NotPlain {
        if (!text.startsWith(word, at)) {
            throw new NotPlain();
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private char peek() throws NotPlain {
        if (at >= text.length()) {
            throw new NotPlain();
        }
        return text.charAt(at);
    }

    private char next() throws NotPlain {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) throws NotPlain {
        if (next() != c) {
            throw new NotPlain();
        }
    }

    /** The file is not in the plain shape this reader knows: Jackson reads it. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }
}
