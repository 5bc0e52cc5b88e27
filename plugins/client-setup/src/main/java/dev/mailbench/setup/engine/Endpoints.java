package dev.mailbench.setup.engine;

import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The provider's ports with the usual ones filled in where a profile leaves them out, so the engines never
 * carry port numbers of their own beyond these well-known defaults.
 */
public record Endpoints(String host, Endpoint imap, Endpoint imapStarttls, Endpoint pop, Endpoint popStarttls,
                        Endpoint smtpSsl, Endpoint smtpStarttls) {

    public static final Endpoint IMAP_DEFAULT = new Endpoint(993, Encryption.SSL_TLS);
    public static final Endpoint IMAP_STARTTLS_DEFAULT = new Endpoint(143, Encryption.STARTTLS);
    public static final Endpoint POP_DEFAULT = new Endpoint(995, Encryption.SSL_TLS);
    public static final Endpoint POP_STARTTLS_DEFAULT = new Endpoint(110, Encryption.STARTTLS);
    public static final Endpoint SMTP_SSL_DEFAULT = new Endpoint(465, Encryption.SSL_TLS);
    public static final Endpoint SMTP_STARTTLS_DEFAULT = new Endpoint(587, Encryption.STARTTLS);
    /** The MX port: never for clients (OP25B), probed only to explain a client that uses it. */
    public static final int SMTP_RELAY_PORT = 25;

    public static Endpoints of(ProviderProfile p) {
        return new Endpoints(p.mailHost(), or(p.imap(), IMAP_DEFAULT), or(p.imapStarttls(), IMAP_STARTTLS_DEFAULT),
                or(p.pop(), POP_DEFAULT), or(p.popStarttls(), POP_STARTTLS_DEFAULT), or(p.smtpSsl(), SMTP_SSL_DEFAULT),
                or(p.smtpStarttls(), SMTP_STARTTLS_DEFAULT));
    }

    private static Endpoint or(Endpoint e, Endpoint fallback) {
        return e == null || e.port() <= 0 || e.encryption() == null ? fallback : e;
    }

    /** Ports that expect TLS from the first byte: the profile's and the standard 993/995/465. */
    public Set<Integer> implicitTlsPorts() {
        Set<Integer> s = new LinkedHashSet<>(Set.of(993, 995, 465));
        for (Endpoint e : new Endpoint[] {imap, imapStarttls, pop, popStarttls, smtpSsl, smtpStarttls}) {
            if (e.encryption() == Encryption.SSL_TLS) {
                s.add(e.port());
            } else {
                s.remove(e.port());
            }
        }
        return s;
    }

    /** Ports that start in plain text and upgrade with STARTTLS: the profile's and the standard 143/110/587. */
    public Set<Integer> starttlsPorts() {
        Set<Integer> s = new LinkedHashSet<>(Set.of(143, 110, 587));
        for (Endpoint e : new Endpoint[] {imap, imapStarttls, pop, popStarttls, smtpSsl, smtpStarttls}) {
            if (e.encryption() == Encryption.STARTTLS) {
                s.add(e.port());
            } else {
                s.remove(e.port());
            }
        }
        return s;
    }

    /** Which service a port belongs to, from the profile or the standard numbers; null when unknown. */
    public ServerSetting.Service serviceOf(int port) {
        if (port == imap.port() || port == imapStarttls.port() || port == 993 || port == 143) {
            return ServerSetting.Service.IMAP;
        }
        if (port == pop.port() || port == popStarttls.port() || port == 995 || port == 110) {
            return ServerSetting.Service.POP3;
        }
        if (port == smtpSsl.port() || port == smtpStarttls.port() || port == 465 || port == 587 || port == 25) {
            return ServerSetting.Service.SMTP;
        }
        return null;
    }
}
