package dev.mailbench.api.services;

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
}
