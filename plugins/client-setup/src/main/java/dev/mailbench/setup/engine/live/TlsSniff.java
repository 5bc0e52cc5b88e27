package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * Whether a port that stays silent is in fact waiting for a TLS ClientHello. A server that speaks TLS from
 * the first byte (993, 995, 465) never greets a plain client, so silence alone would only show after the read
 * timeout as "no response". A second connection that starts a handshake tells at once: a ServerHello (a
 * finished handshake, or one that fails on the certificate) means the port needs SSL/TLS. The certificate is
 * verified as in every other handshake; the sniff never sends a byte of the mail protocol.
 */
final class TlsSniff {
    private TlsSniff() {
    }

    /** The verdict of a sniff. */
    enum Verdict {
        /** The server answered the ClientHello: the port speaks TLS from the first byte. */
        SPEAKS_TLS,
        /** The server answered in plain text, closed, or stayed silent: no sign of TLS. */
        NO_TLS
    }

    static Verdict sniff(SSLContext tls, InetAddress address, String host, int port, int timeoutMillis, Cancellation cancellation) {
        Socket plain = new Socket();
        cancellation.watch(plain);
        try {
            plain.connect(new InetSocketAddress(address, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
            LineConnection.identify(ssl);
            cancellation.watch(ssl);
            ssl.startHandshake();
            return Verdict.SPEAKS_TLS;
        } catch (SocketTimeoutException e) {
            return Verdict.NO_TLS;
        } catch (SSLException e) {
            return answeredInTls(e) ? Verdict.SPEAKS_TLS : Verdict.NO_TLS;
        } catch (IOException e) {
            return Verdict.NO_TLS;
        } finally {
            Cancellation.closeQuietly(plain);
        }
    }

    /**
     * A handshake that failed after the server answered in TLS: on the certificate (name, trust, expiry) or
     * with an alert the server sent. Plain text, a close or a reset are no answer in TLS.
     */
    private static boolean answeredInTls(SSLException e) {
        if (FailureDiagnosis.closedByServer(e)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext")) {
                return false;
            }
            if (c instanceof java.security.cert.CertificateException || c instanceof java.security.cert.CertPathValidatorException
                    || m.contains("PKIX") || m.startsWith("Received fatal alert")) {
                return true;
            }
        }
        return false;
    }
}
