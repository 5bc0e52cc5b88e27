package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.DnsCheckService.FixView;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DNS checker's proposed fixes as a change plan for the panel: each fix names a record (owner name, type), the
 * value published now and the value to publish. The plan then goes the one way every DNS write goes
 * ({@link DnsPlanCheck}, confirmation, {@link DnsChangeRunner}, audit, undo).
 */
public final class DnsFixPlanning {
    private DnsFixPlanning() {
    }

    /**
     * One change per record a fix touches: a create when nothing is published now, an update of the record published
     * now, and when a fix merges several published records into one (two SPF records), an update of the first and a
     * delete of the others.
     *
     * @param domain  the apex the panel keeps the records under
     * @param current the panel's records of {@code domain} now
     * @throws IllegalArgumentException with a text fit to show when a fix names a record outside the domain or a value
     *                                  the panel does not hold
     */
    public static List<DnsChange> changes(String domain, List<FixView> fixes, List<DnsRecord> current) {
        List<DnsChange> out = new ArrayList<>();
        for (FixView fix : fixes) {
            String host = hostOf(fix.name(), domain);
            String type = fix.type().toUpperCase(Locale.ROOT);
            String after = panelValue(fix.after());
            List<String> befores = fix.before() == null ? List.of()
                    : fix.before().lines().map(String::strip).filter(l -> !l.isEmpty()).map(DnsFixPlanning::panelValue).toList();
            if (befores.isEmpty()) {
                out.add(DnsPlanning.fromEdit(new DnsPlanning.Edit(domain, host, type, after, null, null, false), current));
                continue;
            }
            List<DnsRecord> published = new ArrayList<>();
            for (String before : befores) {
                published.add(current.stream()
                        .filter(r -> r.host().equalsIgnoreCase(host) && r.type().equalsIgnoreCase(type) && r.content().equals(before))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("パネルに修正前のレコードがありません / the panel does not hold "
                                + "the record the fix replaces: " + host + " " + type + " \"" + before + "\"")));
            }
            DnsRecord first = published.get(0);
            out.add(DnsChange.update(first, new DnsRecord(first.id(), first.domain(), first.host(), first.type(), after,
                    first.ttl(), first.priority())));
            published.stream().skip(1).map(DnsChange::delete).forEach(out::add);
        }
        return out;
    }

    /** {@code _dmarc.example.jp} under {@code example.jp} is {@code _dmarc}; the apex is {@code @}. */
    static String hostOf(String name, String domain) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String d = domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (n.equals(d)) {
            return "@";
        }
        if (n.endsWith("." + d)) {
            return n.substring(0, n.length() - d.length() - 1);
        }
        throw new IllegalArgumentException("修正のレコード " + name + " は " + domain + " のものではありません / the fix's record "
                + name + " is not under " + domain);
    }

    /**
     * The panel takes a TXT value as one string; the checker writes a value over 255 bytes as quoted strings (as a zone
     * file would), which are joined here.
     */
    static String panelValue(String value) {
        String v = value.strip();
        if (!v.startsWith("\"")) {
            return v;
        }
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                inside = !inside;
            } else if (inside && c == '\\' && i + 1 < v.length()) {
                out.append(v.charAt(++i));
            } else if (inside) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
