package dev.mailbench.kit.json;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON text into plain values without Jackson, for the files the window needs before its first paint
 * (the settings, the project): Jackson's set-up and its some 700 classes cost that start tens of milliseconds.
 *
 * <p>The values are those Jackson's set-up ({@link Json}) gives for an untyped read: {@link LinkedHashMap},
 * {@link ArrayList}, {@link String}, {@link Boolean}, {@code null}, whole numbers as {@link Integer} when they fit
 * and {@link Long} otherwise, other numbers as {@link Double}. Anything this reader does not take exactly as Jackson
 * would (bytes that are not UTF-8, a byte order mark, a key written twice, a whole number beyond {@code long}, text
 * after the root value, nesting deeper than {@value #MAX_DEPTH}, a text or key longer than this reader's limits, any
 * JSON error) throws {@link NotPlain}: the caller
 * then reads the file with Jackson, which decides and explains what is wrong. So a caller that falls back that way
 * never accepts a file Jackson would refuse, and gets the same values for every file this reader accepts.
 */
public final class PlainJsonReader {
    /** Deeper files are left to Jackson, whose own limit is far above what MailBench writes. */
    static final int MAX_DEPTH = 64;
    /**
     * Longer texts and keys are left to Jackson, which has limits of its own (20 million characters for a text, 50,000
     * for a key by default): this reader never accepts what Jackson would refuse.
     */
    static final int MAX_TEXT = 1_000_000;
    static final int MAX_KEY = 1_000;

    private final String text;
    private int at;
    private int depth;

    private PlainJsonReader(String text) {
        this.text = text;
    }

    /** The one JSON value in {@code bytes} (UTF-8, without a byte order mark). */
    public static Object read(byte[] bytes) throws NotPlain {
        try {
            // Strict: bytes that are not UTF-8 are Jackson's to refuse, not this reader's to replace.
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new PlainJsonReader(text).document();
        } catch (CharacterCodingException e) {
            throw new NotPlain();
        }
    }

    /** {@code value} as a JSON object's fields, or {@link NotPlain}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) throws NotPlain {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new NotPlain();
    }

    /** {@code value} as a JSON array, or {@link NotPlain}. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) throws NotPlain {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new NotPlain();
    }

    /** A string or {@code null}; anything else (which Jackson might coerce to text) is {@link NotPlain}. */
    public static String string(Object value) throws NotPlain {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new NotPlain();
    }

    /** A list of strings or {@code null}; anything else, a {@code null} item too, is {@link NotPlain}. */
    public static List<String> strings(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object item : array(value)) {
            if (!(item instanceof String s)) {
                throw new NotPlain();
            }
            out.add(s);
        }
        return out;
    }

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
        char c = peek();
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
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            depth--;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw new NotPlain();
            }
            String key = stringValue();
            if (key.length() > MAX_KEY) {
                throw new NotPlain();
            }
            space();
            expect(':');
            if (map.containsKey(key)) {
                throw new NotPlain(); // Jackson's set-up refuses a key written twice
            }
            map.put(key, value());
            space();
            char c = next();
            if (c == '}') {
                depth--;
                return map;
            }
            if (c != ',') {
                throw new NotPlain();
            }
        }
    }

    private List<Object> arrayValue() throws NotPlain {
        enter();
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            depth--;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            char c = next();
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                throw new NotPlain();
            }
        }
    }

    private void enter() throws NotPlain {
        at++;
        if (++depth > MAX_DEPTH) {
            throw new NotPlain();
        }
    }

    private String stringValue() throws NotPlain {
        at++;
        int start = at;
        // Most strings have no escape: one copy of the characters.
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                return limited(text.substring(start, at++));
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            at++;
        }
        StringBuilder out = new StringBuilder(text.substring(start, at));
        while (true) {
            char c = next();
            if (c == '"') {
                return limited(out.toString());
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
                case 'u' -> out.append(unicodeEscape());
                default -> throw new NotPlain();
            }
        }
    }

    private static String limited(String value) throws NotPlain {
        if (value.length() > MAX_TEXT) {
            throw new NotPlain();
        }
        return value;
    }

    private char unicodeEscape() throws NotPlain {
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
        return (char) code;
    }

    /**
     * A JSON number as Jackson's untyped read gives it: a whole number as {@link Integer} or {@link Long}, one with a
     * fraction or an exponent as {@link Double}. A whole number beyond {@code long} (Jackson: a BigInteger) is left
     * to Jackson.
     */
    private Object number() throws NotPlain {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = digits();
        if (digits == 0 || (digits > 1 && text.charAt(at - digits) == '0')) {
            throw new NotPlain();
        }
        boolean whole = true;
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            whole = false;
            if (digits() == 0) {
                throw new NotPlain();
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            whole = false;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (digits() == 0) {
                throw new NotPlain();
            }
        }
        String number = text.substring(start, at);
        if (!whole) {
            double value = number.length() <= 100 ? Double.parseDouble(number) : Double.NaN;
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NotPlain(); // beyond double, or longer than Jackson reads by default
            }
            return value;
        }
        if (digits > 18) {
            throw new NotPlain();
        }
        long value = Long.parseLong(number);
        return value == (int) value ? (Object) (int) value : (Object) value;
    }

    private int digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - start;
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

    /** The text is not in the plain shape this reader takes exactly as Jackson would: Jackson reads it. */
    public static final class NotPlain extends Exception {
        public NotPlain() {
            super(null, null, false, false);
        }
    }
}
