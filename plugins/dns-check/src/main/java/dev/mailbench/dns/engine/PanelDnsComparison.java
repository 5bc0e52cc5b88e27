package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Address;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The server panel's DNS records (its last import) against live DNS, and whether the panel's DNS is in effect at
 * all: only when the domain's NS records point at the panel's name servers. When they point elsewhere (the web
 * hosted by another company that also runs the DNS), every difference is expected and only informative; the
 * finding that matters is that changes in the panel do nothing.
 *
 * <p>Asked: every name and type the panel has a record for, plus the apex MX and TXT and the DMARC TXT, so a
 * live mail record the panel lacks is seen. Other live names cannot be listed (DNS has no "all records" question).
 */
public final class PanelDnsComparison {
    private static final Set<String> COMPARED_TYPES = Set.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA");

    private PanelDnsComparison() {
    }

    /** Whether the panel import knows {@code domain} at all (a domain on the server or DNS records of it). */
    public static boolean covers(PanelSnapshot panel, String domain) {
        String d = DomainChecker.normalise(domain);
        return panel.domains().stream().anyMatch(x -> d.equalsIgnoreCase(strip(x.name())))
                || panel.dnsRecords().stream().anyMatch(r -> d.equalsIgnoreCase(strip(r.domain())));
    }

    /** {@code report} with the panel findings added; unchanged when the panel does not know the domain. */
    public static DomainReport addTo(DomainReport report, PanelSnapshot panel, DnsSource live) {
        if (panel == null || report.notChecked() != null || !covers(panel, report.domain())) {
            return report;
        }
        List<DnsFinding> findings = new ArrayList<>(report.findings());
        findings.addAll(compare(report.domain(), panel, live));
        return new DomainReport(report.domain(), report.source(), report.zoneMode(), report.checkedAt(), findings,
                report.records(), report.spf(), report.fixes(), report.unfixed(), report.notChecked());
    }

