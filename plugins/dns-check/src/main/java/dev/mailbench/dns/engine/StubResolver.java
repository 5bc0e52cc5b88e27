package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;

/**
 * What a stub resolver is expected to do, for one question: ask the servers in order; over UDP with EDNS0
 * (a 1232-byte buffer, the DNS Flag Day 2020 size that fits every path's MTU without fragments), sent again
 * with back-off until the per-server deadline ({@link SharedUdpTransport}); over TCP when the answer is
 * truncated; without EDNS when a server rejects it; on to the next server when one stays silent, cannot be
 * reached or answers SERVFAIL/REFUSED. Only when every server has failed is the question unanswered, and the
 * failure then says what was tried. A server that stayed silent or could not be reached is asked last by the
 * questions that follow, until it answers again: one dead resolver in resolv.conf costs its deadline once per
 * run, not once per question. It is still asked when the others fail: last, never left out.
 */
final class StubResolver implements AutoCloseable {
    static final int EDNS_BUFFER = 1232;

    /** The answer, or the failure of every server with what was tried. */
    record Outcome(Message response, LookupState failure, LocalizedText tried) {
        static Outcome answered(Message response) {
            return new Outcome(response, null, null);
        }
    }

    /** One server's part of a failed question, for the report. */
    private record Attempt(InetSocketAddress server, LookupState state, String ja, String en, boolean unanswered) {
        Attempt(InetSocketAddress server, LookupState state, String ja, String en) {
            this(server, state, ja, en, false);
        }
    }

    private final List<InetSocketAddress> servers;
    private final Duration deadline;
    private final ConcurrentMap<InetSocketAddress, SharedUdpTransport> transports = new ConcurrentHashMap<>();
    /** Servers whose last question went unanswered (silence, unreachable port): asked after the others. */
    private final Set<InetSocketAddress> unreachable = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param deadline per question and server, every try and the TCP retry included */
    StubResolver(List<InetSocketAddress> servers, Duration deadline) {
        this.servers = List.copyOf(servers);
        this.deadline = deadline;
    }

    List<InetSocketAddress> servers() {
        return servers;
    }

    /** Always completes normally. */
    CompletableFuture<Outcome> ask(Name name, int type) {
        return ask(name, type, inOrderOfHealth(), 0, new ArrayList<>());
    }

    /** The configured order, with the servers that went unanswered last moved behind the others. */
    private List<InetSocketAddress> inOrderOfHealth() {
        if (unreachable.isEmpty()) {
            return servers;
        }
        // one look at each server: the set changes while answers come in, and a server must land in one list
        List<InetSocketAddress> order = new ArrayList<>(servers.size());
        List<InetSocketAddress> last = new ArrayList<>();
        for (InetSocketAddress server : servers) {
            (unreachable.contains(server) ? last : order).add(server);
        }
        order.addAll(last);
        return order;
    }

    private CompletableFuture<Outcome> ask(Name name, int type, List<InetSocketAddress> order, int index, List<Attempt> failed) {
        if (index >= order.size()) {
            return CompletableFuture.completedFuture(failure(failed));
        }
        InetSocketAddress server = order.get(index);
        long until = System.nanoTime() + deadline.toNanos();
        return askServer(server, name, type, true, until).thenCompose(result -> {
            if (result instanceof Message m) {
                unreachable.remove(server);
                return CompletableFuture.completedFuture(Outcome.answered(m));
            }
            Attempt attempt = (Attempt) result;
            if (attempt.unanswered()) {
                unreachable.add(server);
            } else {
                unreachable.remove(server); // SERVFAIL or REFUSED: it is there, the name is its problem
            }
            failed.add(attempt);
            return ask(name, type, order, index + 1, failed);
        });
    }

