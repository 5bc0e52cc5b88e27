package dev.mailbench.setup.engine.live;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.live.Diagnosis.Code;
import dev.mailbench.setup.engine.live.StepResult.Status;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

/**
 * The live connection test: for each protocol and port, name resolution, TCP connect (short timeout), TLS
 * with certificate and host-name verification (implicit or STARTTLS), the greeting and a login, then an
 * SMTP → IMAP round trip. Speaks the protocols itself, so every step is timed on its own and the password
 * stays a {@code char[]} (encoded to bytes only while written, then wiped). Nothing is logged.
 */
public final class LiveTester {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param host             the server to test, as typed (spaces kept, so they can be diagnosed)
     * @param user             the login name, as typed
     * @param password         kept only for the run; the caller wipes it afterwards
     * @param extraCa          a PEM CA file trusted in addition to the JDK's CAs, or null
     * @param implicitTlsPorts ports that speak TLS from the first byte (to explain plain connections to them)
     * @param expectedHost     the provider's host for this customer (for "use this name instead" advice)
     */
    public record Request(String host, String user, char[] password, List<ProbeTarget> targets, Path extraCa,
                          Set<Integer> implicitTlsPorts, String expectedHost, Duration connectTimeout, Duration readTimeout,
                          boolean roundTrip, Duration roundTripWait) {
        public Request {
            targets = List.copyOf(targets);
            implicitTlsPorts = Set.copyOf(implicitTlsPorts);
        }
    }

    /** Progress for the task bar; called on the testing thread. */
    public interface Progress {
        void update(int done, int total, String message);
    }

    private volatile boolean cancelled;
    private volatile Socket current;

