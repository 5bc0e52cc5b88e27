package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live test against the lab's real Dovecot and Postfix. */
@RequiresTestLab({LabService.IMAP, LabService.POP3, LabService.SMTP})
class LiveTesterLabTest {

    private static LiveTestReport run(LiveTester.Request r) throws Exception {
        return new LiveTester().run(r, (d, t, m) -> { });
    }

    @Test
    void everyProtocolAndPortSucceedsWithTheRightSettingsAndTheRoundTripFindsTheMessage(TestLab lab) throws Exception {
        LiveTestReport report = run(LabRequests.request(lab, lab.serverHost(), lab.taro().address(), lab.taro().password(),
                LabRequests.standard(lab), true));
        assertThat(report.probes()).hasSize(6);
        for (ProbeResult p : report.probes()) {
            assertThat(p.diagnosis().code()).as(p.target().label() + " " + p.steps()).isEqualTo(Code.OK);
            assertThat(p.step(Step.TLS).orElseThrow().status()).isEqualTo(StepResult.Status.OK);
            assertThat(p.step(Step.LOGIN).orElseThrow().status()).isEqualTo(StepResult.Status.OK);
        }
        RoundTripResult rt = report.roundTrip();
        assertThat(rt.found()).as(rt.diagnosis().cause().en()).isTrue();
        assertThat(rt.via().port()).isEqualTo(lab.submissionsPort());
        assertThat(rt.searchedWith().port()).isEqualTo(lab.imapsPort());
        assertThat(rt.foundMillis()).isGreaterThanOrEqualTo(0);
        assertThat(report.allOk()).isTrue();
    }

    private static ProbeResult single(TestLab lab, String host, String user, String pw, ProbeTarget t) throws Exception {
        return run(LabRequests.request(lab, host, user, pw, List.of(t), false)).probes().get(0);
    }

    @Test
    void customerDomainAsServerIsACertificateNameMismatch(TestLab lab) throws Exception {
        for (ProbeTarget t : List.of(new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.SSL_TLS),
                new ProbeTarget(Service.SMTP, lab.submissionPort(), Encryption.STARTTLS))) {
            ProbeResult p = single(lab, lab.customerMailHost(), lab.info().address(), lab.info().password(), t);
            assertThat(p.diagnosis().code()).isEqualTo(Code.CERT_NAME_MISMATCH);
            assertThat(p.diagnosis().cause().ja()).contains("sv1234.xserver.test").contains("mail.sample-shoji.test");
            assertThat(p.diagnosis().fix().ja()).contains("sv1234.xserver.test");
        }
    }

    @Test
    void refusedPortIsExplained(TestLab lab) throws Exception {
        ProbeResult p = single(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.SMTP, lab.refusedPort(), Encryption.SSL_TLS));
        assertThat(p.diagnosis().code()).isEqualTo(Code.PORT_REFUSED);
        ProbeResult relay = single(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.SMTP, lab.refusedPort(), Encryption.NONE, true));
        assertThat(relay.diagnosis().code()).isEqualTo(Code.PORT_25_BLOCKED);
        assertThat(relay.diagnosis().cause().ja()).contains("OP25B");
        ProbeResult open25 = single(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.SMTP, lab.smtpPort(), Encryption.NONE, true));
        assertThat(open25.diagnosis().code()).isEqualTo(Code.PORT_25_OPEN);
    }

    @Test
    void wrongPasswordAndUserWithoutDomain(TestLab lab) throws Exception {
        for (ProbeTarget t : LabRequests.standard(lab)) {
            ProbeResult wrong = single(lab, lab.serverHost(), lab.info().address(), "not-the-password", t);
            assertThat(wrong.diagnosis().code()).as(t.label()).isEqualTo(Code.AUTH_FAILED);
            ProbeResult local = single(lab, lab.serverHost(), lab.info().localPart(), lab.info().password(), t);
            assertThat(local.diagnosis().code()).as(t.label()).isEqualTo(Code.AUTH_FAILED_USER_WITHOUT_DOMAIN);
            assertThat(local.diagnosis().fix().ja()).contains("メールアドレス全体");
        }
    }

    @Test
    void sslAgainstAStarttlsPortAndPlainAgainstAnSslPort(TestLab lab) throws Exception {
        ProbeResult tlsOnPlain = single(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.SMTP, lab.submissionPort(), Encryption.SSL_TLS));
        assertThat(tlsOnPlain.diagnosis().code()).isEqualTo(Code.TLS_ON_PLAIN_PORT);
        ProbeResult plainOnTls = single(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.STARTTLS));
        assertThat(plainOnTls.diagnosis().code()).isEqualTo(Code.PLAIN_ON_TLS_PORT);
    }

    @Test
    void unknownHostAndSpacesInTheUserName(TestLab lab) throws Exception {
        ProbeResult dns = single(lab, "sv1234.xserver.invalid", lab.info().address(), lab.info().password(),
                new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.SSL_TLS));
        assertThat(dns.diagnosis().code()).isEqualTo(Code.DNS_NOT_FOUND);
        ProbeResult spaces = single(lab, lab.serverHost(), lab.info().address() + " ", lab.info().password(),
                new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.SSL_TLS));
        assertThat(spaces.diagnosis().code()).isEqualTo(Code.AUTH_FAILED_WHITESPACE);
    }

    @Test
    void cancelStopsTheRun(TestLab lab) throws Exception {
        LiveTester tester = new LiveTester();
        tester.cancel();
        LiveTestReport report = tester.run(LabRequests.request(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                LabRequests.standard(lab), true), (d, t, m) -> { });
        assertThat(report.cancelled()).isTrue();
        assertThat(report.probes()).allMatch(p -> p.diagnosis().code() == Code.CANCELLED);
        assertThat(report.roundTrip()).isNull();
    }
}
