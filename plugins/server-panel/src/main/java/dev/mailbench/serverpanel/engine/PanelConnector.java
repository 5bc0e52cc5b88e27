package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One provider's panel API, read side. Xserver is the one built ({@link XserverConnector}); another provider's API
 * becomes another implementation, and the importer, the diff and the panel stay as they are.
 */
public interface PanelConnector {
    /** Short id kept with an import, e.g. {@code xserver}. */
    String provider();

    /** The server the key is for, e.g. {@code xs123456.xsrv.jp}. */
    String servername();

    KeyInfo keyInfo(BooleanSupplier cancelled) throws PanelException;

    ServerInfo serverInfo(BooleanSupplier cancelled) throws PanelException;

    List<PanelDomain> domains(BooleanSupplier cancelled) throws PanelException;

    /** Addresses with quota and memo, without usage and forwarding (one more request each). */
    List<MailAccount> mailAccounts(BooleanSupplier cancelled) throws PanelException;

    /** One account with its usage and forwarding. */
    MailAccount mailAccount(String address, BooleanSupplier cancelled) throws PanelException;

    List<MailFilter> filters(String domain, BooleanSupplier cancelled) throws PanelException;

    List<DnsRecord> dnsRecords(String domain, BooleanSupplier cancelled) throws PanelException;

    /** How many requests one account's detail costs (for the progress total). */
    default int requestsPerAccount() {
        return 1;
    }
}
