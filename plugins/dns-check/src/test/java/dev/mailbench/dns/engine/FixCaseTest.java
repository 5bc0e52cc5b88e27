package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 21, each on its own lab zone (testlab/dns/zones, checked offline): fixes that used to be
 * no-ops, kept loops, opened a locked domain, invented report addresses or kept a stale host.
 */
class FixCaseTest {
    private static LabZones lab;

    @BeforeAll
    static void zones() throws Exception {
        lab = LabZones.load(LabZones.labFolder());
    }

    private static CheckProfile provider() {
        return TestZones.xserverTest();
    }

    private static Mailbox mailbox(String address, MailboxRole role) {
        return new Mailbox(address, address, "", role, null, null, null, null, null);
    }

    private static Fix fix(DomainReport r, String id) {
        return r.fixes().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix " + id + " in " + r.fixes() + " / " + r.unfixed()));
    }

    private static Optional<NoSafeFix> unfixed(DomainReport r, FindingCode code) {
        return r.unfixed().stream().filter(u -> u.finding().code() == code).findFirst();
    }

    /** The SPF lookups of {@code domain} once {@code fix} is published in a copy of the lab. */
    private static DomainReport applied(String domain, CheckProfile profile, Fix... fixes) throws Exception {
        LabZones copy = lab.copy();
        for (Fix f : fixes) {
            copy.apply(f);
        }
        return copy.check(domain, profile);
    }

    @Test
    void tooManyLookupsDropsTheAandMxTheProviderAlreadyCovers() throws Exception {
        DomainReport r = lab.check("many-lookups.test", provider());
        assertThat(r.codes()).contains(SPF_TOO_MANY_LOOKUPS);
        Fix spf = fix(r, "spf");
        assertThat(spf.after()).isNotEqualTo(spf.before())
                .isEqualTo("v=spf1 include:spf.sender.xserver.test include:_spf.bulkmail.test ~all");
        assertThat(spf.clears()).extracting(DnsFinding::code).contains(SPF_TOO_MANY_LOOKUPS);
        assertThat(spf.recheck().status()).isEqualTo(Recheck.Status.PASSED);
        assertThat(spf.note().ja()).contains("既に許可しているアドレス");
        DomainReport after = applied("many-lookups.test", provider(), spf);
        assertThat(after.spf().totalLookups()).isEqualTo(8);
        assertThat(after.codes()).doesNotContain(SPF_TOO_MANY_LOOKUPS);
    }

    @Test
    void tooManyLookupsFlattensANamedThirdPartyIncludeWithAWarningToKeepItCurrent() throws Exception {
        DomainReport r = lab.check("flatten-lookups.test", provider());
        Fix spf = fix(r, "spf");
        assertThat(spf.after()).doesNotContain("include:_spf.bulkmail.test").doesNotContain("+a:sv1234")
                .contains("include:spf.sender.xserver.test", "ip4:203.0.113.0/28", "ip4:203.0.113.80/28", "include:crm._spf.bulkmail.test")
                .endsWith("~all");
        assertThat(spf.note().ja()).contains("展開").contains("更新し続けて");
        assertThat(spf.note().en()).contains("Flattened include:_spf.bulkmail.test").contains("keep the ranges up to date");
        assertThat(applied("flatten-lookups.test", provider(), spf).spf().totalLookups()).isLessThanOrEqualTo(10);
    }

