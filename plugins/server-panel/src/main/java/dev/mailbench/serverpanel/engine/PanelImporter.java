package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelDomain;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.api.services.ServerPanelService.ServerInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads everything a mail workbench needs from a panel in one run: server, domains, each account with usage and
 * forwarding, filters and DNS records per domain. The connector paces itself; this class reports progress and
 * stops at once when cancelled. A failed request ends the run with its explanation: nothing is skipped silently.
 */
public final class PanelImporter {
    /** Progress: {@code done} of {@code total} requests, and what is being read. */
    public interface Progress {
        void step(int done, int total, LocalizedText what);
    }

    private final Clock clock;

    public PanelImporter(Clock clock) {
        this.clock = clock;
    }

    public PanelSnapshot run(PanelConnector connector, Progress progress, BooleanSupplier cancelled) throws PanelException {
        int done = 0;
        int total = 4; // server info + usage, domains, account list: the rest is known once those are read
        progress.step(done, total, LocalizedText.of("サーバー情報を読み込み中", "Reading the server information"));
        ServerInfo server = connector.serverInfo(cancelled);
        done += 2;
        progress.step(done, total, LocalizedText.of("ドメインを読み込み中", "Reading the domains"));
        List<PanelDomain> domains = connector.domains(cancelled);
        done++;
        progress.step(done, total, LocalizedText.of("メールアカウントの一覧を読み込み中", "Reading the mail account list"));
        List<MailAccount> list = connector.mailAccounts(cancelled);
        done++;
        total = done + list.size() * connector.requestsPerAccount() + domains.size() * 2;
        List<MailAccount> accounts = new ArrayList<>();
        for (MailAccount summary : list) {
            progress.step(done, total, LocalizedText.of("メールアカウント " + summary.address() + " を読み込み中",
                    "Reading mail account " + summary.address()));
            accounts.add(connector.mailAccount(summary.address(), cancelled));
            done += connector.requestsPerAccount();
        }
        List<MailFilter> filters = new ArrayList<>();
        List<DnsRecord> records = new ArrayList<>();
        for (PanelDomain domain : domains) {
            progress.step(done, total, LocalizedText.of(domain.name() + " の振り分けと DNS を読み込み中",
                    "Reading filters and DNS of " + domain.name()));
            filters.addAll(connector.filters(domain.name(), cancelled));
            done++;
            records.addAll(connector.dnsRecords(domain.name(), cancelled));
            done++;
        }
        progress.step(total, total, LocalizedText.of("読み込み完了", "Import complete"));
        return new PanelSnapshot(connector.provider(), connector.servername(), clock.instant(), server, domains,
                accounts, filters, records);
    }
}
