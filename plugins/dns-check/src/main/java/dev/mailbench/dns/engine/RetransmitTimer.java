package dev.mailbench.dns.engine;

import dev.mailbench.kit.net.Backoff;
import java.time.Duration;

/**
 * When to send a DNS question again to one server: a round-trip estimate in the manner of TCP (RFC 6298,
 * Karn's rule: only answers to questions sent once count), doubled after each try, every try inside the
 * question's deadline. A lost datagram on Wi-Fi is the normal case, not an error: the next try should follow
 * soon after the answer was due, not after the whole timeout.
 */
final class RetransmitTimer {
    /** Before any answer has been timed: near what recursive resolvers use for an unknown server. */
    static final Duration INITIAL_RTO = Duration.ofMillis(300);
    /** Loopback and LAN answers come in well under a millisecond; a burst of lost datagrams should not flood. */
    static final Duration MIN_RTO = Duration.ofMillis(50);
    /**
     * The longest wait between two tries. A few late answers (Wi-Fi holding frames back) raise the RTT variance
     * and with it the TCP-style RTO; on a link that also loses a third of the datagrams the question then got
     * only 6-7 tries in 3 s, and one in a thousand questions went unanswered. A copy of a DNS question costs
     * the server little: keep trying four times a second (about 12 tries in the default 3 s deadline).
     */
    static final Duration MAX_WAIT = Duration.ofMillis(250);
    /** Every question gets at least this many tries however short its deadline. */
    static final int MIN_TRIES = 3;

    private final Object lock = new Object();
    private double srttMillis = -1;
    private double rttvarMillis;

    /** Notes the round trip of a question answered on its first try. */
    void sample(long rttNanos) {
        double r = rttNanos / 1e6;
        synchronized (lock) {
            if (srttMillis < 0) {
                srttMillis = r;
                rttvarMillis = r / 2;
            } else {
                rttvarMillis = 0.75 * rttvarMillis + 0.25 * Math.abs(srttMillis - r);
                srttMillis = 0.875 * srttMillis + 0.125 * r;
            }
        }
    }

    Duration rto() {
        synchronized (lock) {
            if (srttMillis < 0) {
                return INITIAL_RTO;
            }
            long millis = (long) Math.ceil(srttMillis + 4 * rttvarMillis);
            return Duration.ofMillis(Math.max(MIN_RTO.toMillis(), Math.min(MAX_WAIT.toMillis(), millis)));
        }
    }

    /**
     * The retry schedule of one question: the first wait is the current RTO, cut so that {@link #MIN_TRIES}
     * tries fit in {@code deadline} (waits of d, 2d: the third try goes out at 3d, before the deadline at 4d).
     */
    Backoff schedule(Duration deadline) {
        Duration first = rto();
        // not Duration.dividedBy: it divides in BigDecimal, once for every question of a run
        Duration fitting = Duration.ofNanos(deadline.toNanos() / 4);
        if (first.compareTo(fitting) > 0) {
            first = fitting;
        }
        return new Backoff(Integer.MAX_VALUE, first, MAX_WAIT.compareTo(first) < 0 ? first : MAX_WAIT, false);
    }
}
