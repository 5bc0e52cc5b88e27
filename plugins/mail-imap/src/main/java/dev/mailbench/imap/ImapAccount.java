package dev.mailbench.imap;

import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Where and how to log in (IMAP or POP3). The password lives only in this object's memory (never written
 * anywhere); {@link #clearPassword()} wipes it when the caller is done.
 *
 * @param sslContext trust for the server certificate (the system's, or one that adds a consultant's CA);
 *                   the host name is always checked against the certificate
 * @param tls        TLS from the first byte, or STARTTLS on a plain port: as the user chose it
 */
public record ImapAccount(String host, int port, String user, char[] password, SSLContext sslContext, TlsMode tls) {
    public ImapAccount {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sslContext, "sslContext");
        Objects.requireNonNull(tls, "tls");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** An account on a port that speaks TLS from the first byte (IMAPS, POP3S). */
    public ImapAccount(String host, int port, String user, char[] password, SSLContext sslContext) {
        this(host, port, user, password, sslContext, TlsMode.IMPLICIT_TLS);
    }

    public void clearPassword() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + (tls == TlsMode.STARTTLS ? " (STARTTLS)" : "");
    }
}
