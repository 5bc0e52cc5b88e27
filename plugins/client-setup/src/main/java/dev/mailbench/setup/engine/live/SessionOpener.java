package dev.mailbench.setup.engine.live;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Connects to one target up to a greeted session, encrypted where the target asks for it (from the first
 * byte or by STARTTLS), timing each step: name resolution, TCP connect, TLS with certificate and host-name
 * verification, the greeting.
 */
final class SessionOpener {
    /**
     * How long a plain connection may stay silent before we ask, on a second connection, whether the port
     * waits for a TLS ClientHello. Mail servers greet at once; a TLS port never does.
     */
    private static final long QUIET_BEFORE_SNIFF_MILLIS = 800;

    private final LiveTester.Request request;
    private final SSLContext tls;
    private final Cancellation cancellation;
    private final FailureDiagnosis failures;

    SessionOpener(LiveTester.Request request, SSLContext tls, Cancellation cancellation, FailureDiagnosis failures) {
        this.request = request;
        this.tls = tls;
        this.cancellation = cancellation;
        this.failures = failures;
    }

    /** @param steps the timed steps that succeeded are added here */
    MailSession open(ProbeTarget t, List<StepResult> steps) throws StepFailure {
        InetAddress address = resolve(steps);
        Socket socket = connect(address, t, steps);
        MailSession session = MailSession.of(t.service(), encryptFromTheStart(socket, t, steps), failures);
        try {
            greet(session, address, t, steps);
            if (t.encryption() == Encryption.STARTTLS && !t.relayOnly()) {
                startTls(session, t, steps);
            }
            return session;
        } catch (StepFailure f) {
            session.close();
            throw f;
        }
    }

    private String host() {
        return request.host().strip();
    }

    private InetAddress resolve(List<StepResult> steps) throws StepFailure {
        failures.checkCancelled(Step.DNS);
        long t0 = System.nanoTime();
        try {
            InetAddress address = InetAddress.getByName(request.host());
            steps.add(StepResult.okSince(Step.DNS, t0, address.getHostAddress()));
            return address;
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw failures.unknownHost();
        }
    }

    private Socket connect(InetAddress address, ProbeTarget t, List<StepResult> steps) throws StepFailure {
        failures.checkCancelled(Step.TCP);
        long t0 = System.nanoTime();
        Socket socket = new Socket();
        cancellation.watch(socket);
        try {
            socket.connect(new InetSocketAddress(address, t.port()), (int) request.connectTimeout().toMillis());
            socket.setSoTimeout((int) request.readTimeout().toMillis());
            steps.add(StepResult.okSince(Step.TCP, t0, address.getHostAddress() + ":" + t.port()));
            return socket;
        } catch (IOException e) {
            Cancellation.closeQuietly(socket);
            throw failures.connect(e, request.connectTimeout());
        }
    }

    /** The connection to greet on: TLS first on an SSL/TLS port, else the plain socket. */
    private LineConnection encryptFromTheStart(Socket socket, ProbeTarget t, List<StepResult> steps) throws StepFailure {
        try {
            if (t.encryption() != Encryption.SSL_TLS || t.relayOnly()) {
                return new LineConnection(socket);
            }
            failures.checkCancelled(Step.TLS);
            long t0 = System.nanoTime();
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, host(), t.port(), true);
            LineConnection.identify(ssl);
            cancellation.watch(ssl);
            try {
                ssl.startHandshake();
            } catch (IOException e) {
                throw failures.tls(e);
            }
            steps.add(StepResult.okSince(Step.TLS, t0, ssl.getSession().getProtocol() + " " + ssl.getSession().getCipherSuite()));
            return new LineConnection(ssl);
        } catch (IOException e) {
            Cancellation.closeQuietly(socket);
            throw failures.unexpected(Step.TLS, e);
        } catch (StepFailure f) {
            Cancellation.closeQuietly(socket);
            throw f;
        }
    }

    private void greet(MailSession session, InetAddress address, ProbeTarget t, List<StepResult> steps) throws StepFailure {
        failures.checkCancelled(Step.GREETING);
        long t0 = System.nanoTime();
        String greeting;
        try {
            if (t.encryption() != Encryption.SSL_TLS && !t.relayOnly()) {
                // never on port 25: a ClientHello before the greeting is what postscreen blocks as a spam bot
                failFastOnTlsPort(session, address, t);
            }
            greeting = session.greeting();
        } catch (IOException e) {
            boolean plainOnTlsPort = request.implicitTlsPorts().contains(t.port()) && t.encryption() != Encryption.SSL_TLS;
            throw failures.noGreeting(e, plainOnTlsPort, request.readTimeout());
        }
        steps.add(StepResult.okSince(Step.GREETING, t0, MailSession.abbreviate(greeting)));
    }

    /** A plain connection that stays silent: a port that answers a ClientHello needs SSL/TLS, said at once. */
    private void failFastOnTlsPort(MailSession session, InetAddress address, ProbeTarget t) throws IOException, StepFailure {
        long quiet = Math.min(request.readTimeout().toMillis(), QUIET_BEFORE_SNIFF_MILLIS);
        if (!session.conn.silentFor((int) quiet)) {
            return;
        }
        int sniffTimeout = (int) Math.min(request.readTimeout().toMillis(), request.connectTimeout().toMillis());
        TlsSniff.Verdict verdict = TlsSniff.sniff(tls, address, host(), t.port(), sniffTimeout, cancellation);
        cancellation.watch(session.conn.socket());
        failures.checkCancelled(Step.GREETING);
        if (verdict == TlsSniff.Verdict.SPEAKS_TLS) {
            throw failures.plainOnTlsPort(quiet);
        }
    }

    private void startTls(MailSession session, ProbeTarget t, List<StepResult> steps) throws StepFailure {
        failures.checkCancelled(Step.TLS);
        long t0 = System.nanoTime();
        try {
            session.startTls();
        } catch (IOException e) {
            throw failures.startTlsRefused(e);
        }
        try {
            session.conn.upgrade(tls, host(), t.port());
            cancellation.watch(session.conn.socket());
            session.afterTls();
        } catch (IOException e) {
            throw failures.tls(e);
        }
        SSLSocket ssl = (SSLSocket) session.conn.socket();
        steps.add(StepResult.okSince(Step.TLS, t0, "STARTTLS " + ssl.getSession().getProtocol()));
    }
}