    /** Completes with the usable {@link Message} or the {@link Attempt} that failed. */
    private CompletableFuture<Object> askServer(InetSocketAddress server, Name name, int type, boolean edns, long until) {
        Message query = Answer.unnumberedQuery(name, type);
        if (edns) {
            query.addRecord(new OPTRecord(EDNS_BUFFER, 0, 0), Section.ADDITIONAL);
        }
        SharedUdpTransport udp;
        try {
            udp = transport(server);
        } catch (IOException e) {
            return CompletableFuture.completedFuture(new Attempt(server, LookupState.ERROR,
                    "UDP ソケットを開けません (" + e.getMessage() + ")", "cannot open a UDP socket (" + e.getMessage() + ")"));
        }
        return udp.send(query, remaining(until)).handle((response, error) -> {
            if (error != null) {
                return CompletableFuture.completedFuture((Object) udpFailure(server, error));
            }
            if (response.getHeader().getFlag(Flags.TC)) {
                return overTcp(server, query, until);
            }
            int rcode = response.getRcode();
            if (edns && (rcode == Rcode.FORMERR || rcode == Rcode.NOTIMP || rcode == Rcode.BADVERS)) {
                return askServer(server, name, type, false, until); // an old server that does not know EDNS
            }
            return CompletableFuture.completedFuture(judge(server, response, "UDP", "UDP"));
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Object> overTcp(InetSocketAddress server, Message query, long until) {
        Duration left = remaining(until);
        SimpleResolver tcp = new SimpleResolver(server);
        tcp.setTCP(true);
        tcp.setTimeout(left.isZero() ? Duration.ofMillis(1) : left);
        CompletableFuture<Message> sent;
        try {
            // continue on dnsjava's selector thread: nothing downstream blocks (see LiveDnsSource)
            sent = tcp.sendAsync(query, Runnable::run).toCompletableFuture();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (error != null) {
                LookupState state = LiveDnsSource.stateOf(error);
                String why = state == LookupState.TIMEOUT ? null : message(error);
                return new Attempt(server, state,
                        "UDP の応答が切り詰められ (TC)、TCP で再問い合わせ → " + (why == null ? "タイムアウト" : why),
                        "UDP answer truncated (TC), asked again over TCP → " + (why == null ? "timed out" : why));
            }
            if (response.getHeader().getFlag(Flags.TC)) {
                return new Attempt(server, LookupState.ERROR, "TCP でも応答が切り詰められました", "truncated over TCP as well");
            }
            return judge(server, response, "TCP", "TCP");
        });
    }

    /** SERVFAIL and REFUSED belong to the server, not to the name: another server may answer. */
    private static Object judge(InetSocketAddress server, Message response, String ja, String en) {
        return switch (response.getRcode()) {
            case Rcode.SERVFAIL -> new Attempt(server, LookupState.SERVFAIL, ja + " で SERVFAIL", en + " SERVFAIL");
            case Rcode.REFUSED -> new Attempt(server, LookupState.REFUSED, ja + " で REFUSED", en + " REFUSED");
            default -> response;
        };
    }

    private static Attempt udpFailure(InetSocketAddress server, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof SharedUdpTransport.UnansweredException u) {
            return new Attempt(server, LookupState.TIMEOUT, "UDP で " + u.tries() + " 回送信、応答なし",
                    "UDP, " + u.tries() + " tries, no answer", true);
        }
        if (e instanceof PortUnreachableException) {
            return new Attempt(server, LookupState.ERROR, "UDP ポートに届きません (ICMP port unreachable)",
                    "UDP port unreachable (ICMP)", true);
        }
        LookupState state = LiveDnsSource.stateOf(e);
        return new Attempt(server, state, "UDP: " + message(e), "UDP: " + message(e));
    }

    private static String message(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Outcome failure(List<Attempt> failed) {
        if (failed.isEmpty()) {
            return new Outcome(null, LookupState.ERROR, LocalizedText.of("DNS サーバーがありません", "no DNS server configured"));
        }
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Attempt a : failed) {
            String server = LiveDnsSource.hostPort(a.server());
            ja.append(ja.length() == 0 ? "" : "、").append(server).append(" に ").append(a.ja());
            en.append(en.length() == 0 ? "" : "; ").append(server).append(": ").append(a.en());
        }
        // the last server's failure names the state; every server's is in the text
        return new Outcome(null, failed.get(failed.size() - 1).state(), LocalizedText.of(ja.toString(), en.toString()));
    }

    private static Duration remaining(long until) {
        long left = until - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    private SharedUdpTransport transport(InetSocketAddress server) throws IOException {
        SharedUdpTransport t = transports.get(server);
        if (t != null) {
            return t;
        }
        synchronized (transports) {
            if (closed) {
                throw new IOException("resolver closed");
            }
            t = transports.get(server);
            if (t == null) {
                t = new SharedUdpTransport(server);
                transports.put(server, t);
            }
            return t;
        }
    }

    @Override
    public void close() {
        synchronized (transports) {
            closed = true;
            transports.values().forEach(SharedUdpTransport::close);
            transports.clear();
        }
    }
}
