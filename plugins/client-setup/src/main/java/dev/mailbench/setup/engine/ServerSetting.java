package dev.mailbench.setup.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import java.util.Locale;

/**
 * One server a client talks to.
 *
 * @param service IMAP, POP3 or SMTP
 */
public record ServerSetting(Service service, String host, int port, Encryption encryption) {

    public enum Service {
        IMAP, POP3, SMTP;

        public String label() {
            return this == POP3 ? "POP" : name();
        }
    }

    /** The encryption as the clients call it: "SSL/TLS", "STARTTLS" or "なし". */
    public String encryptionLabel(Locale locale) {
        return encryptionLabel(encryption, locale);
    }

    public static String encryptionLabel(Encryption e, Locale locale) {
        return switch (e) {
            case SSL_TLS -> "SSL/TLS";
            case STARTTLS -> "STARTTLS";
            case NONE -> LocalizedText.pick(locale, "なし", "None");
        };
    }
}
