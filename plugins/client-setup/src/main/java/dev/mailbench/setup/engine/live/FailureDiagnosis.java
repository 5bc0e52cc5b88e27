package dev.mailbench.setup.engine.live;

import dev.mailbench.setup.engine.live.Diagnosis.Code;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * What a failed step means: the error or refusal of each step of a probe mapped to its diagnosis code.
 * Once the run is cancelled every failure is {@link Code#CANCELLED}: stopping closes the socket, which
 * makes whatever step was running fail.
 */
final class FailureDiagnosis {
    private final BooleanSupplier cancelled;

    FailureDiagnosis(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /** Stops before {@code step} when the run was cancelled. */
    void checkCancelled(Step step) throws StepFailure {
        if (cancelled.getAsBoolean()) {
            throw cancelledAt(step);
        }
    }

    private static StepFailure cancelledAt(Step step) {
        return new StepFailure(step, Code.CANCELLED, "cancelled");
    }

    private Code unlessCancelled(Code code) {
        return cancelled.getAsBoolean() ? Code.CANCELLED : code;
    }

    StepFailure unknownHost() {
        return new StepFailure(Step.DNS, Code.DNS_NOT_FOUND, "unknown host");
    }

    StepFailure connect(IOException e, Duration connectTimeout) {
        if (e instanceof ConnectException) {
            return new StepFailure(Step.TCP, Code.PORT_REFUSED, "connection refused");
        }
        if (e instanceof NoRouteToHostException) {
            return new StepFailure(Step.TCP, Code.CONNECT_TIMEOUT, "connection refused");
        }
        if (e instanceof SocketTimeoutException) {
            return new StepFailure(Step.TCP, Code.CONNECT_TIMEOUT, "connect timed out after " + connectTimeout.toMillis() + " ms");
        }
        return new StepFailure(Step.TCP, unlessCancelled(Code.ERROR), e.getMessage());
    }

    /** An error that no step explains (setting up a socket). */
    StepFailure unexpected(Step step, IOException e) {
        return new StepFailure(step, Code.ERROR, e.getMessage());
    }

    /** The TLS handshake failed: the certificate's fault, the port's, or the connection's. */
    StepFailure tls(IOException e) {
        if (cancelled.getAsBoolean()) {
            return cancelledAt(Step.TLS);
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CertificateExpiredException) {
                return new StepFailure(Step.TLS, Code.CERT_EXPIRED, c.getMessage());
            }
            if (c instanceof CertificateException && c.getMessage() != null
                    && (c.getMessage().contains("No subject alternative") || c.getMessage().contains("No name matching"))) {
                return new StepFailure(Step.TLS, Code.CERT_NAME_MISMATCH, c.getMessage());
            }
            if (c instanceof CertPathValidatorException || c.getClass().getName().contains("CertPathBuilder")
                    || c.getMessage() != null && c.getMessage().contains("PKIX path")) {
                return new StepFailure(Step.TLS, Code.CERT_UNTRUSTED, "PKIX path building failed");
            }
            if (c instanceof SocketTimeoutException) {
                return new StepFailure(Step.TLS, Code.NO_GREETING, "TLS handshake timed out");
            }
            if (endsConnection(c)) {
                return new StepFailure(Step.TLS, Code.CONNECTION_DROPPED, "closed during the TLS handshake");
            }
            if (c instanceof SSLException && c.getMessage() != null
                    && (c.getMessage().contains("Unsupported or unrecognized SSL message") || c.getMessage().contains("plaintext"))) {
                return new StepFailure(Step.TLS, Code.TLS_ON_PLAIN_PORT, "the server answered in plain text");
            }
        }
        return new StepFailure(Step.TLS, e instanceof SSLHandshakeException ? Code.TLS_FAILED : Code.ERROR, String.valueOf(e.getMessage()));
    }

    /**
     * No greeting arrived. Silence on a port that speaks TLS from the first byte means the client should
     * have started with TLS.
     */
    StepFailure noGreeting(IOException e, boolean plainOnTlsPort, Duration readTimeout) {
        if (e instanceof SocketTimeoutException) {
            return new StepFailure(Step.GREETING, plainOnTlsPort ? Code.PLAIN_ON_TLS_PORT : Code.NO_GREETING,
                    "no greeting within " + readTimeout.toMillis() + " ms");
        }
        if (!cancelled.getAsBoolean() && closedByServer(e)) {
            return new StepFailure(Step.GREETING, Code.CONNECTION_DROPPED, "closed before the greeting");
        }
        return new StepFailure(Step.GREETING, unlessCancelled(Code.ERROR), e.getMessage());
    }

    /** No greeting, and the port answered a TLS ClientHello on a second connection. */
    StepFailure plainOnTlsPort(long quietMillis) {
        return new StepFailure(Step.GREETING, Code.PLAIN_ON_TLS_PORT,
                "no greeting in " + quietMillis + " ms; the port answered a TLS ClientHello");
    }

    /**
     * The server greeted with something else than its ready line.
     *
     * @param goodbye the server said it will not serve this client (IMAP BYE, POP -ERR, SMTP 421/554)
     */
    StepFailure refusedGreeting(boolean goodbye, String line) {
        return new StepFailure(Step.GREETING, goodbye ? Code.CONNECTION_DROPPED : Code.NOT_A_MAIL_SERVER, MailSession.abbreviate(line));
    }

    StepFailure startTlsRefused(IOException e) {
        return new StepFailure(Step.TLS, Code.STARTTLS_NOT_OFFERED, e.getMessage());
    }

    /** The server refused the login: the user name as typed often says why. */
    StepFailure refusedLogin(String user, String reply) {
        if (cancelled.getAsBoolean()) {
            return cancelledAt(Step.LOGIN);
        }
        Code code = !user.equals(user.strip()) || user.strip().chars().anyMatch(Character::isWhitespace) ? Code.AUTH_FAILED_WHITESPACE
                : !user.contains("@") ? Code.AUTH_FAILED_USER_WITHOUT_DOMAIN : Code.AUTH_FAILED;
        return new StepFailure(Step.LOGIN, code, MailSession.abbreviate(reply));
    }

    StepFailure smtpAuthNotOffered() {
        return new StepFailure(Step.LOGIN, Code.SMTP_AUTH_NOT_OFFERED, "no AUTH PLAIN in EHLO");
    }

    /** The connection failed in the middle of {@code step}. */
    StepFailure broken(Step step, IOException e) {
        if (cancelled.getAsBoolean()) {
            return cancelledAt(step);
        }
        if (closedByServer(e)) {
            return new StepFailure(step, Code.CONNECTION_DROPPED, "connection closed");
        }
        if (e instanceof SocketTimeoutException) {
            return new StepFailure(step, Code.NO_GREETING, "no answer within the timeout");
        }
        return new StepFailure(step, Code.ERROR, String.valueOf(e.getMessage()));
    }

    /**
     * The probe's code: cancelled wins; on port 25, which only checks that the port is reachable, every
     * way of not getting through is the line's block (OP25B).
     */
    Code probeCode(StepFailure f, ProbeTarget t) {
        Code code = unlessCancelled(f.code);
        boolean notThrough = code == Code.PORT_REFUSED || code == Code.CONNECT_TIMEOUT || code == Code.CONNECTION_DROPPED
                || code == Code.NO_GREETING;
        return t.relayOnly() && notThrough ? Code.PORT_25_BLOCKED : code;
    }

    /**
     * The server ended the connection: an orderly close (end of stream) or a reset. Which one a client sees
     * depends on timing (a reset arrives when the server closes with our bytes unread), and a server that
     * refuses a client, e.g. Xserver's access restriction from abroad, may do either.
     */
    static boolean closedByServer(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (endsConnection(c)) {
                return true;
            }
        }
        return false;
    }

    /** This throwable itself (not its causes) says the server ended the connection. */
    private static boolean endsConnection(Throwable c) {
        String m = c.getMessage() == null ? "" : c.getMessage();
        return c instanceof EOFException || m.contains("Remote host terminated")
                || c instanceof SocketException && (m.contains("Connection reset") || m.contains("Broken pipe"));
    }
}
