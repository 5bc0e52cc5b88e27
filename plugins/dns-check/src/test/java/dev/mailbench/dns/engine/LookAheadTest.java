package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The follow-up questions of a check go out as soon as the answer naming them arrives, each once, and
 * nothing is asked ahead of an answer the check already holds.
 */
class LookAheadTest {
    /** Answers only when the test says so, and remembers what was asked. */
    private static final class PendingDns implements DnsSource {
        final Map<String, CompletableFuture<Answer>> asked = new ConcurrentHashMap<>();

        @Override
        public CompletableFuture<Answer> query(Name name, int type) {
            return asked.computeIfAbsent(key(name, type), k -> new CompletableFuture<>());
        }

        void answer(String name, int type, Record... records) {
            Name n = Name.fromConstantString(name);
            query(n, type).complete(new Answer(n, type, records.length == 0 ? LookupState.NXDOMAIN : LookupState.ANSWERED,
                    List.of(records), List.of(), 0));
        }

        boolean wasAsked(String name, int type) {
            return asked.containsKey(key(Name.fromConstantString(name), type));
        }

        private static String key(Name name, int type) {
            return name.toString().toLowerCase(java.util.Locale.ROOT) + " " + Type.string(type);
        }

        @Override
        public String describe() {
            return "pending";
        }
    }

    private final PendingDns dns = new PendingDns();
    private final LookAhead ahead = new LookAhead(dns);

    @Test
    void anMxAnswerBringsItsHostsAddressesThenTheirReverseNamesThenTheForwardCheck() throws Exception {
        Name mail = Name.fromConstantString("mail.example.test.");
        CompletableFuture<Answer> mx = dns.query(Name.fromConstantString("example.test."), Type.MX);
        ahead.mailExchangers(mx);
        assertThat(dns.wasAsked("mail.example.test.", Type.A)).as("nothing before the MX answer").isFalse();

        dns.answer("example.test.", Type.MX, new MXRecord(Name.fromConstantString("example.test."), DClass.IN, 300, 10, mail));
        awaitAsked("mail.example.test.", Type.A);
        awaitAsked("mail.example.test.", Type.AAAA);

        InetAddress ip = InetAddress.getByName("192.0.2.25");
        dns.answer("mail.example.test.", Type.A, new ARecord(mail, DClass.IN, 300, ip));
        String reverse = ReverseMap.fromAddress(ip).toString();
        awaitAsked(reverse, Type.PTR);
        dns.answer(reverse, Type.PTR, new PTRRecord(ReverseMap.fromAddress(ip), DClass.IN, 300,
                Name.fromConstantString("sv1.provider.test.")));
        awaitAsked("sv1.provider.test.", Type.A);

        InetAddress six = InetAddress.getByName("2001:db8::25");
        dns.answer("mail.example.test.", Type.AAAA, new AAAARecord(mail, DClass.IN, 300, six));
        String reverseSix = ReverseMap.fromAddress(six).toString();
        awaitAsked(reverseSix, Type.PTR);
        dns.answer(reverseSix, Type.PTR, new PTRRecord(ReverseMap.fromAddress(six), DClass.IN, 300,
                Name.fromConstantString("sv1.provider.test.")));
        awaitAsked("sv1.provider.test.", Type.AAAA);
    }

    @Test
    void anSpfRecordBringsItsIncludesAndTheirIncludesInTurn() throws Exception {
        CompletableFuture<Answer> txt = dns.query(Name.fromConstantString("example.test."), Type.TXT);
        ahead.spf("example.test", txt);
        dns.answer("example.test.", Type.TXT, txt("example.test.", "v=spf1 include:spf.provider.test a:out.example.test ~all"));
        awaitAsked("spf.provider.test.", Type.TXT);
        awaitAsked("out.example.test.", Type.A);
        dns.answer("spf.provider.test.", Type.TXT, txt("spf.provider.test.", "v=spf1 include:_nets.provider.test -all"));
        awaitAsked("_nets.provider.test.", Type.TXT);
    }

