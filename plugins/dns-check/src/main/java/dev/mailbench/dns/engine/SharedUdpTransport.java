package dev.mailbench.dns.engine;

import dev.mailbench.kit.net.Backoff;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xbill.DNS.Message;

/**
 * UDP questions of one run to one server over ONE socket, matched to their answers by message ID and
 * question. dnsjava opens, binds and registers a new socket for every query, which made a bulk check of
 * 1,000 domains (about 11,000 queries) spend most of its time on sockets. Truncated answers are not
 * handled here: the caller retries them over TCP.
 *
 * <p>A question is sent again, with the same ID, when no answer came within the {@link RetransmitTimer}'s
 * time, and again with doubled waits until its deadline; an answer to any of its copies answers it. One
 * sweeper thread does the resending and the timeouts for every question a few times per retransmit time.
 * A timer task per question (scheduled, then cancelled by its answer) took a lock and often woke the timer
 * thread twice for every query of a bulk check.
 */
final class SharedUdpTransport implements AutoCloseable {
    /** What came back after every try of a question went unanswered. */
    static final class UnansweredException extends SocketTimeoutException {
        private final int tries;

        UnansweredException(int tries) {
            super("DNS query timed out after " + tries + " tries");
            this.tries = tries;
        }

        int tries() {
            return tries;
        }
    }

    private static final class Pending {
        final Message query;
        final byte[] wire;
        final CompletableFuture<Message> answer = new CompletableFuture<>();
        final Backoff backoff;
        final long sentNanos;
        final long deadlineNanos;
        /** Touched by the sweeper only (and read when the answer arrives). */
        volatile int tries = 1;
        long nextSendNanos;

        Pending(Message query, byte[] wire, Backoff backoff, long now, long deadlineNanos) {
            this.query = query;
            this.wire = wire;
            this.backoff = backoff;
            this.sentNanos = now;
            this.deadlineNanos = deadlineNanos;
            this.nextSendNanos = now + backoff.delayBefore(1).toNanos();
        }
    }

    private record Outgoing(int id, Pending question) {
    }

    private final InetSocketAddress server;
    private final DatagramChannel channel;
    /** Datagrams waiting for the thread that is sending ({@link #write}). */
    private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final RetransmitTimer timer = new RetransmitTimer();
    private final long sweepMillis;
    private final ConcurrentMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Thread reader;
    private final Thread sweeper;

    SharedUdpTransport(InetSocketAddress server) throws IOException {
        this.server = server;
        // resends go out at most this late; a fifth of the shortest retransmit time
        this.sweepMillis = Math.max(5, RetransmitTimer.MIN_RTO.toMillis() / 5);
        this.channel = DatagramChannel.open();
        // many answers can arrive while the reader is busy; the default buffer would drop some (seen as timeouts)
        channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.connect(server);
        reader = daemon(this::readLoop, "dns-udp-reader");
        sweeper = daemon(this::sweepLoop, "dns-udp-timeouts");
        reader.start();
        sweeper.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    InetSocketAddress server() {
        return server;
    }

    /**
     * Sends {@code query} (its ID is replaced) and again until answered or {@code deadline} has passed.
     * Completes with the answer, or exceptionally with an {@link UnansweredException} or the I/O error.
     */
    CompletableFuture<Message> send(Message query, Duration deadline) {
        int id;
        Pending question;
        long now = System.nanoTime();
        do {
            id = ThreadLocalRandom.current().nextInt(0x10000);
            query.getHeader().setID(id);
            question = new Pending(query, query.toWire(), timer.schedule(deadline), now, now + deadline.toNanos());
        } while (pending.putIfAbsent(id, question) != null);
        write(id, question);
        return question.answer;
    }

    /**
     * Queues the datagram and sends whatever is queued unless another thread is already sending; that thread
     * then sends this one too. The channel's own write lock is held for the whole system call: with 16 checking
     * threads, the look-ahead and the resends writing to one socket, a fifth of the time spent sending went into
     * parking and waking threads on that lock.
     */
    private void write(int id, Pending question) {
        outbox.add(new Outgoing(id, question));
        while (!outbox.isEmpty() && sending.compareAndSet(false, true)) {
            try {
                for (Outgoing o; (o = outbox.poll()) != null; ) {
                    try {
                        channel.write(ByteBuffer.wrap(o.question.wire));
                    } catch (IOException e) {
                        fail(o.id, o.question, e);
                    }
                }
            } finally {
                sending.set(false);
            }
        }
    }

    /** Fails the question {@code id} if it is still {@code question} (IDs are reused once answered). */
    private void fail(int id, Pending question, Throwable error) {
        if (pending.remove(id, question)) {
            question.answer.completeExceptionally(error);
        }
    }

    private void sweepLoop() {
        while (channel.isOpen()) {
            try {
                Thread.sleep(sweepMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            pending.forEach((id, p) -> {
                if (now - p.deadlineNanos >= 0) {
                    fail(id, p, new UnansweredException(p.tries));
                } else if (now - p.nextSendNanos >= 0) {
                    int retry = p.tries;
                    p.tries = retry + 1;
                    p.nextSendNanos = now + p.backoff.delayBefore(retry + 1).toNanos();
                    write(id, p);
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
                pending.forEach((id, p) -> fail(id, p, e));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                pending.forEach((id, p) -> fail(id, p, e));
            }
        }
    }

    private void deliver(byte[] wire) {
        Message response;
        try {
            response = new Message(wire);
        } catch (IOException malformed) {
            return; // not a DNS message for us: the question will be sent again like after any lost datagram
        }
        int id = response.getHeader().getID();
        Pending p = pending.get(id);
        if (p == null || response.getQuestion() == null || !response.getQuestion().equals(p.query.getQuestion())
                || !pending.remove(id, p)) {
            return;
        }
        if (p.tries == 1) {
            timer.sample(System.nanoTime() - p.sentNanos);
        }
        p.answer.complete(response);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a datagram socket has nothing to report
        }
        sweeper.interrupt();
        pending.forEach((id, p) -> fail(id, p, new ClosedChannelException()));
    }
}
