package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a zone file before dnsjava reads it: strictly UTF-8 (what NSD and BIND publish byte for byte),
 * and TXT strings over 255 bytes split so the rest of the zone can be checked. Loops, not regular
 * expressions: a quoted string of a few thousand characters overflowed the stack of the regex this replaces.
 */
final class ZoneText {
    private static final int MAX_STRING_BYTES = 255;

    private ZoneText() {
    }

    /** The text of {@code bytes}; a UTF-8 byte-order mark is dropped. */
    static String decode(Path file, byte[] bytes) throws ZoneFiles.ZoneFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            throw new ZoneFiles.ZoneFileException(file, 1, LocalizedText.of(
                    "このファイルは UTF-8 ではありません（UTF-16）。UTF-8 で保存し直してください",
                    "this file is not UTF-8 (UTF-16); save it as UTF-8"), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static ZoneFiles.ZoneFileException notUtf8(Path file, byte[] bytes, int bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The line up to the bad byte is valid UTF-8 (the decoder stopped at the first error): count its characters.
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        String guess = guess(bytes);
        String hex = String.format("0x%02X", bytes[bad] & 0xff);
        return new ZoneFiles.ZoneFileException(file, line, LocalizedText.of(
                "このファイルは UTF-8 ではありません" + (guess == null ? "" : "（" + guess + "?）") + "。" + column
                        + " 文字目のバイト " + hex + " を UTF-8 として読めません。UTF-8 で保存し直してください",
                "this file is not UTF-8" + (guess == null ? "" : " (" + guess + "?)") + ": byte " + hex + " at column " + column
                        + " is not UTF-8; save the file as UTF-8"), null);
    }

    /** The Japanese encoding the bytes read cleanly in, if any: a hint, hence the question mark where it is shown. */
    private static String guess(byte[] bytes) {
        for (String name : List.of("EUC-JP", "Shift_JIS")) {
            try {
                Charset.forName(name).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                return name;
            } catch (CharacterCodingException | IllegalArgumentException notThisOne) {
                // try the next
            }
        }
        return null;
    }

    /**
     * {@code text} with every quoted string over 255 bytes rewritten as several quoted strings of at most 255
     * bytes (an escape is never cut), each noted in {@code found} with the owner of its line.
     */
    static String splitLongStrings(String text, String domain, List<ZoneFiles.LongString> found) {
        String[] lines = text.split("\n", -1);
        String lastOwner = domain;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("$") && !line.startsWith(";")) {
                String first = firstWord(line);
                lastOwner = first.equals("@") ? domain : first.endsWith(".") ? first.substring(0, first.length() - 1) : first + "." + domain;
            }
            StringBuilder out = null;
            int copied = 0;
            int from = 0;
            int open;
            while ((open = line.indexOf('"', from)) >= 0) {
                int close = closingQuote(line, open + 1);
                if (close < 0) {
                    from = open + 1; // not a complete string here: look for one from the next quote, as a regex search would
                    continue;
                }
                String content = line.substring(open + 1, close);
                int bytes = content.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_STRING_BYTES) {
                    found.add(new ZoneFiles.LongString(lastOwner, i + 1, bytes, content));
                    if (out == null) {
                        out = new StringBuilder(line.length() + 64);
                    }
                    out.append(line, copied, open).append(quotedPieces(content));
                    copied = close + 1;
                }
                from = close + 1;
            }
            if (out != null) {
                lines[i] = out.append(line, copied, line.length()).toString();
            }
        }
        return String.join("\n", lines);
    }

    private static String firstWord(String line) {
        int end = 0;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end);
    }

    /** Index of the quote closing a string whose content starts at {@code from}, or -1 when the line ends first. */
    private static int closingQuote(String line, int from) {
        int j = from;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (c == '"') {
                return j;
            }
            if (c == '\\') {
                if (j + 1 >= line.length() || isLineTerminator(line.charAt(j + 1))) {
                    return -1;
                }
                j += 2;
            } else {
                j++;
            }
        }
        return -1;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code content} as {@code "..." "..."}, each string at most 255 bytes on the wire: {@code \DDD} and
     * {@code \X} are one byte each and stay whole; other characters count their UTF-8 bytes.
     */
    static String quotedPieces(String content) {
        StringBuilder out = new StringBuilder(content.length() + content.length() / 64 + 8);
        out.append('"');
        int bytes = 0;
        int i = 0;
        while (i < content.length()) {
            int unitChars;
            int unitBytes;
            char c = content.charAt(i);
            if (c == '\\' && i + 3 < content.length() && isDigit(content.charAt(i + 1)) && isDigit(content.charAt(i + 2))
                    && isDigit(content.charAt(i + 3))) {
                unitChars = 4;
                unitBytes = 1;
            } else if (c == '\\' && i + 1 < content.length()) {
                unitChars = 1 + Character.charCount(content.codePointAt(i + 1));
                unitBytes = 1;
            } else {
                int cp = content.codePointAt(i);
                unitChars = Character.charCount(cp);
                unitBytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            }
            if (bytes + unitBytes > MAX_STRING_BYTES) {
                out.append("\" \"");
                bytes = 0;
            }
            out.append(content, i, i + unitChars);
            bytes += unitBytes;
            i += unitChars;
        }
        return out.append('"').toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
