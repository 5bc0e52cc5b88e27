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
 * Asks real DNS servers. dnsjava's SimpleResolver retries over TCP by itself when a UDP answer comes back
 * truncated; we follow CNAME chains ourselves because an authoritative server stops at its zone's edge.
 */
public final class LiveDnsSource implements DnsSource, AutoCloseable {
    private static final int MAX_CNAME_DEPTH = 8;

    private final Resolver resolver;
    private final Semaphore inFlight;
    private final String description;
    /** One socket for the whole run when there is one server; null: dnsjava's socket per query. */
    private final SharedUdpTransport udp;
    private final Resolver tcp;

    public LiveDnsSource(ResolverSettings settings) {
        this(settings, false);
    }

    /**
     * @param sharedSocket ask a single given server over one UDP socket for the whole run (bulk checks);
     *                     close the source at the end of the run
     */
    public LiveDnsSource(ResolverSettings settings, boolean sharedSocket) {
        this.resolver = createResolver(settings);
        SharedUdpTransport shared = null;
        Resolver tcpResolver = null;
        if (sharedSocket && settings.servers().size() == 1) {
            try {
                shared = new SharedUdpTransport(settings.servers().get(0), settings.timeout());
                SimpleResolver r = new SimpleResolver(settings.servers().get(0));
                r.setTimeout(settings.timeout());
                r.setTCP(true);
                tcpResolver = r;
            } catch (java.io.IOException e) {
                shared = null; // fall back to dnsjava's own sockets
            }
        }
        this.udp = shared;
        this.tcp = tcpResolver;
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.description = settings.servers().isEmpty() ? "system resolver"
                : settings.servers().stream().map(LiveDnsSource::hostPort).reduce((a, b) -> a + "," + b).orElse("")
                  + (settings.authoritative() ? " (authoritative)" : "");
    }

    private static String hostPort(InetSocketAddress a) {
        String host = a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    private static Resolver createResolver(ResolverSettings settings) {
        try {
            if (settings.servers().isEmpty()) {
                ExtendedResolver system = new ExtendedResolver();
                system.setTimeout(settings.timeout());
                return system;
            }
            List<Resolver> simple = new ArrayList<>();
            for (InetSocketAddress server : settings.servers()) {
                SimpleResolver r = new SimpleResolver(server);
                r.setTimeout(settings.timeout());
                simple.add(r);
            }
            if (simple.size() == 1) {
                return simple.get(0);
            }
            ExtendedResolver extended = new ExtendedResolver(simple);
            extended.setTimeout(settings.timeout());
            extended.setLoadBalance(false);
            return extended;
        } catch (RuntimeException e) {
            throw new IllegalStateException("DNS リゾルバーを準備できません / cannot set up the resolver: " + e.getMessage(), e);
        }
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
        Message query = udp == null ? Message.newQuery(Record.newRecord(current, type, org.xbill.DNS.DClass.IN))
                : Answer.unnumberedQuery(current, type);
        CompletableFuture<Message> sent;
        try {
            // Continue on dnsjava's selector thread: without an executor dnsjava completes on the common pool,
            // which on a 2-core machine starts a new thread for every answer (10x slower in bench/dns.sh).
            // Nothing downstream blocks in a completion stage, so running them inline is safe.
            sent = udp == null ? resolver.sendAsync(query, Runnable::run).toCompletableFuture()
                    : udp.send(query).thenCompose(m -> m.getHeader().getFlag(Flags.TC)
                            ? tcp.sendAsync(query, Runnable::run).toCompletableFuture()
                            : CompletableFuture.completedFuture(m));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Answer.failed(asked, type, LookupState.ERROR));
        }
        return sent.handle((response, error) -> {
            if (error != null) {
                return CompletableFuture.completedFuture(Answer.failed(asked, type, stateOf(error)));
            }
            return interpret(asked, current, type, chain, depth, response);
        }).thenCompose(f -> f);
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
        if (response.getHeader().getFlag(Flags.TC)) {
            // Still truncated after the resolver's own TCP retry: we did not see the answer.
            state = LookupState.ERROR;
        }
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
        if (udp != null) {
            udp.close();
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