    @Test
    void neverARecordStillOverTheLimit() {
        // Eleven includes whose records depend on the message (exists with a macro): nothing can be flattened.
        FakeDns dns = FindingCodeTest.healthy();
        StringBuilder record = new StringBuilder("v=spf1 include:spf.host.test");
        for (int i = 1; i <= 10; i++) {
            record.append(" include:s").append(i).append(".vendor.test");
            dns.add(FindingCodeTest.txt("s" + i + ".vendor.test", "v=spf1 exists:%{i}.s" + i + ".vendor.test ~all"));
        }
        dns.remove("x.test", "TXT").add(FindingCodeTest.txt("x.test", record + " ~all"));
        DomainReport r = new DomainChecker(dns, FindingCodeTest.profile(), false).check("x.test");
        assertThat(r.codes()).contains(SPF_TOO_MANY_LOOKUPS);
        assertThat(r.fixes()).noneMatch(f -> f.id().equals("spf"));
        assertThat(unfixed(r, SPF_TOO_MANY_LOOKUPS)).hasValueSatisfying(u -> {
            assertThat(u.decision().ja()).startsWith("自動で安全な修正はありません").contains("人が決めること");
            assertThat(u.decision().en()).contains("A person must decide");
        });
    }

    @Test
    void voidLookupsDropTheTermsWhoseTargetsDoNotExist() throws Exception {
        DomainReport r = lab.check("void-lookups.test", provider());
        Fix spf = fix(r, "spf");
        assertThat(spf.after()).isEqualTo("v=spf1 +mx a:mail.void-lookups.test include:spf.sender.xserver.test ~all");
        assertThat(spf.clears()).extracting(DnsFinding::code).contains(SPF_TOO_MANY_VOID);
        assertThat(applied("void-lookups.test", provider(), spf).codes()).doesNotContain(SPF_TOO_MANY_VOID);
    }

    @Test
    void includeLoopIsBrokenAtTheCustomersOwnName() throws Exception {
        DomainReport r = lab.check("include-loop.test", provider());
        assertThat(r.codes()).contains(SPF_LOOP);
        Fix loop = fix(r, "spf-_spf.include-loop.test");
        assertThat(loop.name()).isEqualTo("_spf.include-loop.test");
        assertThat(loop.after()).isEqualTo("v=spf1 include:spf.sender.xserver.test ~all");
        assertThat(loop.clears()).extracting(DnsFinding::code).containsExactly(SPF_LOOP);
        assertThat(r.fixes()).noneMatch(f -> f.after().contains("include:include-loop.test"));
        assertThat(applied("include-loop.test", provider(), loop).codes()).doesNotContain(SPF_LOOP);
    }

    @Test
    void redirectLoopIsBrokenAtTheCustomersOwnName() throws Exception {
        DomainReport r = lab.check("redirect-loop.test", provider());
        Fix loop = fix(r, "spf-_spf.redirect-loop.test");
        assertThat(loop.after()).isEqualTo("v=spf1 ip4:127.0.0.1 include:spf.sender.xserver.test ~all");
        assertThat(r.fixes()).noneMatch(f -> f.after().contains("redirect=redirect-loop.test"));
        assertThat(applied("redirect-loop.test", provider(), loop).codes()).doesNotContain(SPF_LOOP);
    }

    @Test
    void aLoopClosingInSomeoneElsesRecordIsForAPersonToDecide() {
        FakeDns dns = FindingCodeTest.healthy().remove("x.test", "TXT")
                .add(FindingCodeTest.txt("x.test", "v=spf1 include:spf.vendor.test include:spf.host.test ~all"))
                .add(FindingCodeTest.txt("spf.vendor.test", "v=spf1 include:x.test ~all"));
        DomainReport r = new DomainChecker(dns, FindingCodeTest.profile(), false).check("x.test");
        assertThat(r.fixes()).noneMatch(f -> f.name().equals("spf.vendor.test") || f.id().equals("spf"));
        assertThat(unfixed(r, SPF_LOOP)).hasValueSatisfying(u -> assertThat(u.decision().en()).contains("spf.vendor.test")
                .contains("not one of the customer's names"));
    }

