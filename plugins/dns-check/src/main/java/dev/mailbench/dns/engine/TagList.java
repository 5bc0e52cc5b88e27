package dev.mailbench.dns.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tag=value; list shared by DKIM (RFC 6376 3.2) and DMARC records. Never throws.
 *
 * @param tags  lower-case tag names to values (whitespace trimmed), in order
 * @param error first problem found, or null
 */
public record TagList(Map<String, String> tags, String firstTag, String error) {
    private static final java.util.regex.Pattern TAG_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public static TagList parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        String first = null;
        if (text == null) {
            return new TagList(tags, null, "empty");
        }
        String[] parts = text.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                if (i == parts.length - 1 || i > 0) {
                    continue; // trailing ';' and ';;' are tolerated by receivers
                }
                return new TagList(tags, first, "empty tag at the start");
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return new TagList(tags, first, "'" + part + "' is not tag=value");
            }
            String name = part.substring(0, eq).strip();
            if (!TAG_NAME.matcher(name).matches()) {
                return new TagList(tags, first, "invalid tag name '" + name + "'");
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (tags.containsKey(key)) {
                return new TagList(tags, first, "tag '" + key + "' appears twice");
            }
            if (first == null) {
                first = key;
            }
            tags.put(key, part.substring(eq + 1).strip());
        }
        return new TagList(tags, first, null);
    }

    public boolean ok() {
        return error == null;
    }
}
