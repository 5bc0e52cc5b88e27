package dev.mailbench.api.dns;

import java.time.Duration;

/**
 * The one rule for DNS TTLs around a mail move, shared by the migration planner (its timeline and DNS diff)
 * and the DNS checker (its advice when a move is planned): which TTL is low enough for the cutover, and how
 * long before the switch a long one must be lowered.
 */
public final class CutoverTtl {
    /** 300 s: the low end of the 300-900 s range, so "wait one TTL" in the window is five minutes. */
    public static final long LOW_TTL = 300;
    /** Raised back to an hour once the move is confirmed. */
    public static final long NORMAL_TTL = 3600;
    /** The longest TTL that still counts as ready for the cutover. */
    public static final long READY_MAX = 900;

    private CutoverTtl() {
    }

    /** Whether a record with this TTL (seconds) can be switched without lowering it first. */
    public static boolean isReady(long currentTtl) {
        return currentTtl <= READY_MAX;
    }

    /**
     * How long before the cutover the low TTL must be published: at least 24 hours, and twice the current
     * TTL when that is longer, so every cache has fetched the low value at least once with margin.
     */
    public static Duration lead(long currentTtl) {
        return Duration.ofSeconds(Math.max(24 * 3600, 2 * Math.max(0, currentTtl)));
    }
}
