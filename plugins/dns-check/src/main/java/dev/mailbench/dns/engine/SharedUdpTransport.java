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
import java.util.concurrent.ThreadLocalRandom;
import org.xbill.DNS.Message;

/**
 * UDP queries of one run to one server over ONE socket, matched to their answers by message ID and
 * question. dnsjava opens, binds and registers a new socket for every query, which made a bulk check of
 * 1,000 domains (about 11,000 queries) spend most of its time on sockets. Truncated answers are not
 * handled here: the caller retries them over TCP.
 *
 * <p>Timeouts: each question carries its deadline and one sweeper thread fails the overdue ones a few times
 * per timeout. A timer task per question (scheduled, then cancelled by its answer) took a lock and often woke
 * the timer thread twice for every query of a bulk check.
 */
final class SharedUdpTransport implements AutoCloseable {
    private record Pending(Message query, CompletableFuture<Message> answer, long deadlineNanos) {
    }

    private final DatagramChannel channel;
    private final long timeoutNanos;
    private final long sweepMillis;
    private final ConcurrentMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Thread reader;
    private final Thread sweeper;

    SharedUdpTransport(InetSocketAddress server, Duration timeout) throws IOException {
        this.timeoutNanos = timeout.toNanos();
        // a timed-out question fails at most a tenth of its timeout late (and never sooner than asked)
        this.sweepMillis = Math.max(5, Math.min(100, timeout.toMillis() / 10));
        this.channel = DatagramChannel.open();
        // many answers can arrive while the reader is busy; the default buffer would drop some (seen as timeouts)
        channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.connect(server);
        reader = daemon(this::readLoop, "dns-udp-reader");
        sweeper = daemon(this::expireLoop, "dns-udp-timeouts");
        reader.start();
        sweeper.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Completes with the answer, or exceptionally with a {@link SocketTimeoutException} or the I/O error. */
    CompletableFuture<Message> send(Message query) {
        CompletableFuture<Message> answer = new CompletableFuture<>();
        Pending question = new Pending(query, answer, System.nanoTime() + timeoutNanos);
        int id;
        do {
            id = ThreadLocalRandom.current().nextInt(0x10000);
        } while (pending.putIfAbsent(id, question) != null);
        query.getHeader().setID(id);
        try {
            channel.write(ByteBuffer.wrap(query.toWire()));
        } catch (IOException e) {
            fail(id, answer, e);
        }
        return answer;
    }

    /** Fails the question {@code id} if it is still the one of {@code answer} (IDs are reused once answered). */
    private void fail(int id, CompletableFuture<Message> answer, Throwable error) {
        Pending p = pending.get(id);
        if (p != null && p.answer() == answer && pending.remove(id, p)) {
            p.answer().completeExceptionally(error);
        }
    }

    private void expireLoop() {
        while (channel.isOpen()) {
            try {
                Thread.sleep(sweepMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            pending.forEach((id, p) -> {
                if (now - p.deadlineNanos() >= 0) {
                    fail(id, p.answer(), new SocketTimeoutException("DNS query timed out"));
                }
            });
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
        p.answer().complete(response);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a datagram socket has nothing to report
        }
        sweeper.interrupt();
        pending.forEach((id, p) -> fail(id, p.answer(), new ClosedChannelException()));
    }
}
