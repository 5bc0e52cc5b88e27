package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk runs ask one server over one UDP socket: the same findings and states as dnsjava's socket per query. */
class SharedSocketTest {
    static TestDnsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestDnsServer.withTestZones();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static DomainReport check(String domain, boolean shared) {
        var settings = ResolverSettings.authoritative(server.address()).withTimeout(Duration.ofMillis(700));
        try (LiveDnsSource live = new LiveDnsSource(settings, shared)) {
            return new DomainChecker(new CachingDnsSource(live), TestZones.xserverTest(), false).check(domain);
        }
    }

    @Test
    void sameFindingsAsOneSocketPerQuery() {
        for (String domain : List.of("sample-shoji.test", "old-host.test", "bad-dmarc.test", "cname-mx.test")) {
            assertThat(check(domain, true).findings()).as(domain).isEqualTo(check(domain, false).findings());
        }
    }

    @Test
    void timeoutAndServfailStayCouldNotCheck() {
        for (String domain : List.of("timeout.test", "servfail.test")) {
            DomainReport r = check(domain, true);
            assertThat(r.codes()).as(domain).contains(NS_UNCHECKED, MX_UNCHECKED, SPF_UNCHECKED, DMARC_UNCHECKED)
                    .doesNotContain(MX_MISSING, SPF_MISSING, DMARC_MISSING, NS_MISSING);
        }
        assertThat(check("timeout.test", true).records()).anyMatch(rec -> rec.state() == LookupState.TIMEOUT);
    }

    @Test
    void truncatedAnswerIsRetriedOverTcp(@TempDir Path dir) throws Exception {
        StringBuilder zone = new StringBuilder("$ORIGIN big.test.\n$TTL 300\n@ SOA ns. a. 1 2 3 4 5\n@ NS ns1.xserver.test.\n");
        for (int i = 0; i < 40; i++) {
            zone.append("@ TXT \"record-").append(i).append("-").append("x".repeat(60)).append("\"\n");
        }
        Path file = dir.resolve("big.test.zone");
        Files.writeString(file, zone);
        try (TestDnsServer big = new TestDnsServer(List.of(ZoneFiles.load(file, null).zone()));
             LiveDnsSource live = new LiveDnsSource(ResolverSettings.authoritative(big.address()), true)) {
            Answer a = live.lookup(SpfEvaluator.name("big.test"), org.xbill.DNS.Type.TXT);
            assertThat(a.state()).isEqualTo(LookupState.ANSWERED);
            assertThat(a.records()).hasSize(40);
        }
    }

    @Test
    void manyQuestionsInFlightAllGetTheirOwnAnswer() {
        var settings = ResolverSettings.authoritative(server.address()).withMaxInFlight(64);
        try (LiveDnsSource live = new LiveDnsSource(settings, true)) {
            List<String> names = List.of("sample-shoji.test", "old-host.test", "bad-dmarc.test", "weak-dkim.test", "xserver.test");
            var futures = new java.util.ArrayList<java.util.concurrent.CompletableFuture<Answer>>();
            for (int round = 0; round < 40; round++) {
                for (String n : names) {
                    futures.add(live.query(SpfEvaluator.name(n), org.xbill.DNS.Type.SOA));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                Answer a = futures.get(i).join();
                assertThat(a.state()).isEqualTo(LookupState.ANSWERED);
                assertThat(a.name()).isEqualTo(SpfEvaluator.name(names.get(i % names.size())));
                assertThat(a.records().get(0).getName()).isEqualTo(a.name());
            }
        }
    }
    /** The 16 checking threads, the look-ahead and the resends share the socket: whoever is sending sends for the others. */
    @Test
    void questionsSentFromManyThreadsAtOnceAllGetTheirOwnAnswer() throws Exception {
        var settings = ResolverSettings.authoritative(server.address()).withMaxInFlight(512);
        List<String> names = List.of("sample-shoji.test", "old-host.test", "bad-dmarc.test", "weak-dkim.test", "xserver.test");
        int[] types = {org.xbill.DNS.Type.SOA, org.xbill.DNS.Type.NS, org.xbill.DNS.Type.MX, org.xbill.DNS.Type.TXT};
        try (LiveDnsSource live = new LiveDnsSource(settings, true)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            var perThread = new java.util.ArrayList<java.util.concurrent.Future<List<java.util.concurrent.CompletableFuture<Answer>>>>();
            for (int t = 0; t < 16; t++) {
                perThread.add(pool.submit(() -> {
                    start.await();
                    var mine = new java.util.ArrayList<java.util.concurrent.CompletableFuture<Answer>>();
                    for (int round = 0; round < 5; round++) {
                        for (String n : names) {
                            for (int type : types) {
                                mine.add(live.query(SpfEvaluator.name(n), type));
                            }
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            int answered = 0;
            for (var f : perThread) {
                List<java.util.concurrent.CompletableFuture<Answer>> mine = f.get();
                for (int i = 0; i < mine.size(); i++) {
                    Answer a = mine.get(i).join();
                    assertThat(a.state()).isIn(LookupState.ANSWERED, LookupState.NODATA);
                    assertThat(a.name()).isEqualTo(SpfEvaluator.name(names.get(i / types.length % names.size())));
                    assertThat(a.type()).isEqualTo(types[i % types.length]);
                    answered++;
                }
            }
            pool.shutdown();
            assertThat(answered).isEqualTo(16 * 5 * names.size() * types.length);
        }
    }
}
