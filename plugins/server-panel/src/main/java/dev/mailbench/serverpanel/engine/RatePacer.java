package dev.mailbench.serverpanel.engine;

import dev.mailbench.kit.net.Backoff;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Keeps a client under the panel's rate limit by what the server says on every answer: when
 * {@code X-RateLimit-Remaining} reaches 0 the next request waits until {@code X-RateLimit-Reset}. The server's
 * numbers, not a guess of the plan, decide the pace, so the same code fits Standard, Premium and Business.
 */
public final class RatePacer {
    /** The reset is in whole seconds and the server's clock may be a little ahead: wait this much longer. */
    static final long MARGIN_MILLIS = 300;

    private final LongSupplier clockMillis;
    private long remaining = -1;
    private long resetEpochSeconds = 0;
    private long limit = -1;
    private long waitedMillis;
    private int waits;

    public RatePacer() {
        this(System::currentTimeMillis);
    }

    RatePacer(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** Notes the limits of one answer. */
    public synchronized void observe(HttpHeaders headers) {
        OptionalLong rem = number(headers, "X-RateLimit-Remaining");
        OptionalLong reset = number(headers, "X-RateLimit-Reset");
        OptionalLong lim = number(headers, "X-RateLimit-Limit");
        if (rem.isPresent()) {
            remaining = rem.getAsLong();
        }
        if (reset.isPresent()) {
            resetEpochSeconds = reset.getAsLong();
        }
        if (lim.isPresent()) {
            limit = lim.getAsLong();
        }
    }

    /** How long the next request must wait: zero while requests remain or the window has already turned. */
    public synchronized Duration nextWait() {
        if (remaining != 0) {
            return Duration.ZERO;
        }
        long wait = resetEpochSeconds * 1000 + MARGIN_MILLIS - clockMillis.getAsLong();
        return wait > 0 ? Duration.ofMillis(wait) : Duration.ZERO;
    }

    /** Waits as {@link #nextWait} says; false when cancelled. */
    public boolean awaitTurn(BooleanSupplier cancelled) {
        Duration wait = nextWait();
        if (wait.isZero()) {
            return true;
        }
        synchronized (this) {
            waits++;
            waitedMillis += wait.toMillis();
        }
        boolean ok = Backoff.sleep(wait, cancelled);
        synchronized (this) {
            remaining = -1; // a new window: the next answer tells the new count
        }
        return ok;
    }

    /** The per-window limit the server last announced; -1 before the first answer. */
    public synchronized long limit() { return limit; }

    /** How many times and how long requests waited for a new window (shown with the import's progress). */
    public synchronized int waits() { return waits; }

    public synchronized long waitedMillis() { return waitedMillis; }

    private static OptionalLong number(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).filter(v -> v.matches("\\d{1,19}"))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }
}