    @Test
    void aDomainThatSendsNoMailStaysLocked() {
        CheckProfile profile = provider().withMailboxes(List.of(mailbox("info@sample-shoji.test", MailboxRole.REPRESENTATIVE)), "");
        DomainReport r = lab.check("locked.test", profile);
        // null MX and v=spf1 -all: it neither receives nor sends, so nothing asks for the provider's include (issue 16)
        assertThat(r.codes()).contains(MX_NULL).doesNotContain(SPF_PROVIDER_INCLUDE_MISSING);
        assertThat(r.fixes()).noneMatch(f -> f.name().equals("locked.test"));
        assertThat(unfixed(r, SPF_PROVIDER_INCLUDE_MISSING)).isEmpty();
        Fix dmarc = fix(r, "dmarc");
        assertThat(dmarc.after()).startsWith("v=DMARC1; p=reject; sp=reject").contains("rua=mailto:info@sample-shoji.test");
    }

    @Test
    void aMissingSenderIsAddedKeepingTheQualifier() {
        DomainReport r = FindingCodeTest.spf("v=spf1 +mx -all");
        assertThat(fix(r, "spf").after()).isEqualTo("v=spf1 +mx include:spf.host.test -all");
        assertThat(fix(FindingCodeTest.spf("v=spf1 +mx ?all"), "spf").after()).isEqualTo("v=spf1 +mx include:spf.host.test ~all");
    }

    @Test
    void reportAddressesComeFromTheProjectNeverInvented() throws Exception {
        // No mailbox at all: a starter record without rua that says why.
        DomainReport none = lab.check("no-mx.test", provider());
        Fix starter = fix(none, "dmarc");
        assertThat(starter.after()).isEqualTo("v=DMARC1; p=none");
        assertThat(starter.note().en()).contains("No rua").contains("the project has no mailboxes");
        // A mailbox on the domain itself, but the domain has no MX: it could never receive the reports.
        DomainReport noMx = lab.check("no-mx.test", provider().withMailboxes(List.of(mailbox("info@no-mx.test", MailboxRole.REPRESENTATIVE)), ""));
        assertThat(fix(noMx, "dmarc").after()).isEqualTo("v=DMARC1; p=none");
        assertThat(fix(noMx, "dmarc").note().ja()).contains("メールを受信できません");
        // A shared mailbox on another project domain: used, with the authorisation record it needs.
        DomainReport other = lab.check("no-mx.test", provider().withMailboxes(List.of(mailbox("taro@sample-shoji.test", MailboxRole.PERSONAL),
                mailbox("info@sample-shoji.test", MailboxRole.REPRESENTATIVE), mailbox("contact@sample-shoji.test", MailboxRole.FORM)), ""));
        Fix withRua = fix(other, "dmarc");
        assertThat(withRua.after()).isEqualTo("v=DMARC1; p=none; rua=mailto:info@sample-shoji.test");
        assertThat(withRua.requires()).containsExactly("dmarc-report-auth-sample-shoji.test");
        assertThat(withRua.note().ja()).contains("no-mx.test._report._dmarc.sample-shoji.test").contains("v=DMARC1");
        Fix auth = fix(other, "dmarc-report-auth-sample-shoji.test");
        assertThat(auth.name()).isEqualTo("no-mx.test._report._dmarc.sample-shoji.test");
        assertThat(auth.after()).isEqualTo("v=DMARC1");
        DomainReport published = applied("no-mx.test", provider(), withRua, auth);
        assertThat(published.codes()).contains(DMARC_OK).doesNotContain(DMARC_REPORT_NOT_AUTHORIZED, DMARC_MISSING);
        // Without the authorisation record the DMARC fix alone would add a warning: that is why it requires it.
        assertThat(applied("no-mx.test", provider(), withRua).codes()).contains(DMARC_REPORT_NOT_AUTHORIZED);
        for (DomainReport r : List.of(none, noMx, other)) {
            assertThat(r.fixes()).noneMatch(f -> f.after().contains("dmarc-reports@"));
        }
    }

