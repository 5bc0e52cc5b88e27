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
 * <p>Lost datagrams: a question unanswered after {@code firstRetransmit} is sent again with the same ID, then
 * after twice that, and so on until its deadline; an answer to any copy counts. A Wi-Fi that drops a third of
 * the packets otherwise turns healthy names into timeouts.
 *
 * <p>Timeouts: each question carries its deadline and one sweeper thread resends and fails the overdue ones.
 * A timer task per question (scheduled, then cancelled by its answer) took a lock and often woke the timer
 * thread twice for every query of a bulk check.
 */
final class SharedUdpTransport implements AutoCloseable {
    /** Sends so far, the next resend time and the wait after it: written by the sweeper only. */
    private static final class Pending {
        final Message query;
        /** Set once the question's ID is reserved and written into it. */
        volatile byte[] wire;
        final CompletableFuture<Message> answer;
        final long deadlineNanos;
        long nextSendNanos;
        long waitNanos;
        int sends = 1;

        Pending(Message query, CompletableFuture<Message> answer, long deadlineNanos, long firstWaitNanos) {
            this.query = query;
            this.answer = answer;
            this.deadlineNanos = deadlineNanos;
            this.waitNanos = firstWaitNanos;
            this.nextSendNanos = System.nanoTime() + firstWaitNanos;
        }

        Message query() {
            return query;
        }

        CompletableFuture<Message> answer() {
            return answer;
        }
    }

    /** No answer to any of {@code sends} copies of a question before its deadline. */
    static final class UdpTimeoutException extends SocketTimeoutException {
        private final int sends;

        UdpTimeoutException(int sends) {
            super("DNS query timed out after " + sends + " UDP sends");
            this.sends = sends;
        }

        int sends() {
            return sends;
        }
    }

    private final DatagramChannel channel;
    private final long timeoutNanos;
    private final long firstRetransmitNanos;
    private final long sweepMillis;
    private final ConcurrentMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Thread reader;
    private final Thread sweeper;

    SharedUdpTransport(InetSocketAddress server, Duration timeout) throws IOException {
        this(server, timeout, timeout);
    }

    /**
     * @param timeout         how long a question waits for an answer, all copies together
     * @param firstRetransmit when an unanswered question is first sent again ({@code >= timeout}: never)
     */
    SharedUdpTransport(InetSocketAddress server, Duration timeout, Duration firstRetransmit) throws IOException {
        this.timeoutNanos = timeout.toNanos();
        this.firstRetransmitNanos = firstRetransmit.toNanos();
        // a question is resent or fails at most a fifth of its first wait late (and never sooner than asked)
        this.sweepMillis = Math.max(5, Math.min(100, Math.min(timeout.toMillis() / 10, firstRetransmit.toMillis() / 5)));
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
        Pending question = new Pending(query, answer, System.nanoTime() + timeoutNanos, firstRetransmitNanos);
        int id;
        do {
            id = ThreadLocalRandom.current().nextInt(0x10000);
        } while (pending.putIfAbsent(id, question) != null);
        query.getHeader().setID(id);
        question.wire = query.toWire();
        try {
            channel.write(ByteBuffer.wrap(question.wire));
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
                if (now - p.deadlineNanos >= 0) {
                    fail(id, p.answer(), new UdpTimeoutException(p.sends));
                } else if (now - p.nextSendNanos >= 0 && p.wire != null) {
                    resend(id, p, now);
                }
            });
        }
    }

    private void resend(int id, Pending p, long now) {
        p.sends++;
        p.waitNanos *= 2;
        p.nextSendNanos = now + p.waitNanos;
        try {
            channel.write(ByteBuffer.wrap(p.wire));
        } catch (IOException e) {
            fail(id, p.answer(), e);
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
