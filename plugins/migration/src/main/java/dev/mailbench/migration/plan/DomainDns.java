package dev.mailbench.migration.plan;

import dev.mailbench.api.services.DnsCheckService.DomainResult;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import java.util.List;

/**
 * One domain's DNS as the plan sees it.
 *
 * @param today        the records the old servers publish now (empty when not looked up)
 * @param changes      what the switch changes (MX, SPF, DKIM, DMARC)
 * @param newHostCheck the DNS checker's verdict on the records the new side serves; null when not run
 * @param error        why the lookup failed as a whole ("" when it did not)
 * @param afterSwitch  the check ran after the cutover (the new records should be live), not before it (the new
 *                     servers should be ready)
 */
public record DomainDns(String domain, List<RecordView> today, List<DnsChange> changes, List<TtlAdvice> ttl,
                        DomainResult newHostCheck, String error, boolean afterSwitch) {
    public DomainDns {
        today = List.copyOf(today);
        changes = List.copyOf(changes);
        ttl = List.copyOf(ttl);
        error = error == null ? "" : error;
    }

    /** What the DNS checker's verdict is about, for the tables and the report. */
    public dev.mailbench.api.model.LocalizedText checkLabel() {
        return afterSwitch ? dev.mailbench.api.model.LocalizedText.of("切替後の確認", "check after the switch")
                : dev.mailbench.api.model.LocalizedText.of("切替前の確認（新 DNS サーバー）", "check before the switch (new DNS servers)");
    }

    /** The longest TTL among the records that change (-1 when none is known). */
    public long longestChangingTtl() {
        return ttl.stream().mapToLong(TtlAdvice::currentTtl).max().orElse(-1);
    }
}
