package dev.mailbench.setup.engine.live;

import dev.mailbench.setup.engine.ServerSetting.Service;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One protocol's conversation on an open connection: the greeting, STARTTLS, the login and the goodbye.
 * The password reaches the wire as bytes that are wiped right after they are written.
 */
abstract class MailSession implements AutoCloseable {
    final LineConnection conn;
    final FailureDiagnosis failures;

    MailSession(LineConnection conn, FailureDiagnosis failures) {
        this.conn = conn;
        this.failures = failures;
    }

    static MailSession of(Service service, LineConnection conn, FailureDiagnosis failures) {
        return switch (service) {
            case IMAP -> new ImapSession(conn, failures);
            case POP3 -> new Pop3Session(conn, failures);
            case SMTP -> new SmtpSession(conn, failures);
        };
    }

    /** Reads the server's greeting; returns its first line. */
    abstract String greeting() throws IOException, StepFailure;

    /** Asks the server to start TLS; an IOException when it will not. */
    abstract void startTls() throws IOException;

    /** What the protocol repeats once the connection is encrypted. */
    void afterTls() throws IOException {
    }

    /** Logs in; returns the server's (shortened) reply. */
    abstract String login(String user, char[] password) throws StepFailure;

    /** The protocol's goodbye. */
    abstract void sayGoodbye() throws IOException;

    /** Says goodbye; the server may close first, which is fine. */
    final void quit() {
        try {
            sayGoodbye();
        } catch (IOException ignored) {
            // the server may close first
        }
    }

    /** The protocol's part of a login: sends {@code secret} and returns the server's final reply. */
    @FunctionalInterface
    interface SecretExchange {
        String send(byte[] secret) throws IOException, StepFailure;
    }

    /**
     * Runs {@code exchange} with {@code secret}, accepts a final reply starting with {@code okPrefix}, and
     * wipes the secret whatever happens.
     */
    final String authenticate(String user, byte[] secret, String okPrefix, SecretExchange exchange) throws StepFailure {
        try {
            String reply = exchange.send(secret);
            if (!reply.startsWith(okPrefix)) {
                throw failures.refusedLogin(user, reply);
            }
            return abbreviate(reply);
        } catch (IOException e) {
            throw failures.broken(Step.LOGIN, e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public void close() {
        conn.close();
    }

    /** A server line short enough for a cell of the matrix. */
    static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** The password as UTF-8 bytes; the caller wipes them. */
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
}
