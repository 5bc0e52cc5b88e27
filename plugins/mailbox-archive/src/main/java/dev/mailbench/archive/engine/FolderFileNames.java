package dev.mailbench.archive.engine;

import dev.mailbench.imap.Hashes;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folder names as directory names that are legal and unambiguous on Windows, macOS and Linux. The names come
 * decoded from the server (Angus Mail decodes IMAP's modified UTF-7), so {@code 取引先/見積} arrives as it reads.
 *
 * <p>The file-name escape is {@code %XX} (UTF-8 bytes in hex) for every character Windows forbids, for
 * {@code %} itself and for {@code #}, so {@code #} never appears in an escaped folder name and the archive can use
 * it for its own directories ({@code #v<UIDVALIDITY>}) without colliding with any folder.
 */
public final class FolderFileNames {
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** Most file systems allow 255 bytes per name; leave room for a collision suffix. */
    static final int MAX_NAME_BYTES = 200;

    private FolderFileNames() {
    }

    /** One decoded folder-name component as a directory name safe on Windows and macOS (NFC, escaped, bounded). */
    public static String toFileName(String component) {
        String nfc = Normalizer.normalize(component, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            boolean first = i == 0;
            i += Character.charCount(cp);
            boolean last = i == nfc.length();
            boolean escape = cp < 0x20 || cp == 0x7f || "<>:\"/\\|?*%#".indexOf(cp) >= 0
                    || (first && cp == '.') || (last && (cp == '.' || cp == ' '));
            if (escape) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (out.isEmpty()) {
            return "%00";
        }
        String base = out.toString();
        int dot = base.indexOf('.');
        String stem = (dot < 0 ? base : base.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (WINDOWS_RESERVED.contains(stem)) {
            base = String.format(Locale.ROOT, "%%%02X", (int) base.charAt(0)) + base.substring(1);
        }
        return truncate(base);
    }

    /** Reverses {@link #toFileName} for names that were not truncated. */
    public static String fromFileName(String fileName) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == '%' && i + 2 < fileName.length() + 0 && isHex(fileName, i + 1)) {
                bytes.write(Integer.parseInt(fileName.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** The relative directory components of a decoded folder name whose hierarchy separator is {@code separator}. */
    public static List<String> toPath(String folderName, char separator) {
        List<String> parts = new ArrayList<>();
        for (String part : folderName.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            parts.add(toFileName(part));
        }
        return parts;
    }

    private static boolean isHex(String s, int at) {
        return at + 1 < s.length() && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }

    private static String truncate(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        String hash = Hashes.sha256Hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_NAME_BYTES - 14) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return cut + "~" + hash;
    }
}
