package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an import would change: against the project (what merging writes) and against the last import (what changed
 * on the server since the last visit).
 */
public final class ImportDiff {
    private ImportDiff() {
    }

    /** The project's server ID, domains and mailboxes against the panel's. */
    public static List<PanelChange> againstProject(Project project, PanelSnapshot snapshot) {
        List<PanelChange> out = new ArrayList<>();
        String serverId = snapshot.server() == null ? "" : snapshot.server().serverId();
        if (!serverId.isEmpty() && !serverId.equals(project.provider().serverId())) {
            out.add(new PanelChange(project.provider().serverId().isEmpty() ? PanelChange.Kind.NEW : PanelChange.Kind.CHANGED,
                    "server", "serverId", "serverId", project.provider().serverId(), serverId));
        }
        Set<String> projectDomains = new TreeSet<>();
        project.domains().forEach(d -> projectDomains.add(lower(d.name())));
        for (PanelDomain d : mailDomains(snapshot)) {
            if (!projectDomains.contains(lower(d.name()))) {
                out.add(new PanelChange(PanelChange.Kind.NEW, "domain", d.name(), "", "", d.name()));
            }
        }
        Map<String, Mailbox> mailboxes = new LinkedHashMap<>();
        project.mailboxes().forEach(m -> mailboxes.put(lower(m.address()), m));
        Set<String> panelDomains = new TreeSet<>();
        snapshot.domains().forEach(d -> panelDomains.add(lower(d.name())));
        for (MailAccount a : snapshot.accounts()) {
            Mailbox m = mailboxes.remove(lower(a.address()));
            if (m == null) {
                out.add(new PanelChange(PanelChange.Kind.NEW, "mailbox", a.address(), "", "", describe(a)));
                continue;
            }
            field(out, "mailbox", a.address(), "quotaMb", m.quotaMb() == null ? "" : m.quotaMb().toString(),
                    Integer.toString(a.quotaMb()));
            field(out, "mailbox", a.address(), "forwardTo", String.join(", ", m.forwardTo()), String.join(", ", a.forwardTo()));
        }
        for (Mailbox m : mailboxes.values()) {
            // only the panel's own domains: a mailbox elsewhere is not "gone" just because this server lacks it
            if (panelDomains.contains(m.domainPart())) {
                out.add(new PanelChange(PanelChange.Kind.GONE, "mailbox", m.address(), "", m.address(), ""));
            }
        }
        return out;
    }

    /** Everything the panel says, against the last import: accounts, usage, forwarding, filters, DNS, domains. */
    public static List<PanelChange> sinceLastImport(PanelSnapshot last, PanelSnapshot now) {
        List<PanelChange> out = new ArrayList<>();
        compare(out, "domain", last.domains(), now.domains(), d -> lower(d.name()), (b, a) -> {
            field(out, "domain", a.name(), "ssl", Boolean.toString(b.ssl()), Boolean.toString(a.ssl()));
            field(out, "domain", a.name(), "memo", b.memo(), a.memo());
        }, d -> d.name());
        compare(out, "mailbox", last.accounts(), now.accounts(), a -> lower(a.address()), (b, a) -> {
            field(out, "mailbox", a.address(), "quotaMb", Integer.toString(b.quotaMb()), Integer.toString(a.quotaMb()));
            field(out, "mailbox", a.address(), "usedMb", num(b.usedMb()), num(a.usedMb()));
            field(out, "mailbox", a.address(), "memo", b.memo(), a.memo());
            field(out, "mailbox", a.address(), "forwardTo", String.join(", ", b.forwardTo()), String.join(", ", a.forwardTo()));
            field(out, "mailbox", a.address(), "keepInMailbox", Boolean.toString(b.keepInMailbox()),
                    Boolean.toString(a.keepInMailbox()));
        }, ImportDiff::describe);
        compare(out, "filter", last.filters(), now.filters(), MailFilter::id, (b, a) -> {
            field(out, "filter", a.id(), "priority", Integer.toString(b.priority()), Integer.toString(a.priority()));
            field(out, "filter", a.id(), "conditions", b.conditions().toString(), a.conditions().toString());
            field(out, "filter", a.id(), "action", String.valueOf(b.action()), String.valueOf(a.action()));
        }, f -> f.domain() + " " + f.conditions() + " → " + f.action());
        compare(out, "dns", last.dnsRecords(), now.dnsRecords(), r -> r.domain() + "#" + r.id(), (b, a) -> {
            String key = dnsKey(a);
            field(out, "dns", key, "host", b.host(), a.host());
            field(out, "dns", key, "type", b.type(), a.type());
            field(out, "dns", key, "content", b.content(), a.content());
            field(out, "dns", key, "ttl", Integer.toString(b.ttl()), Integer.toString(a.ttl()));
            field(out, "dns", key, "priority", String.valueOf(b.priority()), String.valueOf(a.priority()));
        }, r -> r.type() + " " + r.content());
        return out;
    }

    private static String dnsKey(DnsRecord r) {
        return (r.host().equals("@") ? r.domain() : r.host() + "." + r.domain()) + " " + r.type() + " (#" + r.id() + ")";
    }

    private interface Pair<T> {
        void accept(T before, T after);
    }

    private static <T> void compare(List<PanelChange> out, String area, List<T> before, List<T> after,
                                    Function<T, String> key, Pair<T> changed, Function<T, String> describe) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(t -> old.put(key.apply(t), t));
        for (T t : after) {
            T b = old.remove(key.apply(t));
            if (b == null) {
                out.add(new PanelChange(PanelChange.Kind.NEW, area, label(area, t, key), "", "", describe.apply(t)));
            } else {
                changed.accept(b, t);
            }
        }
        for (T t : old.values()) {
            out.add(new PanelChange(PanelChange.Kind.GONE, area, label(area, t, key), "", describe.apply(t), ""));
        }
    }

    private static <T> String label(String area, T t, Function<T, String> key) {
        return t instanceof DnsRecord r ? dnsKey(r) : t instanceof MailAccount a ? a.address() : key.apply(t);
    }

    /** The domains mail can be on: the server's own initial domain is not a customer domain. */
    static List<PanelDomain> mailDomains(PanelSnapshot snapshot) {
        return snapshot.domains().stream().filter(d -> !"initial".equals(d.type())
                && !lower(d.name()).equals(lower(snapshot.servername()))).toList();
    }

    private static void field(List<PanelChange> out, String area, String key, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new PanelChange(PanelChange.Kind.CHANGED, area, key, field, before, after));
        }
    }

    /** Language-neutral summary of a whole account: quota, usage after a slash, forwarding after an arrow. */
    static String describe(MailAccount a) {
        return a.quotaMb() + " MB" + (a.usedMb() == null ? "" : " / " + num(a.usedMb()) + " MB")
                + (a.forwardTo().isEmpty() ? "" : " → " + String.join(", ", a.forwardTo()));
    }

    private static String num(Double d) {
        return d == null ? "" : (d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
