package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The lossy proxy loses a share of single UDP questions, answers the rest with NSD's data, and relays TCP whole. */
@RequiresTestLab({LabService.DNS, LabService.LOSSY_DNS})
class LabLossyDnsSelfTest {
    private static final int QUESTIONS = 200;

    @Test
    void aShareOfSingleUdpQuestionsIsLostAndTheRestAnsweredByNsd(TestLab lab) throws Exception {
        java.util.concurrent.atomic.AtomicInteger lost = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < QUESTIONS; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        // one try each, no retransmission; 1 s is longer than the proxy's longest hold-back
                        MiniDns.Response r = MiniDns.udp(lab.lossyDnsServer(), TestLab.ZONE_HEALTHY, MiniDns.SOA, false, 1000);
                        assertThat(r.rcode()).isZero();
                        assertThat(r.answers()).hasSize(1);
                    } catch (SocketTimeoutException e) {
                        lost.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // 30 % of the questions and 10 % of the answers: about 37 % lost; far from 0 and from all
        double expected = lab.lossyDnsLoss();
        assertThat(lost.get()).isBetween((int) (QUESTIONS * expected * 0.5), (int) (QUESTIONS * Math.min(1, expected * 2)));
    }

    @Test
    void tcpIsRelayedUnchanged(TestLab lab) throws Exception {
        for (int i = 0; i < 5; i++) {
            MiniDns.Response big = MiniDns.tcp(lab.lossyDnsServer(), "big." + TestLab.ZONE_LONG_TXT, MiniDns.TXT);
            assertThat(big.answers()).hasSize(12);
        }
    }
}
