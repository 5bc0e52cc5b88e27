package dev.mailbench.imap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.Response;
import org.junit.jupiter.api.Test;

/** The exceptions Angus Mail really throws (shapes taken from the lab) and what becomes of them. */
class ConnectionProblemsTest {

    /** A cut during the login: Angus makes up a BYE response around the IOException. */
    private static MessagingException cutDuringLogin() {
        ConnectionException bye = new ConnectionException(null, Response.byeResponse(new IOException("Connection dropped by server?")));
        return new MessagingException(bye.getMessage(), bye);
    }

    /** A stall: the FolderClosedException Angus throws keeps only the text of its made-up BYE. */
    private static MessagingException stalledFetch() {
        return new FolderClosedException(null, "* BYE Jakarta Mail Exception: java.net.SocketTimeoutException: Read timed out");
    }

    private static MessagingException cutDuringHandshake() {
        SSLHandshakeException h = new SSLHandshakeException("Remote host terminated the handshake");
        h.initCause(new EOFException("SSL peer shut down incorrectly"));
        return new MessagingException(h.getMessage(), h);
    }

    @Test
    void aCutDuringTheLoginIsWorthRetryingAndExplainedWithoutTheLibrarysText() {
        MessagingException e = cutDuringLogin();

        assertThat(ConnectionProblems.isCut(e)).isTrue();
        assertThat(ConnectionProblems.isStalled(e)).isFalse();
        assertThat(ConnectionProblems.isTransient(e)).isTrue();
        assertThat(ConnectionProblems.explain(e)).startsWith("サーバーとの接続が途中で切れました")
                .contains("The connection to the server was cut").doesNotContain("Jakarta Mail Exception").doesNotContain("BYE");
    }

    @Test
    void aStallIsToldFromACut() {
        MessagingException e = stalledFetch();

        assertThat(ConnectionProblems.isStalled(e)).isTrue();
        assertThat(ConnectionProblems.isTransient(e)).isTrue();
        assertThat(ConnectionProblems.explain(e)).startsWith("サーバーが応答しなくなりました").doesNotContain("SocketTimeoutException");
        assertThat(ConnectionProblems.isStalled(new MessagingException("x", new SocketTimeoutException("Read timed out")))).isTrue();
    }

    @Test
    void aCutDuringTheHandshakeIsNotAnUntrustedCertificate() {
        MessagingException cut = cutDuringHandshake();
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertificateException("PKIX path building failed"));

        assertThat(ConnectionProblems.isCut(cut)).isTrue();
        assertThat(ConnectionProblems.explain(cut)).startsWith("暗号化（TLS）の確立中に接続が切れました").doesNotContain("証明書");
        assertThat(ConnectionProblems.isTransient(untrusted)).as("retrying cannot help").isFalse();
        assertThat(ConnectionProblems.explain(untrusted)).contains("証明書を信頼できません");
    }

    @Test
    void whatRetryingCannotHelpIsNotTransient() {
        assertThat(ConnectionProblems.isTransient(new AuthenticationFailedException("NO [AUTHENTICATIONFAILED]"))).isFalse();
        assertThat(ConnectionProblems.isTransient(new MessagingException("x", new ConnectException("Connection refused")))).isFalse();
        assertThat(ConnectionProblems.isTransient(new MessagingException("NO [OVERQUOTA]"))).isFalse();
    }
}
