package dev.mailbench.api.services;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the customer's hosting panel (Xserver's server panel, or another provider's later) holds, as read by
 * the server-panel plugin. Provider-neutral: a plugin that wants real quotas, usage, forwarding, filters or the
 * panel's DNS records asks this service and never imports the server-panel plugin. Secrets never pass through
 * it: no API key, no mailbox password.
 */
public interface ServerPanelService {

    /** The last import kept in {@code project}; empty when the panel was never read for it. */
    Optional<PanelSnapshot> lastImport(Project project);

    /** The last import's account for {@code address} (case-insensitive); empty when unknown. */
    default Optional<MailAccount> account(Project project, String address) {
        return lastImport(project).flatMap(s -> s.accounts().stream()
                .filter(a -> a.address().equalsIgnoreCase(address)).findFirst());
    }

    /**
     * One complete read of a panel.
     *
     * @param provider   the connector that read it, e.g. {@code xserver}
     * @param servername the server's initial domain the key was issued for, e.g. {@code xs123456.xsrv.jp}
     */
    record PanelSnapshot(String provider, String servername, Instant importedAt, ServerInfo server,
                         List<PanelDomain> domains, List<MailAccount> accounts, List<MailFilter> filters,
                         List<DnsRecord> dnsRecords) {
        public PanelSnapshot {
            domains = domains == null ? List.of() : List.copyOf(domains);
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
            filters = filters == null ? List.of() : List.copyOf(filters);
            dnsRecords = dnsRecords == null ? List.of() : List.copyOf(dnsRecords);
        }
    }

    /**
     * @param serverId    the provider's server ID as the project keeps it, e.g. {@code sv1234}
     * @param mailHost    the host name mail clients use, e.g. {@code sv1234.xserver.jp}
     * @param nameServers the provider's name servers: the panel's DNS records are in effect only when a domain's
     *                    NS records point at these
     */
    record ServerInfo(String serverId, String mailHost, String ipAddress, List<String> nameServers,
                      Double diskQuotaGb, Double diskUsedGb) {
        public ServerInfo {
            nameServers = nameServers == null ? List.of() : List.copyOf(nameServers);
        }
    }

    /** A domain set up on the server; {@code awaiting} while the panel still waits for it to be confirmed. */
    record PanelDomain(String name, String type, boolean ssl, String memo, boolean awaiting) {
    }

    /**
     * A mail account with what the panel says about it.
     *
     * @param usedMb        space used now in MB; null when the panel did not say
     * @param keepInMailbox whether forwarded mail also stays in the mailbox
     */
    record MailAccount(String address, int quotaMb, Double usedMb, String memo, List<String> forwardTo,
                       boolean keepInMailbox) {
        public MailAccount {
            forwardTo = forwardTo == null ? List.of() : List.copyOf(forwardTo);
        }
    }

    /**
     * A server-side mail filter: every condition must hold, then the action runs.
     *
     * @param priority 1 = applied first
     */
    record MailFilter(String id, String domain, int priority, List<FilterCondition> conditions, FilterAction action) {
        public MailFilter {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** Whether the filter throws mail away for good (a risk the design advisor names). */
        public boolean deletesMail() {
            return action != null && "delete".equals(action.type());
        }
    }

    /** {@code field}: subject, from, to, body, header; {@code matchType}: contain, match, start_from. */
    record FilterCondition(String keyword, String field, String matchType) {
    }

    /** {@code type}: mail_address, spam_folder, trash, delete; {@code method}: move or copy. */
    record FilterAction(String type, String target, String method) {
    }

    /** A record in the panel's DNS; {@code host} {@code @} is the apex; {@code priority} for MX/SRV, else 0. */
    record DnsRecord(String id, String domain, String host, String type, String content, int ttl, Integer priority) {
    }

    // ------------------------------------------------------------------ changes proposed by other plugins

    /**
     * Hands a change set to the server panel, which turns it into its plan (every request with before and after),
     * shows it for confirmation and applies it the one way every panel change goes (retries, audit, undo). The
     * proposing plugin never talks to the panel API and never sees the key.
     *
     * @return false when no panel can show it (the server-panel plugin is not running)
     */
    default boolean propose(ChangeProposal proposal) {
        return false;
    }

    /**
     * A change set another plugin asks for, provider-neutral.
     *
     * @param origin  the proposing plugin, e.g. {@code migration}
     * @param title   what the set is for, shown above the plan
     */
    record ChangeProposal(String origin, LocalizedText title, List<ProposedChange> changes) {
        public ChangeProposal {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /**
     * One intended change. The panel compares it with what it holds now: a change that is already true costs no
     * request, and one that cannot be made is refused with a reason before anything is sent.
     *
     * @param match         for {@link Action#SET_TTL}: only records whose content starts with this (e.g.
     *                      {@code v=spf1}); null for every record of that host and type
     * @param forwardTo     for {@link Action#SET_FORWARDING}: the whole list; empty clears forwarding
     * @param why           the reason, shown next to the request
     */
    record ProposedChange(Action action, String domain, String host, String type, String match, Integer ttl,
                          String address, Integer quotaMb, List<String> forwardTo, Boolean keepInMailbox,
                          LocalizedText why) {
        public ProposedChange {
            forwardTo = forwardTo == null ? List.of() : List.copyOf(forwardTo);
        }

        /** Set the TTL of the panel's {@code host type} records of {@code domain} to {@code ttl} seconds. */
        public static ProposedChange setTtl(String domain, String host, String type, String match, int ttl, LocalizedText why) {
            return new ProposedChange(Action.SET_TTL, domain, host, type, match, ttl, null, null, null, null, why);
        }

        /** Create the mailbox with {@code quotaMb} (null: the panel's default); its password is made by the panel plugin. */
        public static ProposedChange createMailbox(String address, Integer quotaMb, LocalizedText why) {
            return new ProposedChange(Action.CREATE_MAILBOX, domainOf(address), null, null, null, null, address, quotaMb,
                    null, null, why);
        }

        /** Forward to {@code forwardTo} (empty: clear forwarding), keeping a copy in the mailbox when {@code keep}. */
        public static ProposedChange setForwarding(String address, List<String> forwardTo, boolean keep, LocalizedText why) {
            return new ProposedChange(Action.SET_FORWARDING, domainOf(address), null, null, null, null, address, null,
                    forwardTo, keep, why);
        }

        private static String domainOf(String address) {
            return address == null ? null : address.substring(address.lastIndexOf('@') + 1);
        }
    }

    enum Action { SET_TTL, CREATE_MAILBOX, SET_FORWARDING }
}