    public static List<DnsFinding> compare(String domainInput, PanelSnapshot panel, DnsSource live) {
        String domain = DomainChecker.normalise(domainInput);
        List<DnsFinding> out = new ArrayList<>();
        Optional<Boolean> inEffect = nsVerdict(domain, panel, live, out);
        // Differences while the panel's DNS is not used are expected: they inform, they do not warn.
        boolean downgrade = inEffect.isPresent() && !inEffect.get();

        Map<Key, Set<String>> wanted = new LinkedHashMap<>();
        for (DnsRecord r : panel.dnsRecords()) {
            if (!domain.equalsIgnoreCase(strip(r.domain()))) {
                continue;
            }
            String type = r.type() == null ? "" : r.type().toUpperCase(Locale.ROOT);
            if (!COMPARED_TYPES.contains(type)) {
                continue;
            }
            wanted.computeIfAbsent(new Key(fqdn(r.host(), domain), type), k -> new TreeSet<>()).add(panelValue(r, type));
        }
        for (Key standard : List.of(new Key(domain, "MX"), new Key(domain, "TXT"), new Key("_dmarc." + domain, "TXT"))) {
            wanted.putIfAbsent(standard, new TreeSet<>());
        }
        Map<Key, CompletableFuture<Answer>> asked = new LinkedHashMap<>();
        for (Key k : wanted.keySet()) {
            asked.put(k, live.query(SpfEvaluator.name(k.name()), Type.value(k.type())));
        }
        int differences = 0;
        List<String> unchecked = new ArrayList<>();
        for (var e : wanted.entrySet()) {
            Key k = e.getKey();
            Answer a = asked.get(k).join();
            if (!a.state().isConclusive()) {
                unchecked.add(k.name() + " " + k.type() + " (" + a.state() + ")");
                continue;
            }
            Set<String> inPanel = e.getValue();
            Set<String> inDns = liveValues(a, k.type());
            Set<String> onlyPanel = new TreeSet<>(inPanel);
            onlyPanel.removeAll(inDns);
            Set<String> onlyDns = new TreeSet<>(inDns);
            onlyDns.removeAll(inPanel);
            if (onlyPanel.isEmpty() && onlyDns.isEmpty()) {
                continue;
            }
            differences++;
            if (!onlyPanel.isEmpty() && !onlyDns.isEmpty() && !k.type().equals("TXT")) {
                out.add(finding(FindingCode.PANEL_RECORD_DIFFERENT, downgrade, k.name(), LocalizedText.of(
                        k.type() + ": パネル " + String.join(" / ", onlyPanel) + "、実際の DNS " + String.join(" / ", onlyDns),
                        k.type() + ": panel " + String.join(" / ", onlyPanel) + ", live DNS " + String.join(" / ", onlyDns)),
                        lines(k, onlyPanel, onlyDns)));
                continue;
            }
            // TXT values are independent records (SPF, verification tokens...): report each side on its own
            if (!onlyPanel.isEmpty()) {
                out.add(finding(FindingCode.PANEL_RECORD_NOT_LIVE, downgrade, k.name(), LocalizedText.of(
                        k.type() + ": " + String.join(" / ", onlyPanel) + "（パネルにあり、実際の DNS になし）",
                        k.type() + ": " + String.join(" / ", onlyPanel) + " (in the panel, not in live DNS)"),
                        lines(k, onlyPanel, Set.of())));
            }
            if (!onlyDns.isEmpty()) {
                out.add(finding(FindingCode.PANEL_RECORD_NOT_IN_PANEL, downgrade, k.name(), LocalizedText.of(
                        k.type() + ": " + String.join(" / ", onlyDns) + "（実際の DNS にあり、パネルになし）",
                        k.type() + ": " + String.join(" / ", onlyDns) + " (in live DNS, not in the panel)"),
                        lines(k, Set.of(), onlyDns)));
            }
        }
        if (!unchecked.isEmpty()) {
            out.add(DnsFinding.of(FindingCode.PANEL_DNS_UNCHECKED, domain, LocalizedText.of(
                    "答えが得られなかった問い合わせ: " + String.join("、", unchecked),
                    "questions without an answer: " + String.join(", ", unchecked)), List.of()));
        } else if (differences == 0) {
            out.add(DnsFinding.of(FindingCode.PANEL_DNS_MATCHES, domain, LocalizedText.of(
                    wanted.size() + " 件の名前・種類を比較（パネルの取り込み: " + panel.importedAt() + "）",
                    wanted.size() + " names and types compared (panel import: " + panel.importedAt() + ")"), List.of()));
        }
        return out;
    }

    /** Adds the NS finding; empty when the NS could not be read (then nothing is said about being in effect). */
    private static Optional<Boolean> nsVerdict(String domain, PanelSnapshot panel, DnsSource live, List<DnsFinding> out) {
        Set<String> panelNs = new TreeSet<>();
        if (panel.server() != null) {
            panel.server().nameServers().forEach(n -> panelNs.add(strip(n).toLowerCase(Locale.ROOT)));
        }
        Answer ns = live.lookup(SpfEvaluator.name(domain), Type.NS);
        if (!ns.state().isConclusive()) {
            out.add(DnsFinding.of(FindingCode.PANEL_DNS_UNCHECKED, domain, LocalizedText.of(
                    "NS の問い合わせ: " + ns.state(), "NS question: " + ns.state()), List.of()));
            return Optional.empty();
        }
        Set<String> liveNs = new TreeSet<>();
        for (Record r : ns.records()) {
            if (r instanceof NSRecord n) {
                liveNs.add(strip(n.getTarget().toString(true)).toLowerCase(Locale.ROOT));
            }
        }
        String liveText = liveNs.isEmpty() ? "（なし）" : String.join(", ", liveNs);
        String liveTextEn = liveNs.isEmpty() ? "(none)" : String.join(", ", liveNs);
        String panelText = String.join(", ", panelNs);
        boolean inEffect = !liveNs.isEmpty() && !panelNs.isEmpty() && panelNs.containsAll(liveNs);
        if (inEffect) {
            out.add(DnsFinding.of(FindingCode.PANEL_DNS_IN_EFFECT, domain, LocalizedText.of(
                    "NS: " + liveText, "NS: " + liveTextEn), List.of()));
        } else {
            out.add(DnsFinding.of(FindingCode.PANEL_DNS_NOT_IN_EFFECT, domain, LocalizedText.of(
                    "このドメインの NS: " + liveText + "。サーバーパネル（" + panel.servername() + "）のネームサーバー: " + panelText
                            + "。パネルの DNS レコードは公開されていないため、下の違いは想定どおりです。",
                    "The domain's NS: " + liveTextEn + ". The server panel's (" + panel.servername() + ") name servers: "
                            + panelText + ". The panel's records are not published, so the differences below are expected."),
                    List.of()));
        }
        return Optional.of(inEffect);
    }

