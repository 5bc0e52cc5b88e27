package dev.mailbench.serverpanel.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.FilterAction;
import dev.mailbench.api.services.ServerPanelService.FilterCondition;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import java.net.IDN;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Xserver's server panel through its official API (paths under {@code /v1/server/{servername}}). */
public final class XserverConnector implements PanelConnector {
    private static final Pattern SERVERNAME = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private final XserverApi api;
    private final String servername;

    public XserverConnector(XserverApi api, String servername) {
        this.api = api;
        this.servername = checkServername(servername);
    }

    /** The initial domain, lower-cased; a clear message when it is not one. */
    public static String checkServername(String servername) {
        String s = servername == null ? "" : servername.strip().toLowerCase(Locale.ROOT);
        if (!SERVERNAME.matcher(s).matches()) {
            throw new IllegalArgumentException("サーバー名には初期ドメイン（例: xs123456.xsrv.jp）を入れてください / "
                    + "the server name is the initial domain, e.g. xs123456.xsrv.jp: '" + servername + "'");
        }
        return s;
    }

    public XserverApi api() { return api; }

    @Override public String provider() { return "xserver"; }

    @Override public String servername() { return servername; }

    private String base() {
        return "/v1/server/" + XserverApi.segment(servername);
    }

    @Override
    public KeyInfo keyInfo(BooleanSupplier cancelled) throws PanelException {
        JsonNode me = api.send("GET", "/v1/me", null, cancelled);
        String expires = text(me, "expires_at");
        return new KeyInfo(text(me, "servername"), text(me, "permission_type"),
                expires.isEmpty() ? null : OffsetDateTime.parse(expires).toInstant());
    }

    @Override
    public ServerInfo serverInfo(BooleanSupplier cancelled) throws PanelException {
        JsonNode info = api.send("GET", base() + "/server-info", null, cancelled);
        JsonNode usage = api.send("GET", base() + "/server-info/usage", null, cancelled);
        List<String> ns = new ArrayList<>();
        info.path("name_servers").forEach(n -> ns.add(n.asText()));
        String host = text(info, "hostname");
        return new ServerInfo(serverId(host), host, text(info, "ip_address"), ns,
                number(usage.path("disk").path("quota_gb")), number(usage.path("disk").path("used_gb")));
    }

    /** {@code sv1234.xserver.jp} → {@code sv1234}: the server ID as the project keeps it. */
    public static String serverId(String hostname) {
        int dot = hostname.indexOf('.');
        return dot < 0 ? hostname : hostname.substring(0, dot);
    }

    /** The domain's ownership token, needed before a mailbox or domain is added. */
    public String validationToken(BooleanSupplier cancelled) throws PanelException {
        return text(api.send("GET", base() + "/server-info", null, cancelled), "domain_validation_token");
    }

    @Override
    public List<PanelDomain> domains(BooleanSupplier cancelled) throws PanelException {
        List<PanelDomain> out = new ArrayList<>();
        for (JsonNode d : api.send("GET", base() + "/domain", null, cancelled).path("domains")) {
            out.add(new PanelDomain(unicode(text(d, "domain")), text(d, "type"), d.path("ssl").asBoolean(),
                    text(d, "memo"), d.path("is_awaiting").asBoolean()));
        }
        return out;
    }

    @Override
    public List<MailAccount> mailAccounts(BooleanSupplier cancelled) throws PanelException {
        List<MailAccount> out = new ArrayList<>();
        for (JsonNode a : api.send("GET", base() + "/mail", null, cancelled).path("accounts")) {
            out.add(new MailAccount(text(a, "mail_address"), a.path("quota_mb").asInt(), null, text(a, "memo"),
                    List.of(), true));
        }
        return out;
    }

    @Override
    public MailAccount mailAccount(String address, BooleanSupplier cancelled) throws PanelException {
        String path = base() + "/mail/" + XserverApi.segment(address);
        JsonNode a = api.send("GET", path, null, cancelled);
        JsonNode f = api.send("GET", path + "/forwarding", null, cancelled);
        List<String> forward = new ArrayList<>();
        f.path("forwarding_addresses").forEach(n -> forward.add(n.asText()));
        return new MailAccount(text(a, "mail_address"), a.path("quota_mb").asInt(), number(a.path("used_mb")),
                text(a, "memo"), forward, !f.has("keep_in_mailbox") || f.path("keep_in_mailbox").asBoolean());
    }

