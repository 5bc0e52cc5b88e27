package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.LintCode;
import dev.mailbench.setup.engine.LintFinding;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.Symptom;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live test with what the consultant knows: the lint's user-name rules before the login, and the symptom. */
@RequiresTestLab({LabService.IMAP, LabService.SMTP, LabService.CLIENT_FAULT_ENDPOINTS})
class LiveTestContextTest {

    private static LiveTestReport run(TestLab lab, String user, String password, List<ProbeTarget> targets, boolean roundTrip,
                                      LiveTester.Context context) throws Exception {
        LiveTester.Request r = new LiveTester.Request(lab.serverHost(), user, password.toCharArray(), targets, lab.caCertificate(),
                java.util.Set.of(), lab.serverHost(), Duration.ofSeconds(2), Duration.ofSeconds(3), roundTrip, Duration.ofSeconds(30), context);
        return new LiveTester().run(r, (d, t, m) -> { });
    }

    private static LiveTester.Context context(ClientKind client, Symptom symptom) {
        return new LiveTester.Context(null, "", List.of("sample-shoji.test"), client, symptom);
    }

    private static ProbeTarget imaps(TestLab lab) {
        return new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.SSL_TLS);
    }

    @Test
    void aFullWidthAtIsNamedAsTheLintNamesItNotAsAMissingDomain(TestLab lab) throws Exception {
        String user = lab.info().localPart() + "＠sample-shoji.test";
        LiveTestReport report = run(lab, user, lab.info().password(), List.of(imaps(lab)), false, context(null, null));
        Diagnosis d = report.probes().get(0).diagnosis();
        assertThat(d.code()).isEqualTo(Code.AUTH_FAILED_USER_NAME);
        assertThat(d.cause().ja()).contains("全角").doesNotContain("@ 以降がありません");
        assertThat(d.fix().ja()).contains("info@sample-shoji.test").doesNotContain("＠sample-shoji.test@");
        assertThat(report.notes()).extracting(LintFinding::code).containsExactly(LintCode.FULL_WIDTH);
    }

    @Test
    void aTypoInTheDomainIsNotBlamedOnThePassword(TestLab lab) throws Exception {
        LiveTestReport report = run(lab, "info@sample-shoj.test", lab.info().password(), List.of(imaps(lab)), false, context(null, null));
        Diagnosis d = report.probes().get(0).diagnosis();
        assertThat(d.code()).isEqualTo(Code.AUTH_FAILED_USER_NAME);
        assertThat(d.cause().ja()).contains("綴り違い", "sample-shoji.test");
        assertThat(d.fix().ja()).contains("info@sample-shoji.test", "パスワードは変えない").doesNotContain("再設定");
        // without the customer's domain nothing says it is a typo: the password stays a suspect
        LiveTestReport bare = run(lab, "info@sample-shoj.test", lab.info().password(), List.of(imaps(lab)), false, LiveTester.Context.NONE);
        assertThat(bare.probes().get(0).diagnosis().code()).isEqualTo(Code.AUTH_FAILED);
    }

    @Test
    void sendingFailsInNewOutlookNamesMicrosoftsCloudAndTheOverseasRestriction(TestLab lab) throws Exception {
        List<ProbeTarget> targets = List.of(new ProbeTarget(Service.SMTP, lab.authRequiredPort(), Encryption.STARTTLS));
        LiveTestReport report = run(lab, lab.info().address(), lab.info().password(), targets, false,
                context(ClientKind.NEW_OUTLOOK, Symptom.SEND_FAILS));
        assertThat(report.probes().get(0).diagnosis().code()).as(report.probes().get(0).steps().toString()).isEqualTo(Code.OK);
        assertThat(report.notes()).extracting(LintFinding::code)
                .containsExactly(LintCode.NEW_OUTLOOK_OVERSEAS_SMTP, LintCode.SMTP_AUTH_REQUIRED_BY_SERVER);
        assertThat(report.notes().get(0).explanation().ja()).contains("Microsoft のクラウド", "国外アクセス制限", "ログインに成功");
        assertThat(report.notes().get(1).explanation().ja()).contains("530");
        assertThat(report.allOk()).isTrue();
    }

    @Test
    void postfixSubmissionRefusesAMessageWithoutAuthToo(TestLab lab) throws Exception {
        List<ProbeTarget> targets = List.of(new ProbeTarget(Service.SMTP, lab.submissionPort(), Encryption.STARTTLS));
        LiveTestReport report = run(lab, lab.info().address(), lab.info().password(), targets, false,
                context(ClientKind.OUTLOOK_CLASSIC, Symptom.SEND_FAILS));
        assertThat(report.notes()).extracting(LintFinding::code)
                .containsExactly(LintCode.SEND_FAILS_OUTLOOK_SETTINGS, LintCode.SMTP_AUTH_REQUIRED_BY_SERVER);
    }

    @Test
    void withoutImapThereIsNoRoundTripToFail(TestLab lab) throws Exception {
        List<ProbeTarget> targets = List.of(new ProbeTarget(Service.SMTP, lab.submissionsPort(), Encryption.SSL_TLS));
        LiveTestReport report = run(lab, lab.taro().address(), lab.taro().password(), targets, true, LiveTester.Context.NONE);
        assertThat(report.roundTrip()).isNull();
        assertThat(report.allOk()).isTrue();
    }
}
