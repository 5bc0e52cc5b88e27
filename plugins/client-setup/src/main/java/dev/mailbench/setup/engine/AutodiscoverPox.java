package dev.mailbench.setup.engine;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Outlook's POX Autodiscover response for one mailbox. SPA is written as {@code off} on purpose: Outlook
 * assumes it is on when the element is missing, and then cannot log in to Xserver.
 */
public final class AutodiscoverPox {
    public static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    public static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private AutodiscoverPox() {
    }

    public static byte[] generate(ClientSettings s) {
        if (s.incoming() == null) {
            throw new IllegalArgumentException("転送専用のアドレスには自動設定がありません / a forward-only address has no client settings: " + s.address());
        }
        Document doc = Xml.newDocument();
        Element root = doc.createElementNS(RESPONSE_NS, "Autodiscover");
        doc.appendChild(root);
        Element response = doc.createElementNS(OUTLOOK_NS, "Response");
        root.appendChild(response);
        Element user = Xml.child(response, "User", null);
        Xml.child(user, "DisplayName", s.displayName().isBlank() ? s.address() : s.displayName());
        Element account = Xml.child(response, "Account", null);
        Xml.child(account, "AccountType", "email");
        Xml.child(account, "Action", "settings");
        protocol(account, s.incoming(), s.username(), s);
        protocol(account, s.outgoing(), s.username(), s);
        return Xml.toBytes(doc);
    }

    private static void protocol(Element account, ServerSetting server, String login, ClientSettings s) {
        Element p = Xml.child(account, "Protocol", null);
        Xml.child(p, "Type", server.service() == ServerSetting.Service.POP3 ? "POP3" : server.service().name());
        Xml.child(p, "Server", server.host());
        Xml.child(p, "Port", Integer.toString(server.port()));
        Xml.child(p, "DomainRequired", "off");
        Xml.child(p, "LoginName", login);
        Xml.child(p, "SPA", "off");
        Xml.child(p, "SSL", server.encryption() == Encryption.NONE ? "off" : "on");
        Xml.child(p, "Encryption", switch (server.encryption()) {
            case SSL_TLS -> "SSL";
            case STARTTLS -> "TLS";
            case NONE -> "None";
        });
        Xml.child(p, "AuthRequired", "on");
        if (server.service() == ServerSetting.Service.SMTP) {
            Xml.child(p, "UsePOPAuth", "on");
        }
        if (server.service() == ServerSetting.Service.POP3) {
            Xml.child(p, "LeaveMessagesOnServer", s.leaveCopy() ? "on" : "off");
        }
    }

    /**
     * The response body for the PHP responder: the same XML with placeholders the script fills in from
     * the request ({@code {{EMAIL}}}, {@code {{NAME}}}), protocol chosen per address.
     */
    public static String template(ClientSettings sample) {
        return new String(generate(new ClientSettings(sample.client(), "{{EMAIL}}", "{{NAME}}", sample.protocol(),
                sample.incoming(), sample.outgoing(), "{{EMAIL}}", sample.leaveCopy(), sample.deleteAfterDays(), sample.notes())),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
