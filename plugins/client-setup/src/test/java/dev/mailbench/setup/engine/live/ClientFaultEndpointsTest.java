package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live test against the lab's client-fault endpoints and Dovecot's implicit-TLS port reached in plain text. */
@RequiresTestLab({LabService.IMAP, LabService.CLIENT_FAULT_ENDPOINTS})
class ClientFaultEndpointsTest {

    /** No port is declared implicit TLS and the read timeout is long: only the ClientHello sniff can name the cause. */
    private static ProbeResult plainProbe(TestLab lab, int port, Encryption enc) throws Exception {
        LiveTester.Request r = new LiveTester.Request(lab.serverHost(), lab.info().address(), lab.info().password().toCharArray(),
                List.of(new ProbeTarget(Service.IMAP, port, enc)), lab.caCertificate(), Set.of(), lab.serverHost(),
                Duration.ofSeconds(2), Duration.ofSeconds(20), false, Duration.ofSeconds(5));
        return new LiveTester().run(r, (d, t, m) -> { }).probes().get(0);
    }

    @Test
    void plainAndStarttlsOnAPortThatSpeaksTlsAtOnceSayThePortNeedsSslTls(TestLab lab) throws Exception {
        for (int port : new int[] {lab.tlsOnlyPort(), lab.imapsPort()}) {
            ProbeResult starttls = plainProbe(lab, port, Encryption.STARTTLS);
            assertThat(starttls.diagnosis().code()).as("port " + port).isEqualTo(Code.PLAIN_ON_TLS_PORT);
            assertThat(starttls.step(Step.GREETING).orElseThrow().detail()).contains("TLS ClientHello");
            assertThat(starttls.diagnosis().cause().ja()).startsWith("このポートは SSL/TLS が必要です").contains("STARTTLS");
            assertThat(starttls.diagnosis().fix().ja()).contains("SSL/TLS", "143");
            ProbeResult plain = plainProbe(lab, port, Encryption.NONE);
            assertThat(plain.diagnosis().code()).as("port " + port).isEqualTo(Code.PLAIN_ON_TLS_PORT);
            assertThat(plain.diagnosis().cause().en()).startsWith("This port needs SSL/TLS").contains("no encryption");
            assertThat(plain.diagnosis().fix().ja()).doesNotContain("143");
        }
    }

    @Test
    void aSilentPlainServerIsStillNoResponseNotATlsPort(TestLab lab) throws Exception {
        LiveTester.Request r = new LiveTester.Request(lab.serverHost(), lab.info().address(), lab.info().password().toCharArray(),
                List.of(new ProbeTarget(Service.SMTP, lab.blackholePort(), Encryption.STARTTLS)), null, Set.of(), lab.serverHost(),
                Duration.ofSeconds(2), Duration.ofMillis(1500), false, Duration.ofSeconds(5));
        assertThat(new LiveTester().run(r, (d, t, m) -> { }).probes().get(0).diagnosis().code()).isEqualTo(Code.NO_GREETING);
    }

    @Test
    void theTlsOnlyPortInSslTlsGreets(TestLab lab) throws Exception {
        ProbeResult p = plainProbe(lab, lab.tlsOnlyPort(), Encryption.SSL_TLS);
        assertThat(p.step(Step.GREETING).orElseThrow().status()).isEqualTo(StepResult.Status.OK);
    }

    @Test
    void aMismatchWithoutAnExpectedHostProposesTheCertificatesNameNotTheFailingOne(TestLab lab) throws Exception {
        LiveTester.Request r = new LiveTester.Request(lab.customerMailHost(), lab.info().address(), lab.info().password().toCharArray(),
                List.of(new ProbeTarget(Service.IMAP, lab.imapsPort(), Encryption.SSL_TLS)), lab.caCertificate(), Set.of(), null,
                Duration.ofSeconds(2), Duration.ofSeconds(3), false, Duration.ofSeconds(5));
        ProbeResult p = new LiveTester().run(r, (d, t, m) -> { }).probes().get(0);
        assertThat(p.diagnosis().code()).isEqualTo(Code.CERT_NAME_MISMATCH);
        assertThat(p.diagnosis().fix().ja()).contains(lab.serverHost()).doesNotContain(lab.customerMailHost());
        assertThat(p.diagnosis().fix().en()).contains(lab.serverHost()).doesNotContain(lab.customerMailHost());
    }
}
