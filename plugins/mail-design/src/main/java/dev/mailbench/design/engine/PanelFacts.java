package dev.mailbench.design.engine;

import dev.mailbench.api.services.ServerPanelService.MailAccount;
import dev.mailbench.api.services.ServerPanelService.MailFilter;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the last import of the customer's server panel says about one mailbox: its account (real quota, usage,
 * forwarding) and the server filters of its domain. {@link #NONE} when the panel was never imported.
 *
 * @param servername the server the import read, e.g. {@code xs123456.xsrv.jp}
 * @param importedAt when; the panel and the handover say it so the reader knows how fresh the figures are
 */
public record PanelFacts(String servername, Instant importedAt, Optional<MailAccount> account,
                         List<MailFilter> filters) {
    public static final PanelFacts NONE = new PanelFacts("", null, Optional.empty(), List.of());

    public PanelFacts {
        servername = servername == null ? "" : servername;
        account = account == null ? Optional.empty() : account;
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** The facts for {@code address}: its account (when the panel has it) and the filters of its domain. */
    public static PanelFacts of(PanelSnapshot snapshot, String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        String domain = a.contains("@") ? a.substring(a.lastIndexOf('@') + 1) : "";
        Optional<MailAccount> account = a.isEmpty() ? Optional.empty() : snapshot.accounts().stream()
                .filter(x -> x.address().equalsIgnoreCase(a)).findFirst();
        List<MailFilter> filters = snapshot.filters().stream()
                .filter(f -> f.domain() != null && f.domain().equalsIgnoreCase(domain)).toList();
        return new PanelFacts(snapshot.servername(), snapshot.importedAt(), account, filters);
    }

    public boolean imported() {
        return importedAt != null;
    }

    /** The quota the panel sets, when it has the account. */
    public Optional<Integer> quotaMb() {
        return account.map(MailAccount::quotaMb).filter(q -> q > 0);
    }

    /** The space used now, when the panel said. */
    public Optional<Double> usedMb() {
        return account.map(MailAccount::usedMb);
    }
}
