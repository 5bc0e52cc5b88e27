package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.TestCertificates;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same failure cases as the lab's failure endpoints, served by sockets this test owns on loopback, so
 * the diagnoses are checked even where the lab's endpoint process is not running.
 */
class LocalFailureServersTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private ServerSocket serve(ServerSocket server, boolean closeAtOnce, byte[] greeting) {
        open.add(server);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    open.add(s);
                    if (greeting != null) {
                        OutputStream out = s.getOutputStream();
                        out.write(greeting);
                        out.flush();
                    }
                    if (closeAtOnce) {
                        s.close();
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static ProbeResult probe(int port, Service service, Encryption enc) throws Exception {
        var r = new LiveTester.Request("localhost", "info@sample-shoji.test", "pw".toCharArray(),
                List.of(new ProbeTarget(service, port, enc)), null, Set.of(), "sv1234.xserver.jp",
                Duration.ofMillis(1000), Duration.ofMillis(800), false, Duration.ofSeconds(1));
        return new LiveTester().run(r, (d, t, m) -> { }).probes().get(0);
    }

    @Test
    void droppedConnection() throws Exception {
        ServerSocket s = serve(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), true, null);
        assertThat(probe(s.getLocalPort(), Service.POP3, Encryption.STARTTLS).diagnosis().code()).isEqualTo(Code.CONNECTION_DROPPED);
        assertThat(probe(s.getLocalPort(), Service.IMAP, Encryption.SSL_TLS).diagnosis().code()).isEqualTo(Code.CONNECTION_DROPPED);
    }

    @Test
    void silentServerTimesOut() throws Exception {
        ServerSocket s = serve(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), false, null);
        ProbeResult p = probe(s.getLocalPort(), Service.SMTP, Encryption.STARTTLS);
        assertThat(p.diagnosis().code()).isEqualTo(Code.NO_GREETING);
        assertThat(p.step(Step.TCP).orElseThrow().status()).isEqualTo(StepResult.Status.OK);
    }

    @Test
    void notAMailServer() throws Exception {
        ServerSocket s = serve(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), true,
                "HTTP/1.1 400 Bad Request\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(probe(s.getLocalPort(), Service.IMAP, Encryption.STARTTLS).diagnosis().code()).isEqualTo(Code.NOT_A_MAIL_SERVER);
    }

    @Test
    void selfSignedCertificateIsUntrusted() throws Exception {
        var made = TestCertificates.selfSigned("localhost", "localhost");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("k", made.keys().getPrivate(), "x".toCharArray(), new Certificate[] {made.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "x".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        serve(server, false, "* OK dummy\r\n".getBytes(StandardCharsets.US_ASCII));
        ProbeResult p = probe(server.getLocalPort(), Service.IMAP, Encryption.SSL_TLS);
        assertThat(p.diagnosis().code()).isEqualTo(Code.CERT_UNTRUSTED);
    }
}
