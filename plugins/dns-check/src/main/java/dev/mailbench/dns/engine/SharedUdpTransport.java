package dev.mailbench.dns.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.Message;

/**
 * UDP queries of one run to one server over ONE socket, matched to their answers by message ID and
 * question. dnsjava opens, binds and registers a new socket for every query, which made a bulk check of
 * 1,000 domains (about 11,000 queries) spend most of its time on sockets. Truncated answers are not
 * handled here: the caller retries them over TCP.
 */
final class SharedUdpTransport implements AutoCloseable {
    private record Pending(Message query, CompletableFuture<Message> answer, ScheduledFuture<?> timeout) {
    }

    private final DatagramChannel channel;
    private final Duration timeout;
    private final ConcurrentMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer;
    private final Thread reader;

    SharedUdpTransport(InetSocketAddress server, Duration timeout) throws IOException {
        this.timeout = timeout;
        this.channel = DatagramChannel.open();
        // many answers can arrive while the reader is busy; the default buffer would drop some (seen as timeouts)
        channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.connect(server);
        timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "dns-udp-timeouts"));
        timer.setRemoveOnCancelPolicy(true);
        reader = daemon(this::readLoop, "dns-udp-reader");
        reader.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Completes with the answer, or exceptionally with a {@link SocketTimeoutException} or the I/O error. */
    CompletableFuture<Message> send(Message query) {
        CompletableFuture<Message> answer = new CompletableFuture<>();
        int id;
        do {
            id = ThreadLocalRandom.current().nextInt(0x10000);
        } while (pending.putIfAbsent(id, new Pending(query, answer, null)) != null);
        final int key = id;
        query.getHeader().setID(id);
        ScheduledFuture<?> expiry = timer.schedule(() -> fail(key, answer, new SocketTimeoutException("DNS query timed out")),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
        pending.computeIfPresent(key, (k, p) -> p.answer() == answer ? new Pending(p.query(), answer, expiry) : p);
        try {
            channel.write(ByteBuffer.wrap(query.toWire()));
        } catch (IOException e) {
            fail(key, answer, e);
        }
        return answer;
    }

    /** Fails the question {@code id} if it is still the one of {@code answer} (IDs are reused once answered). */
    private void fail(int id, CompletableFuture<Message> answer, Throwable error) {
        Pending p = pending.get(id);
        if (p != null && p.answer() == answer && pending.remove(id, p)) {
            if (p.timeout() != null) {
                p.timeout().cancel(false);
            }
            p.answer().completeExceptionally(error);
        }
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(65535);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.read(buffer);
                buffer.flip();
                byte[] wire = new byte[buffer.remaining()];
                buffer.get(wire);
                deliver(wire);
            } catch (PortUnreachableException e) {
                // nothing listens at the server's port: every question in flight fails now rather than timing out
                pending.forEach((id, p) -> fail(id, p.answer(), e));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                pending.forEach((id, p) -> fail(id, p.answer(), e));
            }
        }
    }

    private void deliver(byte[] wire) {
        Message response;
        try {
            response = new Message(wire);
        } catch (IOException malformed) {
            return; // not a DNS message for us: the question will time out like any lost datagram
        }
        int id = response.getHeader().getID();
        Pending p = pending.get(id);
        if (p == null || response.getQuestion() == null || !response.getQuestion().equals(p.query().getQuestion())
                || !pending.remove(id, p)) {
            return;
        }
        if (p.timeout() != null) {
            p.timeout().cancel(false);
        }
        p.answer().complete(response);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a datagram socket has nothing to report
        }
        timer.shutdownNow();
        pending.forEach((id, p) -> fail(id, p.answer(), new ClosedChannelException()));
    }
}
