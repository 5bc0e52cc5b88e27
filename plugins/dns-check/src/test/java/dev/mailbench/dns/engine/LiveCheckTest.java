package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live checks over the network against an authoritative server on loopback serving the lab's zones
 * (our in-process server; the lab's NSD serves the same zones, see LabDnsIT).
 */
class LiveCheckTest {
    private static TestDnsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestDnsServer.withTestZones();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static DomainReport check(String domain, CheckProfile profile) {
        var settings = ResolverSettings.authoritative(server.address()).withTimeout(Duration.ofMillis(700));
        var dns = new CachingDnsSource(new LiveDnsSource(settings));
        return new DomainChecker(dns, profile, false).check(domain);
    }

    /** Codes at warning level or worse, and could-not-check: what "its findings" means for a broken zone. */
    static Set<FindingCode> problems(DomainReport report) {
        return report.findings().stream().filter(f -> f.severity().rank() >= DnsSeverity.WARNING.rank())
                .map(DnsFinding::code).collect(Collectors.toSet());
    }

    @Test
    void healthyXserverDomainHasNoWarningOrError() {
        DomainReport r = check("sample-shoji.test", TestZones.xserverTest());
        assertThat(problems(r)).as(r.findings().toString()).isEmpty();
        assertThat(r.codes()).contains(NS_OK, MX_OK, SPF_OK, DKIM_OK, DMARC_OK, DMARC_POLICY_NONE, SENDER_REQUIREMENTS);
        assertThat(r.spf().totalLookups()).isEqualTo(4);
        // No mailbox in the project: no invented report address; the finding says what a person must decide.
        assertThat(r.fixes()).isEmpty();
        assertThat(r.unfixed()).singleElement().satisfies(u -> {
            assertThat(u.finding().code()).isEqualTo(DMARC_NO_RUA);
            assertThat(u.decision().ja()).contains("人が決めること");
        });
        CheckProfile withMailbox = TestZones.xserverTest().withMailboxes(List.of(new dev.mailbench.api.model.Mailbox("m1",
                "info@sample-shoji.test", "", dev.mailbench.api.model.MailboxRole.REPRESENTATIVE, null, null, null, null, null)), "");
        assertThat(check("sample-shoji.test", withMailbox).fixes()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("dmarc");
            assertThat(f.after()).isEqualTo("v=DMARC1; p=none; rua=mailto:info@sample-shoji.test");
        });
    }

    @Test
    void eachBrokenZoneYieldsExactlyItsFindings() {
        CheckProfile p = TestZones.xserverTest();
        assertThat(problems(check("broken-spf.test", p))).containsExactly(SPF_SYNTAX);
        assertThat(problems(check("multiple-spf.test", p))).containsExactly(SPF_MULTIPLE);
        assertThat(problems(check("too-many-lookups.test", p))).containsExactly(SPF_TOO_MANY_LOOKUPS);
        assertThat(problems(check("old-host.test", p.withFormerHosts(List.of("oldhost.test")))))
                .containsExactlyInAnyOrder(MX_NOT_PROVIDER, MX_PTR_MISMATCH, SPF_PROVIDER_INCLUDE_MISSING, SPF_STALE_INCLUDE);
        assertThat(problems(check("weak-dkim.test", p))).containsExactly(DKIM_KEY_TOO_SHORT);
        assertThat(problems(check("bad-dmarc.test", p)))
                .containsExactlyInAnyOrder(DMARC_BAD_VALUE, DMARC_REPORT_NOT_AUTHORIZED);
        assertThat(check("bad-dmarc.test", p).codes()).contains(DMARC_OBSOLETE_TAG);
        assertThat(problems(check("cname-mx.test", p))).containsExactly(MX_TARGET_CNAME);
        assertThat(problems(check("long-txt.test", p))).containsExactly(SPF_ANSWER_TOO_BIG);
    }

    @Test
    void timeoutAndServfailAreCouldNotCheckNeverMissing() {
        for (String domain : List.of("timeout.test", "servfail.test")) {
            DomainReport r = check(domain, TestZones.xserverTest());
            assertThat(r.codes()).as(domain).contains(NS_UNCHECKED, MX_UNCHECKED, SPF_UNCHECKED, DKIM_UNCHECKED, DMARC_UNCHECKED)
                    .doesNotContain(MX_MISSING, SPF_MISSING, DKIM_MISSING, DMARC_MISSING, NS_MISSING);
            assertThat(r.worst()).isEqualTo(DnsSeverity.COULD_NOT_CHECK);
        }
    }

    @Test
    void refusedOutsideTheServersZonesIsCouldNotCheck() {
        DomainReport r = check("example.invalid", TestZones.xserverTest());
        assertThat(r.codes()).contains(MX_UNCHECKED, SPF_UNCHECKED).doesNotContain(SPF_MISSING);
        assertThat(r.records()).anyMatch(rec -> rec.state() == LookupState.REFUSED);
    }
}
