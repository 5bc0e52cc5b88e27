package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.DnsRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one path for DNS writes: a plan checked before anything is sent (TTL floor, NS pointing at the provider), an
 * explicit confirmation, execution request by request with an audit entry each, and an undo that applies the inverse
 * changes in reverse order. The transport retries 429 and 502; a 409 or 422 stops the run where it is.
 */
public final class DnsChangeRunner {
    /** The lowest TTL the panel accepts. */
    public static final int MIN_TTL = 60;

    /** Live NS names of a domain; throws when the lookup itself failed (timeout, SERVFAIL). */
    public interface NsLookup {
        List<String> nameServers(String domain) throws Exception;
    }

    /** What a run did: the changes that went through (created records with their new ids), the audit, a failure. */
    public record Outcome(List<DnsChange> applied, List<AuditEntry> audit, PanelException failure) {
        public boolean complete() {
            return failure == null;
        }

        /** The change set that undoes this run: inverses in reverse order. */
        public List<DnsChange> undoPlan() {
            List<DnsChange> out = new ArrayList<>();
            for (int i = applied.size() - 1; i >= 0; i--) {
                out.add(applied.get(i).inverse());
            }
            return out;
        }
    }

    private final XserverConnector connector;
    private final Clock clock;

    public DnsChangeRunner(XserverConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * Reasons not to send the plan at all, one per problem, Japanese first; empty when it may be confirmed.
     *
     * @param providerNameServers the panel's name servers ({@code name_servers} of the server info)
     */
    public static List<LocalizedText> check(List<DnsChange> plan, List<String> providerNameServers, NsLookup lookup) {
        List<LocalizedText> out = new ArrayList<>();
        Map<String, NsVerdict> verdicts = new HashMap<>();
        for (DnsChange c : plan) {
            if (c.after() != null && c.after().ttl() < MIN_TTL) {
                out.add(LocalizedText.of(c.describe() + ": TTL は " + MIN_TTL + " 秒以上にしてください（パネルの下限）。",
                        c.describe() + ": the TTL must be at least " + MIN_TTL + " s (the panel's lowest)."));
            }
            NsVerdict verdict = verdicts.computeIfAbsent(c.domain(), d -> {
                try {
                    return NsVerdict.of(lookup.nameServers(d), providerNameServers);
                } catch (Exception e) {
                    return NsVerdict.unknown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            });
            if (verdict.state() != NsVerdict.State.IN_EFFECT && out.stream().noneMatch(t -> t.ja().startsWith(c.domain() + " のネームサーバー"))) {
                out.add(verdict.refusal(c.domain()));
            }
        }
        return out;
    }

    /**
     * Sends the plan. {@code confirmed} is the consultant's explicit yes to exactly this plan; without it nothing is
     * sent. Stops at the first failure (the audit says which request and why).
     */
    public Outcome apply(List<DnsChange> plan, boolean confirmed, BooleanSupplier cancelled) {
        if (!confirmed) {
            throw new IllegalStateException("a change plan is sent only after the consultant confirmed it");
        }
        List<DnsChange> applied = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (DnsChange c : plan) {
            try {
                DnsChange done = send(c, cancelled);
                applied.add(done);
                audit.add(entry(done, "OK"));
            } catch (PanelException e) {
                audit.add(entry(c, e.failure() + (e.serverMessage().isEmpty() ? "" : ": " + e.serverMessage())
                        + (e.errors().isEmpty() ? "" : " " + e.errors())));
                return new Outcome(applied, audit, e);
            }
        }
        return new Outcome(applied, audit, null);
    }

    private DnsChange send(DnsChange c, BooleanSupplier cancelled) throws PanelException {
        return switch (c.op()) {
            case CREATE -> {
                String id = connector.createDns(c.after(), cancelled);
                DnsRecord a = c.after();
                yield DnsChange.create(new DnsRecord(id, a.domain(), a.host(), a.type(), a.content(), a.ttl(), a.priority()));
            }
            case UPDATE -> {
                connector.updateDns(c.before().id(), c.after(), cancelled);
                DnsRecord a = c.after();
                yield DnsChange.update(c.before(), new DnsRecord(c.before().id(), a.domain(), a.host(), a.type(), a.content(),
                        a.ttl(), a.priority()));
            }
            case DELETE -> {
                connector.deleteDns(c.before().id(), cancelled);
                yield c;
            }
        };
    }

    private AuditEntry entry(DnsChange c, String result) {
        return new AuditEntry(clock.instant(), connector.servername(), c.op() + " " + c.domain(), DnsChange.show(c.before()),
                DnsChange.show(c.after()), result);
    }
}
