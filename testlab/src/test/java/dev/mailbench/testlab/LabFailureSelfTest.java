package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Each failure case of the lab yields the failure a client must recognise. */
@RequiresTestLab({LabService.IMAP, LabService.SMTP, LabService.FAILURE_ENDPOINTS, LabService.DNS})
class LabFailureSelfTest {

    @Test
    void customerDomainAsServerNameGivesCertificateNameMismatch(TestLab lab) {
        for (String host : new String[] {lab.customerMailHost(), lab.domain()}) {
            for (int port : new int[] {lab.imapsPort(), lab.pop3sPort(), lab.submissionsPort()}) {
                assertThatThrownBy(() -> LineClient.tls(lab, host, port).close())
                        .isInstanceOf(SSLHandshakeException.class)
                        .hasRootCauseInstanceOf(CertificateException.class)
                        .rootCause().hasMessageContaining(host);
            }
        }
    }

    @Test
    void customerDomainAfterStarttlsGivesCertificateNameMismatch(TestLab lab) throws IOException {
        try (LineClient c = LineClient.plain(lab, lab.customerMailHost(), lab.imapStarttlsPort())) {
            c.readLine();
            c.imap("STARTTLS");
            assertThatThrownBy(() -> c.startTls(lab, lab.customerMailHost()))
                    .isInstanceOf(SSLHandshakeException.class)
                    .rootCause().isInstanceOf(CertificateException.class).hasMessageContaining(lab.customerMailHost());
        }
    }

    @Test
    void untrustedCertificateIsRejected(TestLab lab) {
        assertThatThrownBy(() -> LineClient.tls(lab, lab.serverHost(), lab.untrustedTlsPort()).close())
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("PKIX");
    }

    @Test
    void refusedPortRefuses(TestLab lab) {
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(lab.serverHost(), lab.refusedPort()), 3000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void dropPortClosesWithoutAByte(TestLab lab) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(lab.serverHost(), lab.dropPort()), 3000);
            s.setSoTimeout(10_000);
            int first;
            try {
                first = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                first = -1; // a reset is also a drop
            }
            assertThat(first).isEqualTo(-1);
        }
    }

    @Test
    void blackholeAcceptsAndTimesOut(TestLab lab) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(lab.serverHost(), lab.blackholePort()), 3000);
            assertThat(s.isConnected()).isTrue();
            s.setSoTimeout(1000);
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        }
        assertThatThrownBy(() -> MiniDns.udp(new InetSocketAddress(lab.address(), lab.blackholePort()),
                TestLab.ZONE_HEALTHY, MiniDns.TXT, false, 1000)).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void implicitTlsClientOnStarttlsPortFails(TestLab lab) {
        // port/encryption mismatch: SSL switched on against the 587-role port
        assertThatThrownBy(() -> LineClient.tls(lab, lab.serverHost(), lab.submissionPort()).close())
                .isInstanceOf(IOException.class);
    }
}
