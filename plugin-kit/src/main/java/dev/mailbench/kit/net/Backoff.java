package dev.mailbench.kit.net;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Retry with exponential back-off, the one policy for every network retry: wait {@code first} before the
 * first retry, double it each time up to {@code max}, give up after {@code retries}. The waits are
 * interruptible and end early when the caller is cancelled. Callers keep their own loops (what to reset,
 * what counts as retryable); this class decides only how long to wait and when to stop.
 *
 * @param retries how many retries after the first try (0 = no retry)
 * @param first   the wait before the first retry
 * @param max     the longest single wait
 * @param jitter  when true, each wait is drawn from [delay/2, delay], so many clients do not retry in step
 */
public record Backoff(int retries, Duration first, Duration max, boolean jitter) {
    private static final long CANCEL_POLL_MILLIS = 200;

    public Backoff {
        if (retries < 0) {
            throw new IllegalArgumentException("retries < 0");
        }
        first = first == null || first.isNegative() ? Duration.ZERO : first;
        max = max == null || max.compareTo(first) < 0 ? first : max;
    }

    /** Doubling from {@code first}, at most a minute a wait, without jitter. */
    public static Backoff of(int retries, Duration first) {
        return new Backoff(retries, first, Duration.ofMinutes(1), false);
    }

    /** Whether try number {@code attempt} (1 = the first retry) is still allowed. */
    public boolean allows(int attempt) {
        return attempt <= retries;
    }

    /** The wait before retry number {@code attempt} (1 = the first retry); zero for attempt 0. */
    public Duration delayBefore(int attempt) {
        if (attempt <= 0) {
            return Duration.ZERO;
        }
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        millis = Math.min(millis < 0 ? Long.MAX_VALUE : millis, max.toMillis());
        if (jitter && millis > 1) {
            millis = ThreadLocalRandom.current().nextLong(millis / 2, millis + 1);
        }
        return Duration.ofMillis(millis);
    }

    /**
     * Waits before retry number {@code attempt}; returns false, without waiting out the rest, when the
     * thread is interrupted (the flag is kept) or {@code cancelled} turns true.
     */
    public boolean pause(int attempt, BooleanSupplier cancelled) {
        return sleep(delayBefore(attempt), cancelled);
    }

    /** Sleeps {@code wait} in short steps, checking {@code cancelled}; false when cut short. */
    public static boolean sleep(Duration wait, BooleanSupplier cancelled) {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return false;
            }
            long left = until - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(CANCEL_POLL_MILLIS, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
