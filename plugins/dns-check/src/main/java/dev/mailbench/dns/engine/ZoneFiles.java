package dev.mailbench.dns.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Zone;

/**
 * Loads a BIND-format zone file for offline checking. A planned zone may hold mistakes the DNS would
 * never carry, such as a TXT string over 255 bytes; we note them and split the string so the rest of the
 * zone can still be checked.
 */
public final class ZoneFiles {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ZoneFiles() {
    }

    /** A TXT string longer than 255 bytes, found at {@code line}. */
    public record LongString(String owner, int line, int bytes, String text) {
    }

    public record Loaded(Zone zone, Path file, List<LongString> longStrings) {
    }

    /** A zone file that cannot be read, with the line when dnsjava tells it. */
    public static final class ZoneFileException extends IOException {
        public ZoneFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param origin the zone's domain; when null it is taken from the file name ({@code <domain>.zone})
     */
    public static Loaded load(Path file, String origin) throws ZoneFileException {
        String domain = origin;
        if (domain == null || domain.isBlank()) {
            String fileName = file.getFileName().toString();
            domain = fileName.endsWith(".zone") ? fileName.substring(0, fileName.length() - 5) : fileName;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ZoneFileException("ゾーンファイルを読めません / cannot read the zone file " + file + ": " + e.getMessage(), e);
        }
        List<LongString> longStrings = new ArrayList<>();
        String fixed = splitLongStrings(text, domain, longStrings);
        try {
            Name name = Name.fromString(DomainChecker.normalise(domain) + ".");
            Zone zone = new Zone(name, new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)));
            return new Loaded(zone, file, List.copyOf(longStrings));
        } catch (TextParseException e) {
            throw new ZoneFileException("ゾーンファイルの書き方に誤りがあります / zone file syntax error in " + file + ": " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ZoneFileException("ゾーンファイルを読み込めません（SOA と NS が必要です） / cannot load the zone (it needs SOA and NS) "
                    + file + ": " + e.getMessage(), e);
        }
    }

    private static String splitLongStrings(String text, String domain, List<LongString> found) {
        String[] lines = text.split("\n", -1);
        String lastOwner = domain;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("$") && !line.startsWith(";")) {
                String first = line.split("\\s+")[0];
                lastOwner = first.equals("@") ? domain : first.endsWith(".") ? first.substring(0, first.length() - 1) : first + "." + domain;
            }
            Matcher m = QUOTED.matcher(line);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String content = m.group(1);
                int bytes = content.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > 255) {
                    found.add(new LongString(lastOwner, i + 1, bytes, content));
                    m.appendReplacement(out, Matcher.quoteReplacement(FixGenerator.quoteForPanel(content)));
                    changed = true;
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                }
            }
            m.appendTail(out);
            if (changed) {
                lines[i] = out.toString();
            }
        }
        return String.join("\n", lines);
    }
}
