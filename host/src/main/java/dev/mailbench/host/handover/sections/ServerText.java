package dev.mailbench.host.handover.sections;

import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.host.handover.HandoverText;
import java.util.Locale;

/** How ports and encryption are written in the documents: "993（SSL/TLS）". */
final class ServerText {
    private ServerText() {
    }

    static String encryption(Encryption e, Locale locale) {
        if (e == null) {
            return HandoverText.NONE.get(locale);
        }
        return switch (e) {
            case SSL_TLS -> "SSL/TLS";
            case STARTTLS -> "STARTTLS";
            case NONE -> HandoverText.NO.get(locale);
        };
    }

    static String port(Endpoint endpoint) {
        return endpoint == null ? "" : Integer.toString(endpoint.port());
    }

    static String pair(Endpoint endpoint, Locale locale) {
        if (endpoint == null) {
            return HandoverText.NONE.get(locale);
        }
        return HandoverText.isEnglish(locale)
                ? endpoint.port() + " (" + encryption(endpoint.encryption(), locale) + ")"
                : endpoint.port() + "（" + encryption(endpoint.encryption(), locale) + "）";
    }

    static String mailHost(ProviderProfile provider) {
        return provider == null || provider.mailHost() == null ? "" : provider.mailHost();
    }
}