    /** Stops the run: the open connection is closed at once, the remaining probes are skipped. */
    public void cancel() {
        cancelled = true;
        Socket s = current;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closing
            }
        }
    }

    public LiveTestReport run(Request r, Progress progress) throws IOException, java.security.GeneralSecurityException {
        TrustSetup trust = TrustSetup.create(r.extraCa());
        Instant started = Instant.now();
        List<ProbeResult> results = new ArrayList<>();
        int total = r.targets().size() + (r.roundTrip() ? 1 : 0);
        for (int i = 0; i < r.targets().size(); i++) {
            ProbeTarget t = r.targets().get(i);
            if (cancelled) {
                results.add(new ProbeResult(t, List.of(), diag(Code.CANCELLED, t, r, null, "")));
                continue;
            }
            progress.update(i, total, t.label());
            results.add(probe(r, t, trust));
        }
        crossCheck(results, r);
        RoundTripResult rt = null;
        if (r.roundTrip() && !cancelled) {
            progress.update(r.targets().size(), total, "SMTP → IMAP");
            rt = roundTrip(r, results, trust);
        }
        progress.update(total, total, "");
        return new LiveTestReport(r.host(), r.user(), started, results, rt, cancelled);
    }

    /** Receiving logs in but SMTP AUTH is refused: that points at the SMTP overseas restriction, not the password. */
    private static void crossCheck(List<ProbeResult> results, Request r) {
        boolean receiveOk = results.stream().anyMatch(p -> p.target().service() != Service.SMTP && p.ok());
        if (!receiveOk) {
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            ProbeResult p = results.get(i);
            if (p.target().service() == Service.SMTP && p.diagnosis().code() == Code.AUTH_FAILED) {
                String detail = p.step(Step.LOGIN).map(StepResult::detail).orElse("");
                results.set(i, p.withDiagnosis(diag(Code.SMTP_AUTH_REJECTED_ONLY_SENDING, p.target(), r, null, detail)));
            }
        }
    }

    private static Diagnosis diag(Code code, ProbeTarget t, Request r, List<String> certNames, String detail) {
        return DiagnosisTexts.of(code, t, r.host(), r.user(), r.expectedHost(), certNames, detail);
    }

    /** A failed step: which one, and why. */
    private static final class StepFailure extends Exception {
        final Step step;
        final Code code;
        final String detail;

        StepFailure(Step step, Code code, String detail) {
            super(detail, null, false, false);
            this.step = step;
            this.code = code;
            this.detail = detail;
        }
    }

    private ProbeResult probe(Request r, ProbeTarget t, TrustSetup trust) {
        List<StepResult> steps = new ArrayList<>();
        List<String> certNames = null;
        Session session = null;
        try {
            session = open(r, t, trust, steps);
            if (!t.relayOnly()) {
                long t0 = System.nanoTime();
                String reply = session.login(r);
                steps.add(new StepResult(Step.LOGIN, Status.OK, ms(t0), reply));
            }
            session.quit();
            return new ProbeResult(t, steps, t.relayOnly() ? diag(Code.PORT_25_OPEN, t, r, null, "") : Diagnosis.ok());
        } catch (StepFailure f) {
            if (f.code == Code.CERT_NAME_MISMATCH || f.code == Code.CERT_UNTRUSTED) {
                X509Certificate[] chain = trust.takeLastChain();
                certNames = chain == null || chain.length == 0 ? null : TrustSetup.names(chain[0]);
            }
            Code code = cancelled ? Code.CANCELLED : f.code;
            if (t.relayOnly() && (code == Code.PORT_REFUSED || code == Code.CONNECT_TIMEOUT || code == Code.CONNECTION_DROPPED
                    || code == Code.NO_GREETING)) {
                code = Code.PORT_25_BLOCKED;
            }
            steps.add(new StepResult(f.step, Status.FAILED, -1, f.detail));
            return new ProbeResult(t, steps, diag(code, t, r, certNames, f.detail));
        } finally {
            if (session != null) {
                session.close();
            }
            current = null;
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void checkCancelled(Step step) throws StepFailure {
        if (cancelled) {
            throw new StepFailure(step, Code.CANCELLED, "cancelled");
        }
    }

    /** Connects up to a greeted (and, where asked, encrypted) session. */
    private Session open(Request r, ProbeTarget t, TrustSetup trust, List<StepResult> steps) throws StepFailure {
        checkCancelled(Step.DNS);
        long t0 = System.nanoTime();
        InetAddress address;
        try {
            address = InetAddress.getByName(r.host());
            steps.add(new StepResult(Step.DNS, Status.OK, ms(t0), address.getHostAddress()));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new StepFailure(Step.DNS, r.host().strip().equals(r.host()) ? Code.DNS_NOT_FOUND : Code.DNS_NOT_FOUND, "unknown host");
        }
        checkCancelled(Step.TCP);
        t0 = System.nanoTime();
        Socket socket = new Socket();
        current = socket;
        try {
            socket.connect(new InetSocketAddress(address, t.port()), (int) r.connectTimeout().toMillis());
            socket.setSoTimeout((int) r.readTimeout().toMillis());
            steps.add(new StepResult(Step.TCP, Status.OK, ms(t0), address.getHostAddress() + ":" + t.port()));
        } catch (ConnectException | NoRouteToHostException e) {
            closeQuietly(socket);
            throw new StepFailure(Step.TCP, e instanceof ConnectException ? Code.PORT_REFUSED : Code.CONNECT_TIMEOUT, "connection refused");
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new StepFailure(Step.TCP, Code.CONNECT_TIMEOUT, "connect timed out after " + r.connectTimeout().toMillis() + " ms");
        } catch (IOException e) {
            closeQuietly(socket);
            throw new StepFailure(Step.TCP, cancelled ? Code.CANCELLED : Code.ERROR, e.getMessage());
        }
        LineConnection conn;
        try {
            if (t.encryption() == Encryption.SSL_TLS && !t.relayOnly()) {
                checkCancelled(Step.TLS);
                t0 = System.nanoTime();
                SSLSocket tls = (SSLSocket) trust.context().getSocketFactory().createSocket(socket, r.host().strip(), t.port(), true);
                LineConnection.identify(tls);
                current = tls;
                try {
                    tls.startHandshake();
                } catch (IOException e) {
                    throw tlsFailure(e, r, t);
                }
                steps.add(new StepResult(Step.TLS, Status.OK, ms(t0), tls.getSession().getProtocol() + " " + tls.getSession().getCipherSuite()));
                conn = new LineConnection(tls);
            } else {
                conn = new LineConnection(socket);
            }
        } catch (IOException e) {
            closeQuietly(socket);
            throw new StepFailure(Step.TLS, Code.ERROR, e.getMessage());
        } catch (StepFailure f) {
            closeQuietly(socket);
            throw f;
        }
        Session session = switch (t.service()) {
            case IMAP -> new ImapSession(conn);
            case POP3 -> new Pop3Session(conn);
            case SMTP -> new SmtpSession(conn);
        };
        try {
            checkCancelled(Step.GREETING);
            t0 = System.nanoTime();
            String greeting;
            try {
                greeting = session.greeting();
            } catch (SocketTimeoutException e) {
                boolean tlsPort = r.implicitTlsPorts().contains(t.port()) && t.encryption() != Encryption.SSL_TLS;
                throw new StepFailure(Step.GREETING, tlsPort ? Code.PLAIN_ON_TLS_PORT : Code.NO_GREETING,
                        "no greeting within " + r.readTimeout().toMillis() + " ms");
            } catch (IOException e) {
                if (!cancelled && closedByServer(e)) {
                    throw new StepFailure(Step.GREETING, Code.CONNECTION_DROPPED, "closed before the greeting");
                }
                throw new StepFailure(Step.GREETING, cancelled ? Code.CANCELLED : Code.ERROR, e.getMessage());
            }
            steps.add(new StepResult(Step.GREETING, Status.OK, ms(t0), abbreviate(greeting)));
            if (t.encryption() == Encryption.STARTTLS && !t.relayOnly()) {
                checkCancelled(Step.TLS);
                t0 = System.nanoTime();
                try {
                    session.startTls();
                } catch (IOException e) {
                    throw new StepFailure(Step.TLS, Code.STARTTLS_NOT_OFFERED, e.getMessage());
                }
                try {
                    conn.upgrade(trust, r.host().strip(), t.port());
                    current = conn.socket();
                    session.afterTls();
                } catch (StepFailure f) {
                    throw f;
                } catch (IOException e) {
                    throw tlsFailure(e, r, t);
                }
                SSLSocket tls = (SSLSocket) conn.socket();
                steps.add(new StepResult(Step.TLS, Status.OK, ms(t0), "STARTTLS " + tls.getSession().getProtocol()));
            }
            return session;
        } catch (StepFailure f) {
            session.close();
            throw f;
        }
    }

    private StepFailure tlsFailure(IOException e, Request r, ProbeTarget t) {
        if (cancelled) {
            return new StepFailure(Step.TLS, Code.CANCELLED, "cancelled");
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
                || c instanceof java.net.SocketException && (m.contains("Connection reset") || m.contains("Broken pipe"));
    }

    static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    // ---- password handling -------------------------------------------------------------------------------

    static byte[] utf8(char[] chars) {
        ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
        Arrays.fill(bb.array(), (byte) 0);
        return out;
    }

    /** base64("\0user\0password") for SASL PLAIN; the caller wipes the result. */
    static byte[] saslPlain(String user, char[] password) {
        byte[] u = user.getBytes(StandardCharsets.UTF_8);
        byte[] p = utf8(password);
        byte[] raw = new byte[u.length + p.length + 2];
        System.arraycopy(u, 0, raw, 1, u.length);
        System.arraycopy(p, 0, raw, u.length + 2, p.length);
        byte[] encoded = Base64.getEncoder().encode(raw);
        Arrays.fill(p, (byte) 0);
        Arrays.fill(raw, (byte) 0);
        return encoded;
    }

    // ---- protocol sessions -------------------------------------------------------------------------------

    private abstract class Session implements AutoCloseable {
        final LineConnection conn;

        Session(LineConnection conn) {
            this.conn = conn;
        }

        abstract String greeting() throws IOException, StepFailure;

        abstract void startTls() throws IOException;

        void afterTls() throws IOException, StepFailure {
        }

        /** Logs in; returns the server's reply. */
        abstract String login(Request r) throws StepFailure;

        abstract void quit();

        StepFailure authFailure(Request r, String reply) {
            if (cancelled) {
                return new StepFailure(Step.LOGIN, Code.CANCELLED, "cancelled");
            }
            String u = r.user();
            Code code = !u.equals(u.strip()) || u.strip().chars().anyMatch(Character::isWhitespace) ? Code.AUTH_FAILED_WHITESPACE
                    : !u.contains("@") ? Code.AUTH_FAILED_USER_WITHOUT_DOMAIN : Code.AUTH_FAILED;
            return new StepFailure(Step.LOGIN, code, abbreviate(reply));
        }

        StepFailure ioFailure(Step step, IOException e) {
            if (cancelled) {
                return new StepFailure(step, Code.CANCELLED, "cancelled");
            }
            if (closedByServer(e)) {
                return new StepFailure(step, Code.CONNECTION_DROPPED, "connection closed");
            }
            if (e instanceof SocketTimeoutException) {
                return new StepFailure(step, Code.NO_GREETING, "no answer within the timeout");
            }
            return new StepFailure(step, Code.ERROR, String.valueOf(e.getMessage()));
        }

        @Override
        public void close() {
            conn.close();
        }
    }

    private final class ImapSession extends Session {
        private int tag;

        ImapSession(LineConnection conn) {
            super(conn);
        }

        @Override
        String greeting() throws IOException, StepFailure {
            String line = conn.readLine();
            if (line.startsWith("* BYE")) {
                throw new StepFailure(Step.GREETING, Code.CONNECTION_DROPPED, abbreviate(line));
            }
            if (!line.startsWith("* OK") && !line.startsWith("* PREAUTH")) {
                throw new StepFailure(Step.GREETING, Code.NOT_A_MAIL_SERVER, abbreviate(line));
            }
            return line;
        }

        /** Sends a command and returns the tagged reply line; untagged lines go to {@code untagged}. */
        String command(String cmd, List<String> untagged) throws IOException {
            String t = "m" + (++tag);
            conn.writeLine(t + " " + cmd);
            return tagged(t, untagged);
        }

        String tagged(String t, List<String> untagged) throws IOException {
            while (true) {
                String line = conn.readLine();
                if (line.startsWith(t + " ")) {
                    return line.substring(t.length() + 1);
                }
                if (untagged != null) {
                    untagged.add(line);
                }
            }
        }

        @Override
        void startTls() throws IOException {
            String reply = command("STARTTLS", null);
            if (!reply.startsWith("OK")) {
                throw new IOException(reply);
            }
        }

        @Override
        String login(Request r) throws StepFailure {
            byte[] secret = saslPlain(r.user(), r.password());
            try {
                String t = "m" + (++tag);
                conn.writeLine(t + " AUTHENTICATE PLAIN");
                String cont = conn.readLine();
                if (!cont.startsWith("+")) {
                    throw authFailure(r, cont.startsWith(t + " ") ? cont.substring(t.length() + 1) : cont);
                }
                conn.writeSecretLine(new byte[0], secret);
                String reply = tagged(t, null);
                if (!reply.startsWith("OK")) {
                    throw authFailure(r, reply);
                }
                return abbreviate(reply);
            } catch (IOException e) {
                throw ioFailure(Step.LOGIN, e);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        @Override
        void quit() {
            try {
                command("LOGOUT", null);
            } catch (IOException ignored) {
                // the server may close first
            }
        }
    }

    private final class Pop3Session extends Session {
        Pop3Session(LineConnection conn) {
            super(conn);
        }

        @Override
        String greeting() throws IOException, StepFailure {
            String line = conn.readLine();
            if (!line.startsWith("+OK")) {
                throw new StepFailure(Step.GREETING, line.startsWith("-ERR") ? Code.CONNECTION_DROPPED : Code.NOT_A_MAIL_SERVER, abbreviate(line));
            }
            return line;
        }

        @Override
        void startTls() throws IOException {
            conn.writeLine("STLS");
            String reply = conn.readLine();
            if (!reply.startsWith("+OK")) {
                throw new IOException(reply);
            }
        }

        @Override
        String login(Request r) throws StepFailure {
            byte[] pw = utf8(r.password());
            try {
                conn.writeLine("USER " + r.user());
                String reply = conn.readLine();
                if (!reply.startsWith("+OK")) {
                    throw authFailure(r, reply);
                }
                conn.writeSecretLine("PASS ".getBytes(StandardCharsets.US_ASCII), pw);
                reply = conn.readLine();
                if (!reply.startsWith("+OK")) {
                    throw authFailure(r, reply);
                }
                return abbreviate(reply);
            } catch (IOException e) {
                throw ioFailure(Step.LOGIN, e);
            } finally {
                Arrays.fill(pw, (byte) 0);
            }
        }

        @Override
        void quit() {
            try {
                conn.writeLine("QUIT");
                conn.readLine();
            } catch (IOException ignored) {
                // the server may close first
            }
        }
    }

    private final class SmtpSession extends Session {
        private List<String> capabilities = List.of();

        SmtpSession(LineConnection conn) {
            super(conn);
        }

        /** Reads a (multi-line) reply; returns all lines, the last one being "NNN text". */
        List<String> reply() throws IOException {
            List<String> lines = new ArrayList<>();
            while (true) {
                String line = conn.readLine();
                lines.add(line);
                if (line.length() < 4 || line.charAt(3) != '-') {
                    return lines;
                }
            }
        }

        static String last(List<String> lines) {
            return lines.get(lines.size() - 1);
        }

        @Override
        String greeting() throws IOException, StepFailure {
            List<String> g = reply();
            String line = last(g);
            if (!line.startsWith("220")) {
                throw new StepFailure(Step.GREETING, line.startsWith("554") || line.startsWith("421") ? Code.CONNECTION_DROPPED
                        : Code.NOT_A_MAIL_SERVER, abbreviate(line));
            }
            ehlo();
            return g.get(0);
        }

        void ehlo() throws IOException {
            conn.writeLine("EHLO mailbench.invalid");
            List<String> lines = reply();
            capabilities = lines.stream().map(l -> l.length() > 4 ? l.substring(4).toUpperCase(Locale.ROOT) : "").toList();
        }

        @Override
        void startTls() throws IOException {
            if (capabilities.stream().noneMatch(c -> c.startsWith("STARTTLS"))) {
                throw new IOException("STARTTLS not in EHLO");
            }
            conn.writeLine("STARTTLS");
            String r = last(reply());
            if (!r.startsWith("220")) {
                throw new IOException(r);
            }
        }

        @Override
        void afterTls() throws IOException {
            ehlo();
        }

        @Override
        String login(Request r) throws StepFailure {
            if (capabilities.stream().noneMatch(c -> c.startsWith("AUTH") && c.contains("PLAIN"))) {
                throw new StepFailure(Step.LOGIN, Code.SMTP_AUTH_NOT_OFFERED, "no AUTH PLAIN in EHLO");
            }
            byte[] secret = saslPlain(r.user(), r.password());
            try {
                conn.writeSecretLine("AUTH PLAIN ".getBytes(StandardCharsets.US_ASCII), secret);
                String reply = last(reply());
                if (!reply.startsWith("235")) {
                    throw authFailure(r, reply);
                }
                return abbreviate(reply);
            } catch (IOException e) {
                throw ioFailure(Step.LOGIN, e);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        /** Sends the test message; returns null or the refusing reply. */
        String send(String from, String to, byte[] message) throws IOException {
            for (String cmd : List.of("MAIL FROM:<" + from + ">", "RCPT TO:<" + to + ">", "DATA")) {
                conn.writeLine(cmd);
                String reply = last(reply());
                if (!(reply.startsWith("250") || reply.startsWith("354"))) {
                    return reply;
                }
            }
            conn.writeRaw(message);
            conn.writeLine(".");
            String reply = last(reply());
            return reply.startsWith("250") ? null : reply;
        }

        @Override
        void quit() {
            try {
                conn.writeLine("QUIT");
                reply();
            } catch (IOException ignored) {
                // the server may close first
            }
        }
    }

    // ---- round trip --------------------------------------------------------------------------------------

    private static ProbeTarget pick(List<ProbeResult> results, Service service) {
        return results.stream().filter(p -> p.target().service() == service && p.ok() && !p.target().relayOnly())
                .map(ProbeResult::target)
                .sorted((a, b) -> Boolean.compare(b.encryption() == Encryption.SSL_TLS, a.encryption() == Encryption.SSL_TLS))
                .findFirst().orElse(null);
    }

    private RoundTripResult roundTrip(Request r, List<ProbeResult> results, TrustSetup trust) {
        ProbeTarget smtp = pick(results, Service.SMTP);
        ProbeTarget imap = pick(results, Service.IMAP);
        String token = "MB-" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        if (smtp == null || imap == null || !r.user().contains("@")) {
            ProbeTarget any = smtp != null ? smtp : imap != null ? imap : r.targets().get(0);
            return new RoundTripResult(token, smtp, imap, false, -1, -1, diag(Code.ROUND_TRIP_SKIPPED, any, r, null, ""));
        }
        String address = r.user().strip();
        long t0 = System.nanoTime();
        long sentAt;
        try (SmtpSession s = (SmtpSession) open(r, smtp, trust, new ArrayList<>())) {
            s.login(r);
            String refused = s.send(address, address, message(address, token));
            if (refused != null) {
                return new RoundTripResult(token, smtp, imap, false, ms(t0), -1, diag(Code.SEND_REJECTED, smtp, r, null, abbreviate(refused)));
            }
            sentAt = System.nanoTime();
            s.quit();
        } catch (StepFailure f) {
            return new RoundTripResult(token, smtp, imap, false, ms(t0), -1, diag(cancelled ? Code.CANCELLED : f.code, smtp, r, null, f.detail));
        } catch (IOException e) {
            return new RoundTripResult(token, smtp, imap, false, ms(t0), -1, diag(cancelled ? Code.CANCELLED : Code.ERROR, smtp, r, null, String.valueOf(e.getMessage())));
        }
        long sendMillis = (sentAt - t0) / 1_000_000;
        try (ImapSession s = (ImapSession) open(r, imap, trust, new ArrayList<>())) {
            s.login(r);
            List<String> caps = new ArrayList<>();
            s.command("CAPABILITY", caps);
            boolean uidplus = caps.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).contains("UIDPLUS"));
            long deadline = System.nanoTime() + r.roundTripWait().toNanos();
            s.command("SELECT INBOX", null);
            while (!cancelled) {
                List<String> untagged = new ArrayList<>();
                s.command("UID SEARCH HEADER Subject \"" + token + "\"", untagged);
                String uids = untagged.stream().filter(l -> l.startsWith("* SEARCH")).map(l -> l.substring(8).trim())
                        .filter(v -> !v.isEmpty()).findFirst().orElse(null);
                if (uids != null) {
                    long found = (System.nanoTime() - sentAt) / 1_000_000;
                    if (uidplus) {
                        // Remove only our message: plain EXPUNGE would also remove what the user marked deleted.
                        s.command("UID STORE " + uids.replace(' ', ',') + " +FLAGS.SILENT (\\Deleted)", null);
                        s.command("UID EXPUNGE " + uids.replace(' ', ','), null);
                    }
                    s.quit();
                    return new RoundTripResult(token, smtp, imap, true, sendMillis, found, Diagnosis.ok());
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                s.command("NOOP", null);
                Thread.sleep(250);
            }
            s.quit();
            return new RoundTripResult(token, smtp, imap, false, sendMillis, -1,
                    diag(cancelled ? Code.CANCELLED : Code.ROUND_TRIP_NOT_FOUND, imap, r, null, ""));
        } catch (StepFailure f) {
            return new RoundTripResult(token, smtp, imap, false, sendMillis, -1, diag(cancelled ? Code.CANCELLED : f.code, imap, r, null, f.detail));
        } catch (IOException e) {
            return new RoundTripResult(token, smtp, imap, false, sendMillis, -1, diag(cancelled ? Code.CANCELLED : Code.ERROR, imap, r, null, String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RoundTripResult(token, smtp, imap, false, sendMillis, -1, diag(Code.CANCELLED, imap, r, null, ""));
        }
    }

    static byte[] message(String address, String token) {
        String body = "MailBench の接続テストです。受信の確認後に自動で削除されます。\r\n"
                + "This is a MailBench connection test; it is deleted once found.\r\n";
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(body.getBytes(StandardCharsets.UTF_8));
        String msg = "From: <" + address + ">\r\n"
                + "To: <" + address + ">\r\n"
                + "Subject: MailBench test " + token + "\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Message-ID: <" + token + "@mailbench.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n" + b64 + "\r\n";
        return msg.getBytes(StandardCharsets.US_ASCII);
    }
}
