package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 16 section 2 against the lab's NSD and its MTA-STS policy host (testlab/start.sh): each
 * zone made for a rule yields that rule's finding, live, with the policy fetched over HTTPS and the lab CA.
 */
@RequiresTestLab(LabService.DNS)
class LabDnsRulesTest {
    private static final CheckProfile PROFILE = TestZones.xserverTest();

    private static DomainReport live(TestLab lab, String domain, CheckProfile profile) throws Exception {
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        MtaStsFetcher policies = new HttpsPolicyFetcher(lab.caCertificate(), lab.port("LAB_MTA_STS_PORT"), Duration.ofSeconds(3));
        return CheckRunner.run(new CheckRunner.Request(List.of(domain), resolver, Map.of(), false, profile, 1).withPolicies(policies),
                (a, b, c) -> { }).get(0);
    }

    private static DomainReport live(TestLab lab, String domain) throws Exception {
        return live(lab, domain, PROFILE);
    }

    private static Set<FindingCode> problems(DomainReport r) {
        return r.findings().stream().filter(f -> f.severity().rank() >= DnsSeverity.WARNING.rank()).map(DnsFinding::code)
                .collect(Collectors.toSet());
    }

    private static DnsFinding finding(DomainReport r, FindingCode code) {
        return r.findings().stream().filter(f -> f.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.findings()));
    }

    @Test
    void nullMxBesideAnotherMxIsAnErrorAndTheRootNameIsNeverLookedUp(TestLab lab) throws Exception {
        DomainReport r = live(lab, "null-mx-mixed.test");
        assertThat(problems(r)).containsExactlyInAnyOrder(MX_NULL_MIXED, DKIM_MISSING);
        assertThat(r.codes()).doesNotContain(MX_UNCHECKED, MX_NULL, MX_OK);
        assertThat(r.findings()).noneMatch(f -> f.subject().equals(".") || f.subject().isEmpty());
    }

    @Test
    void aDomainThatNeitherReceivesNorSendsIsNotToldToAddTheProviderInclude(TestLab lab) throws Exception {
        DomainReport r = live(lab, "locked.test");
        assertThat(r.codes()).contains(MX_NULL).doesNotContain(SPF_PROVIDER_INCLUDE_MISSING);
        assertThat(r.fixes()).noneMatch(f -> f.name().equals("locked.test"));
    }

    @Test
    void dmarcNotStartingWithTheVersionIsASyntaxErrorWithACorrectedRecord(TestLab lab) throws Exception {
        DomainReport r = live(lab, "dmarc-order.test");
        assertThat(r.codes()).contains(DMARC_SYNTAX).doesNotContain(DMARC_MISSING, DMARC_OK);
        assertThat(finding(r, DMARC_SYNTAX).detail().en()).contains("first tag is p=quarantine, not v=DMARC1").contains("discard");
        Fix fix = r.fixes().stream().filter(f -> f.name().equals("_dmarc.dmarc-order.test")).findFirst().orElseThrow();
        assertThat(fix.before()).isEqualTo("p=quarantine; v=DMARC1; rua=mailto:dmarc@dmarc-order.test");
        assertThat(fix.after()).isEqualTo("v=DMARC1; p=quarantine; rua=mailto:dmarc@dmarc-order.test");
        assertThat(fix.clears()).extracting(DnsFinding::code).contains(DMARC_SYNTAX);
        // the lab's older case of the same mistake now says the same
        DomainReport older = live(lab, "noversion.bad-dmarc.test");
        assertThat(older.codes()).contains(DMARC_SYNTAX).doesNotContain(DMARC_MISSING);
    }

    @Test
    void spfOnlyAsTypeNinetyNineIsReportedObsolete(TestLab lab) throws Exception {
        DomainReport r = live(lab, "spf-type99.test");
        assertThat(r.codes()).contains(SPF_TYPE99_ONLY, SPF_MISSING);
        assertThat(finding(r, SPF_TYPE99_ONLY).records()).containsExactly("v=spf1 +a:sv1234.xserver.test +mx include:spf.sender.xserver.test ~all");
        // the fix publishes the same value as TXT, so the senders listed there are kept
        Fix fix = r.fixes().stream().filter(f -> f.id().equals("spf")).findFirst().orElseThrow();
        assertThat(fix.after()).isEqualTo("v=spf1 +a:sv1234.xserver.test +mx include:spf.sender.xserver.test ~all");
        assertThat(fix.clears()).extracting(DnsFinding::code).contains(SPF_MISSING, SPF_TYPE99_ONLY);
        assertThat(fix.note().en()).contains("remove the type 99 record");
        // a domain with TXT SPF is not asked for type 99 at all, so nothing changes for it
        assertThat(live(lab, TestLab.ZONE_HEALTHY).codes()).doesNotContain(SPF_TYPE99_ONLY);
    }

    @Test
    void oneNameServerOrOneNetworkIsInformationNotAWarning(TestLab lab) throws Exception {
        DomainReport single = live(lab, "single-ns.test");
        assertThat(finding(single, NS_SINGLE).severity()).isEqualTo(DnsSeverity.INFO);
        assertThat(single.codes()).contains(NS_OK);
        DomainReport healthy = live(lab, TestLab.ZONE_HEALTHY);
        assertThat(finding(healthy, NS_ONE_NETWORK).severity()).isEqualTo(DnsSeverity.INFO);
        assertThat(finding(healthy, NS_ONE_NETWORK).detail().en()).isEqualTo("127.0.0.0/24");
        assertThat(problems(healthy)).isEmpty();
    }

    @Test
    void longTtlIsAdviceWithTheLeadTimeOnlyWhenAMoveIsPlanned(TestLab lab) throws Exception {
        assertThat(live(lab, "long-ttl.test").codes()).doesNotContain(MIGRATION_TTL_LONG);
        CheckProfile planned = PROFILE.withMigration(new CheckProfile.Migration(true, LocalDateTime.parse("2026-12-12T19:00")));
        DomainReport r = live(lab, "long-ttl.test", planned);
        List<DnsFinding> advice = r.findings().stream().filter(f -> f.code() == MIGRATION_TTL_LONG).toList();
        // one finding for both record sets: they share the TTL, so the advice and its deadline are the same
        assertThat(advice).extracting(DnsFinding::subject).containsExactly("long-ttl.test MX, long-ttl.test A");
        assertThat(advice).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(DnsSeverity.INFO);
            // the planner's rule: twice the TTL of one day = 48 hours before the switch
            assertThat(f.detail().en()).contains("TTL 86400 s").contains("48 hours").contains("by 2026-12-10 19:00");
            assertThat(f.detail().ja()).contains("48 時間前");
        });
        // an hour is still longer than the cutover allows (900 s): the planner's 24 hours lead at least
        assertThat(finding(live(lab, TestLab.ZONE_HEALTHY, planned), MIGRATION_TTL_LONG).detail().en()).contains("TTL 3600 s")
                .contains("24 hours").contains("by 2026-12-11 19:00");
    }

    @Test
    void mtaStsPolicyIsFetchedOverVerifiedHttpsAndChecked(TestLab lab) throws Exception {
        DomainReport good = live(lab, "mta-sts-good.test");
        assertThat(good.codes()).contains(MTA_STS_OK, MTA_STS_POLICY_OK)
                .doesNotContain(MTA_STS_POLICY_FETCH_FAILED, MTA_STS_MX_NOT_COVERED, MTA_STS_NOT_ENFORCED, MTA_STS_POLICY_UNCHECKED);
        assertThat(finding(good, MTA_STS_POLICY_OK).records()).contains("mode: enforce", "max_age: 604800");

        DomainReport testing = live(lab, "mta-sts-testing.test");
        assertThat(testing.codes()).contains(MTA_STS_NOT_ENFORCED, MTA_STS_MAX_AGE_SHORT, MTA_STS_POLICY_OK);

        DomainReport uncovered = live(lab, "mta-sts-uncovered.test");
        assertThat(problems(uncovered)).contains(MTA_STS_MX_NOT_COVERED);
        assertThat(finding(uncovered, MTA_STS_MX_NOT_COVERED).subject()).isEqualTo("mta-sts-uncovered.test");

        DomainReport invalid = live(lab, "mta-sts-invalid.test");
        assertThat(finding(invalid, MTA_STS_POLICY_INVALID).detail().en()).contains("enforced").contains("max_age");

        DomainReport noHost = live(lab, "mta-sts-nohost.test");
        assertThat(problems(noHost)).contains(MTA_STS_HOST_MISSING).doesNotContain(MTA_STS_POLICY_FETCH_FAILED);
    }

    @Test
    void aPolicyHostWithoutAValidCertificateOrPolicyIsNamed(TestLab lab) throws Exception {
        DnsFinding untrusted = finding(live(lab, "mta-sts-untrusted.test"), MTA_STS_POLICY_FETCH_FAILED);
        assertThat(untrusted.detail().en()).contains("not issued by a trusted CA");
        assertThat(untrusted.detail().ja()).contains("信頼された認証局");
        DnsFinding wrongName = finding(live(lab, "mta-sts-wrongname.test"), MTA_STS_POLICY_FETCH_FAILED);
        assertThat(wrongName.detail().en()).contains("not mta-sts.mta-sts-wrongname.test").contains("mta-sts.mta-sts-good.test");
        DnsFinding missing = finding(live(lab, "mta-sts-missing.test"), MTA_STS_POLICY_FETCH_FAILED);
        assertThat(missing.detail().en()).contains("HTTP 404");
    }

    @Test
    void certificateProblemsStayWithTheirDomainWhenDomainsAreCheckedTogether(TestLab lab) throws Exception {
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        MtaStsFetcher shared = new HttpsPolicyFetcher(lab.caCertificate(), lab.port("LAB_MTA_STS_PORT"), Duration.ofSeconds(3));
        List<String> domains = List.of("mta-sts-wrongname.test", "mta-sts-untrusted.test", "mta-sts-good.test", "mta-sts-testing.test",
                "mta-sts-uncovered.test", "mta-sts-missing.test");
        for (int round = 0; round < 3; round++) {
            List<DomainReport> reports = CheckRunner.run(new CheckRunner.Request(domains, resolver, Map.of(), false, PROFILE, 6)
                    .withPolicies(shared), (a, b, c) -> { });
            assertThat(finding(reports.get(0), MTA_STS_POLICY_FETCH_FAILED).detail().en()).contains("not mta-sts.mta-sts-wrongname.test");
            assertThat(finding(reports.get(1), MTA_STS_POLICY_FETCH_FAILED).detail().en()).contains("not issued by a trusted CA");
            assertThat(reports.subList(2, 4)).allSatisfy(r -> assertThat(r.codes()).contains(MTA_STS_POLICY_OK));
        }
    }

    @Test
    void aSilentPolicyHostIsCouldNotCheckAndNotAMissingPolicy(TestLab lab) throws Exception {
        var resolver = ResolverSettings.authoritative(lab.dnsServer()).withTimeout(Duration.ofMillis(800));
        MtaStsFetcher silent = new HttpsPolicyFetcher(lab.caCertificate(), lab.blackholePort(), Duration.ofMillis(500));
        DomainReport r = CheckRunner.run(new CheckRunner.Request(List.of("mta-sts-good.test"), resolver, Map.of(), false, PROFILE, 1)
                .withPolicies(silent), (a, b, c) -> { }).get(0);
        assertThat(r.codes()).contains(MTA_STS_POLICY_UNCHECKED).doesNotContain(MTA_STS_POLICY_FETCH_FAILED, MTA_STS_POLICY_OK);
        assertThat(finding(r, MTA_STS_POLICY_UNCHECKED).detail().en()).contains("timed out");
    }

    @Test
    void theOfflineCheckOfAZoneFileSaysThePolicyWasNotFetched(TestLab lab) throws Exception {
        var zone = lab.zoneFile("mta-sts-good.test");
        DomainReport r = CheckRunner.run(new CheckRunner.Request(List.of("mta-sts-good.test"), ResolverSettings.system(),
                Map.of("mta-sts-good.test", zone), true, PROFILE, 1), (a, b, c) -> { }).get(0);
        assertThat(r.codes()).contains(MTA_STS_POLICY_NOT_FETCHED).doesNotContain(MTA_STS_POLICY_OK, MTA_STS_HOST_MISSING);
    }
}
