package dev.mailbench.migration.copy;

/** What a copy reports while it runs (called on the copying thread). */
public interface CopyProgress {
    /** Comparing folder {@code index} of {@code count} with the destination. */
    default void comparing(String folder, int index, int count) {
    }

    /** The comparison is done: this many messages and bytes are missing on the destination. */
    default void planned(long messages, long bytes) {
    }

    /** One more message copied; totals of this run so far and the average rate. */
    default void copied(String folder, long messages, long bytes, double bytesPerSecond) {
    }

    /** The connection broke; reconnecting after {@code delayMillis}. */
    default void retrying(String folder, int attempt, long delayMillis, String cause) {
    }
}
