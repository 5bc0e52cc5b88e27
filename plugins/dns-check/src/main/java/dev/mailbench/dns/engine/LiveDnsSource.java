package dev.mailbench.dns.engine;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Asks real DNS servers through a {@link StubResolver} (retransmission, TCP on truncation, EDNS0, the next
 * server on failure); we follow CNAME chains ourselves because an authoritative server stops at its zone's
 * edge. The system's resolvers are read once, when the source is made.
 */
public final class LiveDnsSource implements DnsSource, AutoCloseable {
    private static final int MAX_CNAME_DEPTH = 8;

    private final StubResolver resolver;
    private final Semaphore inFlight;
    private final String description;

    public LiveDnsSource(ResolverSettings settings) {
        this(settings, false);
    }

    /**
     * @param sharedSocket kept for callers that check many domains in one run: every source now asks each
     *                     server over one UDP socket of its own; close the source at the end of the run
     */
    public LiveDnsSource(ResolverSettings settings, boolean sharedSocket) {
        List<InetSocketAddress> servers = settings.servers().isEmpty() ? SystemResolvers.servers() : settings.servers();
        this.resolver = new StubResolver(servers, settings.timeout());
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.description = settings.servers().isEmpty() ? "system resolver"
                : settings.servers().stream().map(LiveDnsSource::hostPort).reduce((a, b) -> a + "," + b).orElse("")
                  + (settings.authoritative() ? " (authoritative)" : "");
    }

    static String hostPort(InetSocketAddress a) {
        String host = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(Answer.failed(name, type, LookupState.ERROR));
        }
        return follow(name, name, type, new ArrayList<>(), 0).whenComplete((a, e) -> inFlight.release());
    }

    private CompletableFuture<Answer> follow(Name asked, Name current, int type, List<CNAMERecord> chain, int depth) {
        return resolver.ask(current, type).thenCompose(outcome -> outcome.response() == null
                ? CompletableFuture.completedFuture(new Answer(asked, type, outcome.failure(), List.of(), chain, 0, outcome.tried()))
                : interpret(asked, current, type, chain, depth, outcome.response()));
    }

    private CompletableFuture<Answer> interpret(Name asked, Name current, int type, List<CNAMERecord> chain, int depth,
                                                Message response) {
        int rcode = response.getRcode();
        LookupState failed = switch (rcode) {
            case Rcode.NOERROR, Rcode.NXDOMAIN -> null;
            case Rcode.SERVFAIL -> LookupState.SERVFAIL;
            case Rcode.REFUSED -> LookupState.REFUSED;
            default -> LookupState.ERROR;
        };
        if (failed != null) {
            return CompletableFuture.completedFuture(new Answer(asked, type, failed, List.of(), chain, 0));
        }
        List<Record> records = new ArrayList<>();
        List<CNAMERecord> cnames = new ArrayList<>(chain);
        Name target = current;
        // The answer section may hold a CNAME chain followed by the records; walk it in order.
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r.getType() == Type.CNAME && r.getName().equals(target) && type != Type.CNAME) {
                cnames.add((CNAMERecord) r);
                target = ((CNAMERecord) r).getTarget();
            } else if (r.getType() == type && r.getName().equals(target)) {
                records.add(r);
            }
        }
        if (!records.isEmpty()) {
            return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.ANSWERED, records, cnames,
                    // only the SPF answer's size is checked (RFC 7208 3.4); encoding every answer again costs time
                    type == Type.TXT ? Answer.wireSize(asked, records) : 0));
        }
        if (!target.equals(current)) {
            if (depth >= MAX_CNAME_DEPTH) {
                return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.ERROR, List.of(), cnames, 0));
            }
            return follow(asked, target, type, cnames, depth + 1);
        }
        LookupState state = rcode == Rcode.NXDOMAIN ? LookupState.NXDOMAIN : LookupState.NODATA;
        return CompletableFuture.completedFuture(new Answer(asked, type, state, List.of(), cnames, 0));
    }

    static LookupState stateOf(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timed out"))) {
                return LookupState.TIMEOUT;
            }
        }
        return LookupState.ERROR;
    }

    @Override
    public void close() {
        resolver.close();
    }

    @Override
    public String describe() {
        return description;
    }
}
