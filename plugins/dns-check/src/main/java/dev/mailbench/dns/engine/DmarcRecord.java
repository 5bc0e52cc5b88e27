package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A DMARC policy record checked against RFC 9989's tags. Never throws.
 *
 * @param problems  each problem: which code and the detail (tag and value)
 * @param reportTo  domains of every rua/ruf mailto address, for the report authorisation check
 */
public record DmarcRecord(Map<String, String> tags, List<Problem> problems, List<String> reportDomains) {
    public record Problem(FindingCode code, String detail) {
    }

    private static final java.util.regex.Pattern DMARC_VERSION = java.util.regex.Pattern.compile("(?i)v\\s*=\\s*DMARC1\\s*(;.*)?");
    private static final Set<String> POLICIES = Set.of("none", "quarantine", "reject");
    private static final Set<String> KNOWN = Set.of("v", "p", "sp", "np", "adkim", "aspf", "fo", "rua", "ruf", "psd", "t");
    private static final Set<String> OBSOLETE = Set.of("pct", "rf", "ri");

    public static boolean isDmarc(String txt) {
        return DMARC_VERSION.matcher(txt.strip()).matches();
    }

    /**
     * A DMARC record receivers discard because it does not start with {@code v=DMARC1}: the tag is further on
     * ({@code p=none; v=DMARC1}) or missing while a policy is given ({@code p=none; rua=...}).
     */
    public static boolean isDiscarded(String txt) {
        if (isDmarc(txt)) {
            return false;
        }
        TagList list = TagList.parse(txt);
        String v = list.tags().get("v");
        return v != null ? v.equalsIgnoreCase("DMARC1") : list.tags().containsKey("p") && !list.tags().containsKey("k");
    }

    /** A DMARC record, valid or discarded: what a corrected record replaces. */
    public static boolean isDmarcOrDiscarded(String txt) {
        return isDmarc(txt) || isDiscarded(txt);
    }

    public static DmarcRecord parse(String record) {
        try {
            return doParse(record);
        } catch (RuntimeException e) {
            return new DmarcRecord(Map.of(), List.of(new Problem(FindingCode.DMARC_SYNTAX, e.getClass().getSimpleName())), List.of());
        }
    }

    private static DmarcRecord doParse(String record) {
        TagList list = TagList.parse(record);
        List<Problem> problems = new ArrayList<>();
        List<String> reportDomains = new ArrayList<>();
        if (!list.ok()) {
            return new DmarcRecord(list.tags(), List.of(new Problem(FindingCode.DMARC_SYNTAX, list.error())), List.of());
        }
        if (!"v".equals(list.firstTag()) || !"DMARC1".equals(list.tags().get("v"))) {
            return new DmarcRecord(list.tags(), List.of(new Problem(FindingCode.DMARC_SYNTAX, "v=DMARC1 must come first")), List.of());
        }
        for (var e : list.tags().entrySet()) {
            String tag = e.getKey();
            String value = e.getValue();
            String lower = value.toLowerCase(Locale.ROOT);
            if (OBSOLETE.contains(tag)) {
                problems.add(new Problem(FindingCode.DMARC_OBSOLETE_TAG, tag + "=" + value));
                continue;
            }
            if (!KNOWN.contains(tag)) {
                problems.add(new Problem(FindingCode.DMARC_UNKNOWN_TAG, tag + "=" + value));
                continue;
            }
            boolean valid = switch (tag) {
                case "v" -> true;
                case "p", "sp", "np" -> POLICIES.contains(lower);
                case "adkim", "aspf" -> lower.equals("r") || lower.equals("s");
                case "fo" -> failureOptions(lower);
                case "psd" -> lower.matches("[ynu]");
                case "t" -> lower.matches("[yn]");
                case "rua", "ruf" -> uris(value, reportDomains);
                default -> true;
            };
            if (!valid) {
                problems.add(new Problem(FindingCode.DMARC_BAD_VALUE, tag + "=" + value));
            }
        }
        return new DmarcRecord(list.tags(), problems, List.copyOf(reportDomains));
    }

    /**
     * fo: options 0, 1, d, s separated by ':' with optional whitespace around each colon. A loop: the regex
     * it replaces repeated a group per option and overflowed the stack on a long list.
     */
    static boolean failureOptions(String value) {
        int i = 0;
        while (true) {
            if (i >= value.length() || "01ds".indexOf(value.charAt(i)) < 0) {
                return false;
            }
            i++;
            if (i == value.length()) {
                return true;
            }
            i = afterSpace(value, i);
            if (i >= value.length() || value.charAt(i) != ':') {
                return false;
            }
            i = afterSpace(value, i + 1);
        }
    }

    /** The index after the whitespace at {@code i}: the characters of regex {@code \s}. */
    private static int afterSpace(String value, int i) {
        while (i < value.length() && " \t\n\u000B\f\r".indexOf(value.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** rua/ruf: comma-separated URIs; we can authorise and check only mailto, which every receiver supports. */
    private static boolean uris(String value, List<String> domains) {
        if (value.isBlank()) {
            return false;
        }
        for (String uri : value.split(",")) {
            String u = uri.strip();
            int bang = u.indexOf('!');
            if (bang >= 0) {
                u = u.substring(0, bang); // size limit suffix, e.g. !10m
            }
            if (!u.regionMatches(true, 0, "mailto:", 0, 7)) {
                return false;
            }
            String address = u.substring(7);
            int at = address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1 || address.contains(" ")) {
                return false;
            }
            domains.add(address.substring(at + 1).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    public String policy() {
        return tags.getOrDefault("p", "none").toLowerCase(Locale.ROOT);
    }
}
