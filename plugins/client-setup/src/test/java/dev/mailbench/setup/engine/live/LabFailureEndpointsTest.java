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

/** The lab's drop, blackhole and untrusted-certificate endpoints. */
@RequiresTestLab({LabService.FAILURE_ENDPOINTS})
class LabFailureEndpointsTest {
    private static ProbeResult single(TestLab lab, ProbeTarget t) throws Exception {
        return new LiveTester().run(LabRequests.request(lab, lab.serverHost(), lab.info().address(), lab.info().password(),
                List.of(t), false), (d, tt, m) -> { }).probes().get(0);
    }

    @Test
    void droppedConnection(TestLab lab) throws Exception {
        assertThat(single(lab, new ProbeTarget(Service.IMAP, lab.dropPort(), Encryption.STARTTLS)).diagnosis().code())
                .isEqualTo(Code.CONNECTION_DROPPED);
        assertThat(single(lab, new ProbeTarget(Service.IMAP, lab.dropPort(), Encryption.SSL_TLS)).diagnosis().code())
                .isEqualTo(Code.CONNECTION_DROPPED);
    }

    @Test
    void blackholeTimesOut(TestLab lab) throws Exception {
        assertThat(single(lab, new ProbeTarget(Service.SMTP, lab.blackholePort(), Encryption.STARTTLS)).diagnosis().code())
                .isEqualTo(Code.NO_GREETING);
    }

    @Test
    void untrustedCertificate(TestLab lab) throws Exception {
        ProbeResult p = single(lab, new ProbeTarget(Service.IMAP, lab.untrustedTlsPort(), Encryption.SSL_TLS));
        assertThat(p.diagnosis().code()).isEqualTo(Code.CERT_UNTRUSTED);
        assertThat(p.diagnosis().fix().ja()).contains("信頼");
    }
}