    @Test
    void aReportAddressMissingWithNoMailboxSaysWhatAPersonMustDecide() {
        DomainReport r = lab.check("weak-dkim.test", provider());
        assertThat(r.fixes()).noneMatch(f -> f.id().equals("dmarc"));
        assertThat(unfixed(r, DMARC_NO_RUA)).hasValueSatisfying(u -> assertThat(u.decision().ja())
                .contains("メールボックスが登録されていません").contains("_report._dmarc"));
    }

    @Test
    void theConsultantsChosenReportAddressComesFirst() {
        DomainReport r = lab.check("weak-dkim.test", provider().withMailboxes(List.of(mailbox("info@weak-dkim.test", MailboxRole.REPRESENTATIVE)),
                "reports@weak-dkim.test"));
        assertThat(fix(r, "dmarc").after()).isEqualTo("v=DMARC1; p=none; rua=mailto:reports@weak-dkim.test");
    }

    @Test
    void anExternalReportAddressGetsItsAuthorisationRecordAndAPolicyIsNeverLowered() {
        DomainReport r = lab.check("bad-dmarc.test", provider());
        Fix dmarc = fix(r, "dmarc");
        assertThat(dmarc.after()).isEqualTo("v=DMARC1; p=quarantine; rua=mailto:reports@dmarc-vendor.test");
        Fix auth = fix(r, "dmarc-report-auth-dmarc-vendor.test");
        assertThat(auth.clears()).extracting(DnsFinding::code).containsExactly(DMARC_REPORT_NOT_AUTHORIZED);
        assertThat(auth.note().ja()).contains("dmarc-vendor.test の管理者");
    }

    @Test
    void aMergeDropsTheHostTheCustomerHasLeftOrAsks() throws Exception {
        String leftOut = "v=spf1 +a:sv1234.xserver.test +mx include:spf.sender.xserver.test ~all";
        // Known from the check (--former, the plugin section)
        Fix known = fix(lab.check("stale-merge.test", provider().withFormerHosts(List.of("old-provider.test"))), "spf");
        assertThat(known.after()).isEqualTo(leftOut);
        assertThat(known.note().en()).contains("include:spf.old-provider.test").contains("hosts the customer has left");
        // Known from the project: the migration plan's old host
        Project project = Project.empty().withDomains(List.of(new Domain("d", "stale-merge.test", "", "", "", "")))
                .withPlugins(Map.of("migration", Map.of("oldHost", Map.of("label", "旧プロバイダ", "imapHost", "mx.old-provider.test",
                        "imapPort", 993, "smtpHost", "mx.old-provider.test", "smtpPort", 587, "dnsServers", ""))));
        CheckProfile fromProject = CheckProfile.forProject(null, project).withMailHost("sv1234.xserver.test", "spf.sender.xserver.test");
        assertThat(fix(lab.check("stale-merge.test", fromProject), "spf").after()).isEqualTo(leftOut);
        // Unknown: the merge keeps it and asks
        Fix unknown = fix(lab.check("stale-merge.test", provider()), "spf");
        assertThat(unknown.after()).isEqualTo("v=spf1 +a:sv1234.xserver.test +mx include:spf.sender.xserver.test "
                + "include:spf.old-provider.test ~all");
        assertThat(unknown.note().ja()).contains("include:spf.old-provider.test").contains("もう使っていないなら");
    }

    @Test
    void theOldHostOfTheMigrationPlanNeverCoversTheProviderOrTheCustomer() {
        CheckProfile xserver = CheckProfile.generic().withMailHost("sv1234.xserver.jp", "spf.sender.xserver.jp");
        List<String> domains = List.of("customer.jp");
        assertThat(xserver.formerFromOldHost("mx.old-provider.jp", domains)).contains("old-provider.jp");
        assertThat(xserver.formerFromOldHost("sv999.xserver.jp", domains)).contains("sv999.xserver.jp");
        assertThat(xserver.formerFromOldHost("mail.customer.jp", domains)).isEmpty();
        assertThat(xserver.formerFromOldHost("", domains)).isEmpty();
    }
}
