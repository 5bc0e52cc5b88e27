package dev.mailbench.kit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import dev.mailbench.testlab.TestLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the lab's Dovecot: its certificate names sv1234.xserver.test and is signed by the lab CA. */
@RequiresTestLab(LabService.IMAP)
class TrustStoresLabTest {
    @Test
    void theAddedCaIsTrustedForTheCertificatesName(TestLab lab) throws Exception {
        SSLContext ctx = TrustStores.systemPlus(lab.caCertificate());
        try (SSLSocket s = connect(ctx, lab.serverHost(), lab)) {
            s.startHandshake();
            assertThat(s.getSession().getProtocol()).startsWith("TLS");
        }
    }

    @Test
    void aNameTheCertificateDoesNotCarryIsRejectedAndTheChainIsKept(TestLab lab) throws Exception {
        TrustStores.RecordingTrust trust = TrustStores.recording(lab.caCertificate());
        try (SSLSocket s = connect(trust.context(), lab.customerMailHost(), lab)) {
            assertThatThrownBy(s::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
        var chain = trust.takeLastChain();
        assertThat(chain).isNotEmpty();
        assertThat(TrustStores.names(chain[0])).contains(lab.serverHost()).doesNotContain(lab.customerMailHost());
        assertThat(trust.takeLastChain()).isNull();
    }

    @Test
    void withoutTheLabCaTheSystemStoreRejectsTheServer(TestLab lab) throws Exception {
        try (SSLSocket s = connect(TrustStores.systemPlus(null), lab.serverHost(), lab)) {
            assertThatThrownBy(s::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aCaFileWithoutCertificatesIsExplained(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
        assertThatThrownBy(() -> TrustStores.systemPlus(empty)).isInstanceOf(CertificateException.class)
                .hasMessageContaining(empty.toString());
    }

    private static SSLSocket connect(SSLContext ctx, String host, TestLab lab) throws IOException {
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(host, lab.imapsPort());
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(p);
        s.setSoTimeout(10_000);
        return s;
    }
}
