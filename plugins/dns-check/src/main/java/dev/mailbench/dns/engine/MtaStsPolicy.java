package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An MTA-STS policy file (RFC 8461 3.2): {@code key: value} lines. Never throws; what is wrong is listed in
 * {@link #problems()}, each naming the line or field, in English and Japanese.
 *
 * @param mode   enforce, testing or none; empty when missing or invalid
 * @param maxAge seconds; -1 when missing or invalid
 * @param mx     the mx patterns, lower case, without a final dot
 */
public record MtaStsPolicy(String mode, long maxAge, List<String> mx, List<Problem> problems) {
    /** RFC 8461 3.2: max_age is at most 31557600 seconds (about a year). */
    static final long MAX_AGE_LIMIT = 31_557_600L;
    /** Below a day the protection is short; the RFC recommends weeks. */
    static final long MAX_AGE_SHORT = 86_400L;

    public record Problem(String ja, String en) {
    }

    public MtaStsPolicy {
        mx = List.copyOf(mx);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public static MtaStsPolicy parse(String body) {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> mx = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(new Problem((i + 1) + " 行目「" + line + "」が key: value の形ではありません",
                        "line " + (i + 1) + " '" + line + "' is not key: value"));
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("mx")) {
                mx.add(SpfEvaluator.withoutFinalDot(value.toLowerCase(Locale.ROOT)));
            } else {
                single.putIfAbsent(key, value); // RFC 8461 3.2: later duplicates are ignored
            }
        }
        String version = single.get("version");
        if (!"STSv1".equals(version)) {
            problems.add(new Problem(version == null ? "version: STSv1 がありません" : "version は STSv1 でなければなりません（" + version + "）",
                    version == null ? "no version: STSv1" : "version must be STSv1 (" + version + ")"));
        }
        String mode = single.getOrDefault("mode", "");
        if (!List.of("enforce", "testing", "none").contains(mode)) {
            problems.add(new Problem(mode.isEmpty() ? "mode がありません" : "mode は enforce・testing・none のどれかです（" + mode + "）",
                    mode.isEmpty() ? "no mode" : "mode must be enforce, testing or none (" + mode + ")"));
            mode = "";
        }
        long maxAge = maxAge(single.get("max_age"), problems);
        if (mx.isEmpty() && !mode.equals("none")) {
            problems.add(new Problem("mx の行がありません", "no mx line"));
        }
        for (String pattern : mx) {
            if (!validPattern(pattern)) {
                problems.add(new Problem("mx「" + pattern + "」はホスト名または *.ドメイン ではありません",
                        "mx '" + pattern + "' is neither a host name nor *.domain"));
            }
        }
        return new MtaStsPolicy(mode, maxAge, mx, problems);
    }

    private static long maxAge(String value, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem("max_age がありません", "no max_age"));
            return -1;
        }
        if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) > MAX_AGE_LIMIT) {
            problems.add(new Problem("max_age は 0〜" + MAX_AGE_LIMIT + " の秒数です（" + value + "）",
                    "max_age must be 0 to " + MAX_AGE_LIMIT + " seconds (" + value + ")"));
            return -1;
        }
        return Long.parseLong(value);
    }

    private static boolean validPattern(String pattern) {
        String host = pattern.startsWith("*.") ? pattern.substring(2) : pattern;
        return host.contains(".") && host.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    }

    /**
     * Whether an mx pattern matches {@code host} (RFC 8461 4.1): the exact name, or for {@code *.domain} a name
     * with exactly one more label.
     */
    public boolean covers(String host) {
        String h = SpfEvaluator.withoutFinalDot(host.toLowerCase(Locale.ROOT));
        for (String pattern : mx) {
            if (pattern.startsWith("*.")) {
                String suffix = pattern.substring(1);
                if (h.endsWith(suffix) && h.length() > suffix.length() && h.indexOf('.') == h.length() - suffix.length()) {
                    return true;
                }
            } else if (pattern.equals(h)) {
                return true;
            }
        }
        return false;
    }
}
