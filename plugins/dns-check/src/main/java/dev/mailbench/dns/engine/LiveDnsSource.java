package dev.mailbench.dns.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Asks real DNS servers as a careful stub resolver does, because a consultant's network is often a customer's
 * Wi-Fi that loses packets:
 * <ul>
 *   <li>each question goes over UDP with EDNS0 ({@value #EDNS_PAYLOAD}-byte buffer) and is resent with back-off
 *       while unanswered (see {@link SharedUdpTransport});</li>
 *   <li>a truncated answer, or none after the UDP sends, is asked again over TCP;</li>
 *   <li>a server that fails, answers SERVFAIL or REFUSED hands the question to the next configured server.</li>
 * </ul>
 * Only after all of that is a question "could not check", and its {@link Answer#tried()} says what was tried.
 * CNAME chains are followed here because an authoritative server stops at its zone's edge.
 */
public final class LiveDnsSource implements DnsSource, AutoCloseable {
    private static final int MAX_CNAME_DEPTH = 8;
    /** The DNS Flag Day 2020 size: fits an unfragmented datagram on any path; bigger answers come over TCP. */
    static final int EDNS_PAYLOAD = 1232;
    /** Share of a server's time budget spent on UDP sends; the rest is for one TCP try. */
    private static final double UDP_SHARE = 0.6;

    private final List<ServerLink> servers;
    private final Semaphore inFlight;
    private final String description;
    private final long budgetNanos;

    /** One server's UDP socket (shared by every question of the run) and its TCP resolver. */
    private record ServerLink(String name, SharedUdpTransport udp, SimpleResolver tcp) {
    }

    /** How one question ended: the response, or the failure after every server, with the attempts. */
    private record Exchange(Message response, LookupState failure, List<Answer.Attempt> attempts) {
    }

    /** Close the source at the end of the run: it holds one UDP socket per server. */
    public LiveDnsSource(ResolverSettings settings) {
        List<InetSocketAddress> addresses = settings.servers().isEmpty() ? systemServers() : settings.servers();
        this.budgetNanos = settings.timeout().toNanos();
        Duration udpTime = Duration.ofNanos((long) (budgetNanos * UDP_SHARE));
        // about four UDP sends before TCP: after 1/12, 3/12 and 7/12 of the budget (250, 750, 1750 ms of 3 s)
        Duration firstResend = Duration.ofNanos(Math.max(Duration.ofMillis(50).toNanos(), budgetNanos / 12));
        List<ServerLink> links = new ArrayList<>();
        try {
            for (InetSocketAddress address : addresses) {
                SimpleResolver tcp = new SimpleResolver(address);
                tcp.setTCP(true);
                tcp.setTimeout(Duration.ofNanos(Math.max(Duration.ofMillis(500).toNanos(), budgetNanos - udpTime.toNanos())));
                tcp.setEDNS(0, EDNS_PAYLOAD, 0, List.of());
                links.add(new ServerLink(hostPort(address), new SharedUdpTransport(address, udpTime, firstResend), tcp));
            }
        } catch (IOException | RuntimeException e) {
            links.forEach(l -> l.udp().close());
            throw new IllegalStateException("DNS リゾルバーを準備できません / cannot set up the resolver: " + e.getMessage(), e);
        }
        this.servers = List.copyOf(links);
        this.inFlight = new Semaphore(settings.maxInFlight());
        this.description = settings.servers().isEmpty()
                ? "system resolver (" + String.join(",", servers.stream().map(ServerLink::name).toList()) + ")"
                : String.join(",", servers.stream().map(ServerLink::name).toList()) + (settings.authoritative() ? " (authoritative)" : "");
    }

    /**
     * The resolvers the system uses, as dnsjava reads them: {@code /etc/resolv.conf} on Linux and macOS, the IP
     * Helper API or the JDK's own configuration on Windows; the local resolver when none is found.
     */
    static List<InetSocketAddress> systemServers() {
        List<InetSocketAddress> found = ResolverConfig.getCurrentConfig().servers();
        return found.isEmpty() ? List.of(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 53)) : found;
    }

    private static String hostPort(InetSocketAddress a) {
        String host = a.getAddress().getHostAddress();
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
        return exchange(current, type, 0, new ArrayList<>()).thenCompose(x -> x.response() == null
                ? CompletableFuture.completedFuture(new Answer(asked, type, x.failure(), List.of(), chain, 0,
                        new Answer.Tried(x.attempts())))
                : interpret(asked, current, type, chain, depth, x.response()));
    }

    /** Asks server {@code index}, then the next ones while a server fails, SERVFAILs or REFUSEs. */
    private CompletableFuture<Exchange> exchange(Name name, int type, int index, List<Answer.Attempt> attempts) {
        ServerLink server = servers.get(index);
        Message query = Answer.unnumberedQuery(name, type);
        query.addRecord(new OPTRecord(EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
        CompletableFuture<Message> udp;
        try {
            udp = server.udp().send(query);
        } catch (RuntimeException e) {
            udp = CompletableFuture.failedFuture(e);
        }
        // Continue on the transport's threads: nothing downstream blocks, and the common pool would start a
        // thread per answer on a 2-core machine.
        return udp.handle((response, error) -> {
            if (error == null && !response.getHeader().getFlag(Flags.TC)) {
                return CompletableFuture.completedFuture(new Sent(response, null, udpSends(null), false));
            }
            LookupState udpState = error == null ? null : stateOf(error);
            if (error != null && udpState != LookupState.TIMEOUT) {
                return CompletableFuture.completedFuture(new Sent(null, udpState, udpSends(error), false));
            }
            int sends = udpSends(error);
            return server.tcp().sendAsync(query, Runnable::run).toCompletableFuture()
                    .handle((tcpResponse, tcpError) -> tcpError == null ? new Sent(tcpResponse, null, sends, true)
                            // no answer over UDP and none over TCP: the server did not answer
                            : new Sent(null, udpState == LookupState.TIMEOUT ? LookupState.TIMEOUT : stateOf(tcpError), sends, true));
        }).thenCompose(f -> f).thenCompose(sent -> {
            LookupState failed = sent.failure() != null ? sent.failure() : switch (sent.response().getRcode()) {
                case Rcode.NOERROR, Rcode.NXDOMAIN -> null;
                case Rcode.SERVFAIL -> LookupState.SERVFAIL;
                case Rcode.REFUSED -> LookupState.REFUSED;
                default -> LookupState.ERROR;
            };
            if (failed == null) {
                return CompletableFuture.completedFuture(new Exchange(sent.response(), null, attempts));
            }
            List<Answer.Attempt> more = new ArrayList<>(attempts);
            more.add(new Answer.Attempt(server.name(), sent.udpSends(), sent.tcp(), failed));
            if (index + 1 < servers.size()) {
                return exchange(name, type, index + 1, more);
            }
            return CompletableFuture.completedFuture(new Exchange(null, worst(more), more));
        });
    }

    /** The answer of one server, or its failure; how many UDP copies went out and whether TCP was tried. */
    private record Sent(Message response, LookupState failure, int udpSends, boolean tcp) {
    }

    private static int udpSends(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SharedUdpTransport.UdpTimeoutException timeout) {
                return timeout.sends();
            }
        }
        return 1;
    }

    /** A server that answered SERVFAIL or REFUSED says more than one that was silent. */
    private static LookupState worst(List<Answer.Attempt> attempts) {
        for (LookupState telling : List.of(LookupState.SERVFAIL, LookupState.REFUSED, LookupState.TIMEOUT)) {
            if (attempts.stream().anyMatch(a -> a.outcome() == telling)) {
                return telling;
            }
        }
        return LookupState.ERROR;
    }

    private CompletableFuture<Answer> interpret(Name asked, Name current, int type, List<CNAMERecord> chain, int depth,
                                                Message response) {
        int rcode = response.getRcode();
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
            // Still truncated after the TCP retry: we did not see the answer.
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
        servers.forEach(s -> s.udp().close());
    }

    @Override
    public String describe() {
        return description;
    }
}
