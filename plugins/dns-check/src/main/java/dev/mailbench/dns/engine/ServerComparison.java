package dev.mailbench.dns.engine;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * What the old and the new authoritative servers answer for a domain's mail records, side by side with
 * TTLs: the check before switching name servers.
 */
public final class ServerComparison {
    /** One name and type on both servers; {@code same} compares the data, not the TTLs. */
    public record Row(String name, String type, LookupState oldState, List<String> oldData, long oldTtl,
                      LookupState newState, List<String> newData, long newTtl, boolean same) {
    }

    private ServerComparison() {
    }

    public static List<Row> compare(String domainInput, InetSocketAddress oldServer, InetSocketAddress newServer,
                                    List<String> dkimSelectors, java.time.Duration timeout) {
        String domain = DomainChecker.normalise(domainInput);
        try (LiveDnsSource oldLive = new LiveDnsSource(ResolverSettings.authoritative(oldServer).withTimeout(timeout));
             LiveDnsSource newLive = new LiveDnsSource(ResolverSettings.authoritative(newServer).withTimeout(timeout))) {
            return compare(domain, new CachingDnsSource(oldLive), new CachingDnsSource(newLive), dkimSelectors);
        }
    }

    private static List<Row> compare(String domain, DnsSource old, DnsSource neu, List<String> dkimSelectors) {
        List<String[]> questions = new ArrayList<>();
        for (String type : List.of("SOA", "NS", "A", "AAAA", "MX", "TXT")) {
            questions.add(new String[] {domain, type});
        }
        questions.add(new String[] {"_dmarc." + domain, "TXT"});
        for (String s : dkimSelectors) {
            questions.add(new String[] {s + "._domainkey." + domain, "TXT"});
        }
        questions.add(new String[] {"_mta-sts." + domain, "TXT"});
        questions.add(new String[] {"_smtp._tls." + domain, "TXT"});
        questions.add(new String[] {"www." + domain, "A"});
        // MX targets inside the domain move with it: compare their addresses too.
        for (DnsSource s : List.of(old, neu)) {
            for (Record r : s.lookup(SpfEvaluator.name(domain), Type.MX).records()) {
                Name target = ((MXRecord) r).getTarget();
                String t = target.toString(true);
                if (t.endsWith(domain) && questions.stream().noneMatch(q -> q[0].equals(t) && q[1].equals("A"))) {
                    questions.add(new String[] {t, "A"});
                }
            }
        }
        List<CompletableFuture<Answer>> olds = new ArrayList<>();
        List<CompletableFuture<Answer>> news = new ArrayList<>();
        for (String[] q : questions) {
            Name n = SpfEvaluator.name(q[0]);
            olds.add(old.query(n, Type.value(q[1])));
            news.add(neu.query(n, Type.value(q[1])));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Answer a = olds.get(i).join();
            Answer b = news.get(i).join();
            List<String> da = data(a);
            List<String> db = data(b);
            boolean same = a.state() == b.state() && Objects.equals(da, db)
                    || (questions.get(i)[1].equals("SOA") && a.answered() && b.answered());
            rows.add(new Row(questions.get(i)[0], questions.get(i)[1], a.state(), da, ttl(a), b.state(), db, ttl(b), same));
        }
        return rows;
    }

    private static List<String> data(Answer a) {
        return a.records().stream().map(Record::rdataToString).sorted().toList();
    }

    private static long ttl(Answer a) {
        return a.records().stream().mapToLong(Record::getTTL).min().orElse(0);
    }
}