    @Override
    public int requestsPerAccount() {
        return 2;
    }

    @Override
    public List<MailFilter> filters(String domain, BooleanSupplier cancelled) throws PanelException {
        List<MailFilter> out = new ArrayList<>();
        for (JsonNode f : api.get(base() + "/mail-filter", Map.of("domain", ascii(domain)), cancelled).path("filters")) {
            List<FilterCondition> conditions = new ArrayList<>();
            f.path("conditions").forEach(c -> conditions.add(
                    new FilterCondition(text(c, "keyword"), text(c, "field"), text(c, "match_type"))));
            JsonNode a = f.path("action");
            out.add(new MailFilter(text(f, "id"), unicode(text(f, "domain")), f.path("priority").asInt(), conditions,
                    new FilterAction(text(a, "type"), text(a, "target"), text(a, "method"))));
        }
        return out;
    }

    @Override
    public List<DnsRecord> dnsRecords(String domain, BooleanSupplier cancelled) throws PanelException {
        List<DnsRecord> out = new ArrayList<>();
        for (JsonNode r : api.get(base() + "/dns", Map.of("domain", ascii(domain)), cancelled).path("records")) {
            out.add(new DnsRecord(text(r, "id"), unicode(text(r, "domain")), text(r, "host"), text(r, "type"),
                    text(r, "content"), r.path("ttl").asInt(), r.path("priority").isNull() ? null : r.path("priority").asInt()));
        }
        return out;
    }

    /**
     * Creates a mail account ({@code POST /mail}); the panel runs the domain ownership check first (409 with its reason
     * when the TXT record is not visible). The password goes into this one request body and nowhere else.
     */
    public void createMail(String address, char[] password, Integer quotaMb, String memo, BooleanSupplier cancelled)
            throws PanelException {
        if (address == null || address.indexOf('@') <= 0 || address.endsWith("@")) {
            throw new IllegalArgumentException("メールアドレスの形式が正しくありません / not a mail address: " + address);
        }
        api.send("POST", base() + "/mail", MailboxCreation.body(address.strip(), password, quotaMb, memo), cancelled);
    }

    /** Deletes a mail account and its mail; only sent as the undo of an account this tool created. */
    public void deleteMail(String address, BooleanSupplier cancelled) throws PanelException {
        api.send("DELETE", base() + "/mail/" + XserverApi.segment(address), null, cancelled);
    }

    /** Replaces the forwarding list ({@code []} clears it) and the keep-in-mailbox switch. */
    public void setForwarding(String address, List<String> forwardTo, boolean keepInMailbox, BooleanSupplier cancelled)
            throws PanelException {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("forwarding_addresses", List.copyOf(forwardTo));
        body.put("keep_in_mailbox", keepInMailbox);
        api.send("PUT", base() + "/mail/" + XserverApi.segment(address) + "/forwarding", body, cancelled);
    }

    /** Adds a record; returns the id the panel gave it. */
    public String createDns(DnsRecord r, BooleanSupplier cancelled) throws PanelException {
        return text(api.send("POST", base() + "/dns", dnsBody(r), cancelled), "id");
    }

    public void updateDns(String id, DnsRecord r, BooleanSupplier cancelled) throws PanelException {
        api.send("PUT", base() + "/dns/" + XserverApi.segment(id), dnsBody(r), cancelled);
    }

    public void deleteDns(String id, BooleanSupplier cancelled) throws PanelException {
        api.send("DELETE", base() + "/dns/" + XserverApi.segment(id), null, cancelled);
    }

    private static Map<String, Object> dnsBody(DnsRecord r) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("domain", ascii(r.domain()));
        body.put("host", r.host());
        body.put("type", r.type());
        body.put("content", r.content());
        body.put("ttl", r.ttl());
        body.put("priority", r.priority() == null ? 0 : r.priority());
        return body;
    }

    /** Punycode for paths, queries and bodies (the API's rule for Japanese domains). */
    static String ascii(String domain) {
        return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
    }

    static String unicode(String domain) {
        return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    static Instant parseInstant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
