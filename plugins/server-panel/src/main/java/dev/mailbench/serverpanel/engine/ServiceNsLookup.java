package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.api.services.DnsCheckService.AnswerState;
import dev.mailbench.api.services.DnsCheckService.RecordView;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Live NS names through the DNS checker's service (the server-panel plugin has no resolver of its own). A timeout or
 * SERVFAIL is an error, never "no name servers": the change path then refuses to write rather than guess.
 */
public final class ServiceNsLookup implements DnsChangeRunner.NsLookup {
    private final DnsCheckService dns;
    private final DnsCheckService.Target target;

    public ServiceNsLookup(DnsCheckService dns, DnsCheckService.Target target) {
        this.dns = dns;
        this.target = target;
    }

    @Override
    public List<String> nameServers(String domain) throws IOException {
        String apex = domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        List<RecordView> ns = dns.fetchRecords(apex, target).stream()
                .filter(r -> r.type().equals("NS") && r.name().toLowerCase(Locale.ROOT).replaceAll("\\.$", "").equals(apex))
                .toList();
        for (RecordView r : ns) {
            if (r.state() != AnswerState.ANSWERED && r.state() != AnswerState.NODATA) {
                throw new IOException("NS " + apex + ": " + r.state());
            }
        }
        List<String> names = ns.stream().filter(r -> r.state() == AnswerState.ANSWERED).map(RecordView::data).toList();
        if (names.isEmpty()) {
            throw new IOException("NS " + apex + ": no answer");
        }
        return names;
    }
}
