package dev.mailbench.migration.plan;

import dev.mailbench.api.services.DnsCheckService.RecordView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.mailbench.api.services.DnsCheckService.AnswerState;

/** Compares record sets by owner name and type, ignoring TTLs and letter case in names. */
public final class RecordDiff {
    /** States that say "there is no such record" rather than "we could not find out". */
    static final Set<AnswerState> ABSENT = Set.of(AnswerState.NXDOMAIN, AnswerState.NODATA);
    /**
     * SOA: its serial always differs. A/AAAA: the checker looks up the MX targets' addresses, so which names
     * appear depends on the MX; the MX row already shows that change. PTR: the reverse names of those addresses
     * belong to whoever owns the IP (the mail host), not to the domain's DNS operator, so they are not part of
     * the move.
     */
    static final Set<String> IGNORED_TYPES = Set.of("SOA", "A", "AAAA", "PTR");

    private RecordDiff() {
    }

    /**
     * Every record set (SOA aside: its serial always differs) whose data differs between {@code before} and
     * {@code after}; equal sets are left out unless {@code keepSame}.
     */
    public static List<DnsChange> diff(List<RecordView> before, List<RecordView> after, boolean keepSame) {
        Map<String, Side> a = group(before);
        Map<String, Side> b = group(after);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<DnsChange> result = new ArrayList<>();
        for (String key : keys) {
            Side x = a.getOrDefault(key, Side.EMPTY);
            Side y = b.getOrDefault(key, Side.EMPTY);
            String[] nameType = key.split(" ", 2);
            if (IGNORED_TYPES.contains(nameType[1])) {
                continue;
            }
            DnsChange change = compare(nameType[1], nameType[0], nameType[1], x, y);
            if (keepSame || change.kind() != DnsChange.Kind.SAME) {
                result.add(change);
            }
        }
        return List.copyOf(result);
    }

    static DnsChange compare(String label, String name, String type, Side x, Side y) {
        String unknown = !x.problem.isEmpty() ? x.problem : y.problem;
        DnsChange.Kind kind;
        if (!unknown.isEmpty()) {
            kind = DnsChange.Kind.COULD_NOT_CHECK;
        } else if (x.data.isEmpty() && y.data.isEmpty()) {
            kind = DnsChange.Kind.SAME;
        } else if (x.data.isEmpty()) {
            kind = DnsChange.Kind.ADD;
        } else if (y.data.isEmpty()) {
            kind = DnsChange.Kind.REMOVE;
        } else {
            kind = normalized(type, x.data).equals(normalized(type, y.data)) ? DnsChange.Kind.SAME : DnsChange.Kind.CHANGE;
        }
        return new DnsChange(label, name, type, kind, x.data, y.data, x.data.isEmpty() ? -1 : x.ttl, unknown);
    }

    static Map<String, Side> group(List<RecordView> records) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (RecordView r : records) {
            String key = name(r.name()) + " " + r.type().toUpperCase(Locale.ROOT);
            Side side = sides.computeIfAbsent(key, k -> new Side());
            if (r.state() == AnswerState.ANSWERED) {
                String data = "TXT".equalsIgnoreCase(r.type()) ? txt(r.data()) : r.data();
                if (data != null && !data.isEmpty() && !side.data.contains(data)) {
                    side.data.add(data);
                }
                side.ttl = side.ttl < 0 ? r.ttl() : Math.min(side.ttl, r.ttl());
            } else if (!ABSENT.contains(r.state())) {
                side.problem = r.state().name();
            }
        }
        return sides;
    }

    /**
     * TXT data in presentation form ({@code "v=spf1 ..." "more"}) as the one string its character-strings
     * make when joined without spaces (RFC 7208 3.3); unquoted data is returned as it is.
     */
    static String txt(String data) {
        if (data == null || !data.strip().startsWith("\"")) {
            return data;
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        String s = data.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else if (quoted) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Owner names without the trailing dot, lower case. */
    static String name(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static Set<String> normalized(String type, List<String> data) {
        Set<String> set = new java.util.TreeSet<>();
        for (String d : data) {
            String s = d.strip();
            if (!"TXT".equals(type)) {
                s = s.toLowerCase(Locale.ROOT);
                s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
            }
            set.add(s);
        }
        return set;
    }

    /** One side's record set. */
    static final class Side {
        static final Side EMPTY = new Side();
        final List<String> data = new ArrayList<>();
        long ttl = -1;
        String problem = "";

        Side() {
        }

        Side(List<String> data, long ttl, String problem) {
            this.data.addAll(data);
            this.ttl = ttl;
            this.problem = problem;
        }
    }
}
