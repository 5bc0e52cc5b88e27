package dev.mailbench.dns.engine;

import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Type;

/**
 * Sends the follow-up questions of a domain's check (the MX hosts' addresses and their reverse names, the name
 * servers' addresses, the SPF includes, the DMARC report authorisations, the MTA-STS host) as soon as the answer
 * that names them arrives, instead of when the check reaches that step. The checks then read the answers from the
 * run's cache: the steps of one domain overlap instead of waiting in turn, which is what a check on a slow or
 * lossy link spends its time on.
 *
 * <p>Only for a source that remembers its answers ({@link CheckRunner}'s cache): without one, a question would be
 * asked twice. An answer already there when the check starts (a zone file, a cache hit) is not looked ahead of:
 * the check reads it at once.
 */
final class LookAhead {
    /**
     * Where the follow-ups are sent from: never the thread that delivers answers, which must not wait for a slot
     * among the questions in flight (only its deliveries free one).
     */
    private static final Executor SENDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dns-look-ahead");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_SPF_DEPTH = 3;

    private final DnsSource dns;

    LookAhead(DnsSource dns) {
        this.dns = dns;
    }

    void mailExchangers(CompletableFuture<Answer> mx) {
        after(mx, answer -> {
            for (Record r : answer.records()) {
                Name host = ((MXRecord) r).getTarget();
                if (!host.equals(Name.root)) {
                    then(dns.query(host, Type.A), this::reverseNames);
                    then(dns.query(host, Type.AAAA), this::reverseNames);
                }
            }
        });
    }

    private void reverseNames(Answer addresses) {
        for (Record r : addresses.records()) {
            InetAddress ip = r instanceof ARecord a ? a.getAddress() : ((AAAARecord) r).getAddress();
            int forward = r instanceof ARecord ? Type.A : Type.AAAA;
            then(dns.query(ReverseMap.fromAddress(ip), Type.PTR), names -> names.records()
                    .forEach(p -> dns.query(((PTRRecord) p).getTarget(), forward)));
        }
    }

    void nameServers(CompletableFuture<Answer> ns) {
        after(ns, answer -> answer.records().forEach(r -> dns.query(((NSRecord) r).getTarget(), Type.A)));
    }

    void spf(String domain, CompletableFuture<Answer> txt) {
        after(txt, answer -> spf(domain, answer, 0));
    }

    private void spf(String domain, Answer txt, int depth) {
        var next = new SpfEvaluator(dns).askAhead(domain, txt);
        if (depth < MAX_SPF_DEPTH) {
            next.forEach((target, record) -> then(record, answer -> spf(target, answer, depth + 1)));
        }
    }

    void dmarcReports(String domain, CompletableFuture<Answer> dmarc) {
        after(dmarc, answer -> DmarcChecks.authorisationsToAsk(domain, answer).forEach(n -> dns.query(n, Type.TXT)));
    }

    void mtaStsHost(String domain, CompletableFuture<Answer> mtaSts) {
        after(mtaSts, answer -> {
            Name host = MtaStsChecks.policyHost(domain, answer);
            if (host != null) {
                dns.query(host, Type.A);
                dns.query(host, Type.AAAA);
            }
        });
    }

    /** Follows up an answer the check asked for; not when the check already holds it (it goes on at once). */
    private static void after(CompletableFuture<Answer> answer, Consumer<Answer> followUps) {
        if (!answer.isDone()) {
            then(answer, followUps);
        }
    }

    /** Follows up an answer the look-ahead asked for, whenever it arrives (it may be in the cache already). */
    private static void then(CompletableFuture<Answer> answer, Consumer<Answer> followUps) {
        answer.thenAcceptAsync(a -> {
            if (a != null) {
                followUps.accept(a);
            }
        }, SENDER);
    }
}
