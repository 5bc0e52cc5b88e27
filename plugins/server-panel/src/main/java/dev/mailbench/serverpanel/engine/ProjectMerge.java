package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.kit.json.Json;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an import into a project as one edit: the server ID, the customer domains, each mailbox's quota and
 * forwarding (new mailboxes added; mailboxes the panel lacks are left for the consultant to decide), and the
 * snapshot in the plugin's section. The caller runs it inside one {@code ProjectApi.update}: one undo step.
 */
public final class ProjectMerge {
    public static final String PLUGIN_ID = "server-panel";

    private ProjectMerge() {
    }

    public static Project merge(Project project, PanelSnapshot snapshot) {
        Project p = project;
        if (snapshot.server() != null && !snapshot.server().serverId().isEmpty()) {
            ProviderRef ref = p.provider();
            p = p.withProvider(new ProviderRef(ref.profileId(), snapshot.server().serverId(), ref.overrides()));
        }
        Set<String> ids = new HashSet<>();
        p.domains().forEach(d -> ids.add(d.id()));
        p.mailboxes().forEach(m -> ids.add(m.id()));
        List<Domain> domains = new java.util.ArrayList<>(p.domains());
        Set<String> known = new HashSet<>();
        domains.forEach(d -> known.add(lower(d.name())));
        for (PanelDomain d : ImportDiff.mailDomains(snapshot)) {
            if (known.add(lower(d.name()))) {
                domains.add(new Domain(freshId(ids, "domain-" + d.name()), d.name(), "", "", "", d.memo()));
            }
        }
        p = p.withDomains(domains);
        List<Mailbox> mailboxes = new java.util.ArrayList<>(p.mailboxes());
        for (MailAccount a : snapshot.accounts()) {
            int index = indexOf(mailboxes, a.address());
            if (index >= 0) {
                Mailbox m = mailboxes.get(index);
                mailboxes.set(index, new Mailbox(m.id(), m.address(), m.displayName(), m.role(), m.protocol(), a.quotaMb(),
                        a.forwardTo(), m.autoReply(), m.notes()));
            } else {
                String local = a.address().contains("@") ? a.address().substring(0, a.address().indexOf('@')) : a.address();
                mailboxes.add(new Mailbox(freshId(ids, "mailbox-" + a.address()), a.address(), a.memo(),
                        MailboxRole.guessFrom(local), MailProtocol.UNDECIDED, a.quotaMb(), a.forwardTo(), AutoReply.OFF, ""));
            }
        }
        p = p.withMailboxes(mailboxes);
        Map<String, Object> plugins = new LinkedHashMap<>(p.plugins());
        plugins.put(PLUGIN_ID, Json.toPlain(section(p).withImport(snapshot)));
        return p.withPlugins(plugins);
    }

    /** The project's section, or an empty one (the audit of earlier changes survives a later import). */
    public static PanelSection section(Project p) {
        Object plain = p.plugins().get(PLUGIN_ID);
        return plain == null ? new PanelSection(null) : Json.convert(plain, PanelSection.class);
    }

    /** The project with the audit and undo change set of a run through the panel API recorded. */
    public static Project recordRun(Project p, java.util.List<AuditEntry> audit, java.util.List<DnsChange> undo) {
        Map<String, Object> plugins = new LinkedHashMap<>(p.plugins());
        plugins.put(PLUGIN_ID, Json.toPlain(section(p).withRun(audit, undo)));
        return p.withPlugins(plugins);
    }

    /** The project with the audit and undo change set of a proposal's run recorded. */
    public static Project recordProposalRun(Project p, List<AuditEntry> audit, List<ProposalStep> undo) {
        Map<String, Object> plugins = new LinkedHashMap<>(p.plugins());
        plugins.put(PLUGIN_ID, Json.toPlain(section(p).withProposalRun(audit, undo)));
        return p.withPlugins(plugins);
    }

    private static int indexOf(List<Mailbox> mailboxes, String address) {
        for (int i = 0; i < mailboxes.size(); i++) {
            if (mailboxes.get(i).address().equalsIgnoreCase(address)) {
                return i;
            }
        }
        return -1;
    }

    private static String freshId(Set<String> ids, String base) {
        String clean = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        String id = clean;
        for (int n = 2; !ids.add(id); n++) {
            id = clean + "-" + n;
        }
        return id;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