    @Test
    void dmarcNameServersAndMtaStsBringWhatTheirChecksWillRead() throws Exception {
        CompletableFuture<Answer> dmarc = dns.query(Name.fromConstantString("_dmarc.example.test."), Type.TXT);
        CompletableFuture<Answer> ns = dns.query(Name.fromConstantString("example.test."), Type.NS);
        CompletableFuture<Answer> sts = dns.query(Name.fromConstantString("_mta-sts.example.test."), Type.TXT);
        ahead.dmarcReports("example.test", dmarc);
        ahead.nameServers(ns);
        ahead.mtaStsHost("example.test", sts);

        dns.answer("_dmarc.example.test.", Type.TXT, txt("_dmarc.example.test.",
                "v=DMARC1; p=none; rua=mailto:dmarc@example.test,mailto:x@reports.test"));
        dns.answer("example.test.", Type.NS, new NSRecord(Name.fromConstantString("example.test."), DClass.IN, 300,
                Name.fromConstantString("ns1.provider.test.")));
        dns.answer("_mta-sts.example.test.", Type.TXT, txt("_mta-sts.example.test.", "v=STSv1; id=2026"));

        awaitAsked("example.test._report._dmarc.reports.test.", Type.TXT);
        awaitAsked("ns1.provider.test.", Type.A);
        awaitAsked("mta-sts.example.test.", Type.A);
        awaitAsked("mta-sts.example.test.", Type.AAAA);
        assertThat(dns.asked).as("the domain's own report address needs no authorisation")
                .doesNotContainKey("example.test._report._dmarc.example.test. TXT");
    }

    @Test
    void noMtaStsHostIsAskedWithoutADiscoveryRecord() throws Exception {
        CompletableFuture<Answer> sts = dns.query(Name.fromConstantString("_mta-sts.example.test."), Type.TXT);
        CompletableFuture<Answer> mx = dns.query(Name.fromConstantString("example.test."), Type.MX);
        ahead.mtaStsHost("example.test", sts);
        ahead.mailExchangers(mx);
        dns.answer("_mta-sts.example.test.", Type.TXT);
        dns.answer("example.test.", Type.MX, new MXRecord(Name.fromConstantString("example.test."), DClass.IN, 300, 0, Name.root));
        // the look-ahead runs on one thread in order: a question asked after these answers were handled marks the point
        CompletableFuture<Answer> marker = dns.query(Name.fromConstantString("marker.test."), Type.TXT);
        ahead.spf("marker.test", marker);
        dns.answer("marker.test.", Type.TXT, txt("marker.test.", "v=spf1 include:done.test -all"));
        awaitAsked("done.test.", Type.TXT);
        assertThat(dns.asked.keySet()).noneMatch(k -> k.startsWith("mta-sts.")).noneMatch(k -> k.startsWith(". "));
    }

    @Test
    void anAnswerAlreadyHeldIsNotLookedAheadOf() throws Exception {
        dns.answer("example.test.", Type.MX, new MXRecord(Name.fromConstantString("example.test."), DClass.IN, 300, 10,
                Name.fromConstantString("mail.example.test.")));
        ahead.mailExchangers(dns.query(Name.fromConstantString("example.test."), Type.MX));
        CompletableFuture<Answer> marker = dns.query(Name.fromConstantString("marker.test."), Type.TXT);
        ahead.spf("marker.test", marker);
        dns.answer("marker.test.", Type.TXT, txt("marker.test.", "v=spf1 include:done.test -all"));
        awaitAsked("done.test.", Type.TXT);
        assertThat(dns.wasAsked("mail.example.test.", Type.A)).as("the check asks it itself, at once").isFalse();
    }

    private static TXTRecord txt(String name, String text) {
        return new TXTRecord(Name.fromConstantString(name), DClass.IN, 300, text);
    }

    private void awaitAsked(String name, int type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!dns.wasAsked(name, type) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(dns.wasAsked(name, type)).as("%s %s asked ahead; asked: %s", name, Type.string(type), dns.asked.keySet())
                .isTrue();
    }
}
