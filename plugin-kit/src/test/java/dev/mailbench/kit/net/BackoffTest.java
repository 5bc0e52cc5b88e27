package dev.mailbench.kit.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFromTheFirstDelayUpToTheMaximum() {
        Backoff b = new Backoff(10, Duration.ofMillis(500), Duration.ofSeconds(3), false);
        assertThat(b.delayBefore(0)).isZero();
        assertThat(b.delayBefore(1)).hasMillis(500);
        assertThat(b.delayBefore(2)).hasMillis(1000);
        assertThat(b.delayBefore(3)).hasMillis(2000);
        assertThat(b.delayBefore(4)).hasMillis(3000);
        assertThat(b.delayBefore(60)).hasMillis(3000);
    }

    @Test
    void allowsOnlyTheConfiguredRetries() {
        Backoff b = Backoff.of(2, Duration.ofMillis(1));
        assertThat(b.allows(1)).isTrue();
        assertThat(b.allows(2)).isTrue();
        assertThat(b.allows(3)).isFalse();
    }

    @Test
    void jitterStaysBetweenHalfAndTheFullDelay() {
        Backoff b = new Backoff(5, Duration.ofMillis(1000), Duration.ofMinutes(1), true);
        for (int i = 0; i < 200; i++) {
            assertThat(b.delayBefore(2).toMillis()).isBetween(1000L, 2000L);
        }
    }

    @Test
    void aCancelledWaitEndsAtOnce() {
        long start = System.nanoTime();
        boolean waited = Backoff.of(3, Duration.ofMinutes(10)).pause(1, () -> true);
        assertThat(waited).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(10));
    }

    @Test
    void anInterruptedWaitEndsAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThat(Backoff.of(3, Duration.ofMinutes(10)).pause(1, () -> false)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
