package dev.mailbench.setup.engine.live;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.Endpoints;
import dev.mailbench.setup.engine.ServerSetting.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * One protocol on one port.
 *
 * @param relayOnly port 25: only connect and read the greeting, to explain OP25B; never logs in
 */
public record ProbeTarget(Service service, int port, Encryption encryption, boolean relayOnly) {

    public ProbeTarget(Service service, int port, Encryption encryption) {
        this(service, port, encryption, false);
    }

    public String label() {
        return service.label() + " " + port + (relayOnly ? "" : " " + (encryption == Encryption.SSL_TLS ? "SSL/TLS"
                : encryption == Encryption.STARTTLS ? "STARTTLS" : "plain"));
    }

    /** The provider's six client ports (IMAP, POP, SMTP, each implicit TLS and STARTTLS), optionally port 25. */
    public static List<ProbeTarget> standard(Endpoints ep, boolean includePort25) {
        List<ProbeTarget> out = new ArrayList<>(List.of(
                new ProbeTarget(Service.IMAP, ep.imap().port(), ep.imap().encryption()),
                new ProbeTarget(Service.IMAP, ep.imapStarttls().port(), ep.imapStarttls().encryption()),
                new ProbeTarget(Service.POP3, ep.pop().port(), ep.pop().encryption()),
                new ProbeTarget(Service.POP3, ep.popStarttls().port(), ep.popStarttls().encryption()),
                new ProbeTarget(Service.SMTP, ep.smtpSsl().port(), ep.smtpSsl().encryption()),
                new ProbeTarget(Service.SMTP, ep.smtpStarttls().port(), ep.smtpStarttls().encryption())));
        if (includePort25) {
            out.add(new ProbeTarget(Service.SMTP, Endpoints.SMTP_RELAY_PORT, Encryption.NONE, true));
        }
        return out;
    }
}
