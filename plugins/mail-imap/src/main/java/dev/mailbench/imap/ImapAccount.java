package dev.mailbench.imap;

import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Where and how to log in. The password lives only in this object's memory (never written anywhere);
 * {@link #clearPassword()} wipes it when the caller is done.
 *
 * @param sslContext trust for the server certificate (the system's, or one that adds a consultant's CA);
 *                   the host name is always checked against the certificate
 */
public record ImapAccount(String host, int port, String user, char[] password, SSLContext sslContext) {
    public ImapAccount {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sslContext, "sslContext");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public void clearPassword() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }
}
