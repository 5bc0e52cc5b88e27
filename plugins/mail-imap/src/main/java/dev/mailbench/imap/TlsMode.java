package dev.mailbench.imap;

import java.util.Optional;

/**
 * How a connection gets its TLS. Chosen by the user (form, command option); only the standard ports suggest a
 * default. Either way the certificate is verified and the password is sent only over TLS.
 */
public enum TlsMode {
    /** TLS from the first byte ("SSL/TLS"): IMAPS 993, POP3S 995. */
    IMPLICIT_TLS,
    /** A plain start upgraded with STARTTLS (POP3: STLS) before the login: IMAP 143, POP3 110. */
    STARTTLS;

    /** The mode the standard port {@code port} stands for (993, 995, 143, 110); empty for any other port. */
    public static Optional<TlsMode> standardFor(int port) {
        return switch (port) {
            case 993, 995 -> Optional.of(IMPLICIT_TLS);
            case 143, 110 -> Optional.of(STARTTLS);
            default -> Optional.empty();
        };
    }
}
