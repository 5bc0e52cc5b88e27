package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A plan with everything the consultant must see before confirming it: the NS verdict per domain and the reasons not
 * to send (TTL floor, NS not in effect or not checkable, records changed since the plan). One call, for panel and tests.
 */
public record DnsPlanCheck(List<DnsChange> plan, Map<String, NsVerdict> verdicts, List<LocalizedText> refusals) {
    public boolean sendable() {
        return !plan.isEmpty() && refusals.isEmpty();
    }

    /** Checks {@code plan} against the panel (name servers, current records) and live DNS through {@code dns}. */
    public static DnsPlanCheck of(List<DnsChange> plan, XserverConnector connector, DnsCheckService dns,
                                  DnsCheckService.Target target, BooleanSupplier cancelled) throws PanelException {
        List<String> providerNs = connector.serverInfo(cancelled).nameServers();
        Map<String, NsVerdict> verdicts = new LinkedHashMap<>();
        DnsChangeRunner.NsLookup live = dns == null
                ? d -> {
                    throw new IOException("DNS チェックのプラグインがありません / the DNS checker plugin is missing");
                }
                : new ServiceNsLookup(dns, target);
        DnsChangeRunner.NsLookup remembered = domain -> {
            NsVerdict v = verdicts.computeIfAbsent(domain, d -> {
                try {
                    return NsVerdict.of(live.nameServers(d), providerNs);
                } catch (Exception e) {
                    return NsVerdict.unknown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            });
            if (v.state() == NsVerdict.State.UNKNOWN) {
                throw new IOException(v.problem());
            }
            return v.nameServers();
        };
        List<LocalizedText> refusals = new ArrayList<>(DnsChangeRunner.check(plan, providerNs, remembered));
        for (String domain : new LinkedHashSet<>(plan.stream().map(DnsChange::domain).toList())) {
            List<DnsRecord> current = connector.dnsRecords(domain, cancelled);
            refusals.addAll(DnsPlanning.stale(plan, current));
        }
        return new DnsPlanCheck(List.copyOf(plan), verdicts, refusals);
    }
}