    private static DnsFinding finding(FindingCode code, boolean downgrade, String subject, LocalizedText detail,
                                      List<String> records) {
        return new DnsFinding(code, downgrade ? DnsSeverity.INFO : code.severity(), subject, detail, records);
    }

    private static List<String> lines(Key k, Set<String> panel, Set<String> dns) {
        List<String> out = new ArrayList<>();
        panel.forEach(v -> out.add("panel: " + k.name() + " " + k.type() + " " + v));
        dns.forEach(v -> out.add("live:  " + k.name() + " " + k.type() + " " + v));
        return out;
    }

    private static Set<String> liveValues(Answer a, String type) {
        Set<String> values = new LinkedHashSet<>();
        if (!a.answered()) {
            return values;
        }
        if (type.equals("TXT")) {
            values.addAll(a.txtJoined());
            return values;
        }
        if (type.equals("CNAME")) {
            // the source follows CNAME chains: the CNAME itself is the first link
            for (CNAMERecord c : a.cnames()) {
                values.add(host(c.getTarget().toString()));
                return values;
            }
        }
        for (Record r : a.records()) {
            if (r.getType() != Type.value(type)) {
                continue;
            }
            if (r instanceof MXRecord mx) {
                values.add(mx.getPriority() + " " + host(mx.getTarget().toString()));
            } else if (r instanceof CNAMERecord c) {
                values.add(host(c.getTarget().toString()));
            } else if (r instanceof TXTRecord) {
                values.addAll(a.txtJoined());
            } else if (type.equals("A") || type.equals("AAAA")) {
                values.add(address(r.rdataToString()));
            } else {
                values.add(loose(r.rdataToString()));
            }
        }
        return values;
    }

    static String panelValue(DnsRecord r, String type) {
        String content = r.content() == null ? "" : r.content().strip();
        return switch (type) {
            case "MX" -> (r.priority() == null ? 0 : r.priority()) + " " + host(content);
            case "CNAME" -> host(content);
            case "TXT" -> unquote(content);
            case "A", "AAAA" -> address(content);
            case "SRV" -> loose((r.priority() == null ? 0 : r.priority()) + " " + content);
            default -> loose(content);
        };
    }

    /** A literal address in one spelling (2001:db8::1 and 2001:0db8:0:0::1 agree); never a name lookup. */
    private static String address(String text) {
        String t = text.strip();
        int family = t.contains(":") ? Address.IPv6 : Address.IPv4;
        byte[] bytes = Address.toByteArray(t, family);
        if (bytes == null) {
            return t.toLowerCase(Locale.ROOT);
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return t;
        }
    }

    /** Panels show a TXT value bare or as quoted strings ("a" "b"); DNS joins the strings. */
    private static String unquote(String text) {
        if (!text.startsWith("\"")) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && in && i + 1 < text.length()) {
                sb.append(text.charAt(++i));
            } else if (c == '"') {
                in = !in;
            } else if (in) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String host(String name) {
        return strip(name).toLowerCase(Locale.ROOT);
    }

    private static String loose(String text) {
        return text.replace("\"", "").replaceAll("\\s+", " ").replaceAll("\\.(\\s|$)", "$1").strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(String name) {
        String n = name == null ? "" : name.strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static String fqdn(String host, String domain) {
        String h = host == null ? "@" : strip(host).toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("@") || h.equals(domain)) {
            return domain;
        }
        return h.endsWith("." + domain) ? h : h + "." + domain;
    }

    private record Key(String name, String type) {
    }
}
