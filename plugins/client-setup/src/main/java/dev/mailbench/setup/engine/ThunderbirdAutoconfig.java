package dev.mailbench.setup.engine;

import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Thunderbird's autoconfig file ({@code clientConfig} version 1.1) for a domain: IMAP and POP3 (the
 * preferred one first, since Thunderbird offers the first), SMTP on the SSL port and the STARTTLS port.
 * There is no ISPDB entry for Xserver, so the customer's web space has to serve this file.
 */
public final class ThunderbirdAutoconfig {
    private ThunderbirdAutoconfig() {
    }

    public static byte[] generate(Endpoints ep, String domain, String displayName, boolean preferPop) {
        Document doc = Xml.newDocument();
        Element root = doc.createElement("clientConfig");
        root.setAttribute("version", "1.1");
        doc.appendChild(root);
        Element provider = Xml.child(root, "emailProvider", null);
        provider.setAttribute("id", domain);
        Xml.child(provider, "domain", domain);
        Xml.child(provider, "displayName", displayName == null || displayName.isBlank() ? domain : displayName);
        Xml.child(provider, "displayShortName", domain);
        if (preferPop) {
            server(provider, "incomingServer", "pop3", ep.host(), ep.pop());
            server(provider, "incomingServer", "imap", ep.host(), ep.imap());
        } else {
            server(provider, "incomingServer", "imap", ep.host(), ep.imap());
            server(provider, "incomingServer", "pop3", ep.host(), ep.pop());
        }
        server(provider, "outgoingServer", "smtp", ep.host(), ep.smtpSsl());
        server(provider, "outgoingServer", "smtp", ep.host(), ep.smtpStarttls());
        return Xml.toBytes(doc);
    }

    private static void server(Element provider, String element, String type, String host, Endpoint ep) {
        Element s = Xml.child(provider, element, null);
        s.setAttribute("type", type);
        Xml.child(s, "hostname", host);
        Xml.child(s, "port", Integer.toString(ep.port()));
        Xml.child(s, "socketType", socketType(ep.encryption()));
        // The password travels inside TLS; "cleartext" is Thunderbird's name for PLAIN/LOGIN.
        Xml.child(s, "authentication", "password-cleartext");
        Xml.child(s, "username", "%EMAILADDRESS%");
        if ("pop3".equals(type)) {
            Element pop = Xml.child(s, "pop3", null);
            Xml.child(pop, "leaveMessagesOnServer", "true");
        }
    }

    static String socketType(Encryption e) {
        return switch (e) {
            case SSL_TLS -> "SSL";
            case STARTTLS -> "STARTTLS";
            case NONE -> "plain";
        };
    }
}
