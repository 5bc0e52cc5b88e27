package dev.mailbench.api.provider;

import java.util.List;
import java.util.Map;

/**
 * A mail hosting provider's facts, loaded from data ({@code provider-profiles/<id>.json}) and resolved for
 * one project: {@code {serverId}} in host names is filled in and the project's overrides are applied.
 *
 * @param mailHost        the server clients connect to, e.g. {@code sv1234.xserver.jp}
 * @param usernameRule    how the login name is formed ({@code FULL_ADDRESS} on Xserver)
 * @param spfTemplate     the provider's default SPF record, with {@code {mailHost}} and {@code {domain}}
 * @param dmarcDefault    the provider's default DMARC record
 * @param rules           further facts as text, keyed by name (e.g. {@code smtpOverseasRestriction})
 */
public record ProviderProfile(
        String id,
        String displayName,
        String mailHost,
        Endpoint imap,
        Endpoint imapStarttls,
        Endpoint pop,
        Endpoint popStarttls,
        Endpoint smtpSsl,
        Endpoint smtpStarttls,
        String usernameRule,
        String spfInclude,
        String spfTemplate,
        List<String> dkimSelectors,
        String dmarcDefault,
        String mxDefault,
        Map<String, String> rules) {

    public ProviderProfile {
        dkimSelectors = dkimSelectors == null ? List.of() : List.copyOf(dkimSelectors);
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }

    /** A port and its encryption. */
    public record Endpoint(int port, Encryption encryption) {
    }

    public enum Encryption {
        /** Implicit TLS from the first byte (993, 995, 465). */
        SSL_TLS,
        STARTTLS,
        NONE
    }

    /** The SPF record this provider recommends for {@code domain}. */
    public String spfFor(String domain) {
        return spfTemplate == null ? "" : spfTemplate.replace("{mailHost}", mailHost).replace("{domain}", domain);
    }

    /** The login name for {@code address} under this provider's rule. */
    public String usernameFor(String address) {
        if ("LOCAL_PART".equals(usernameRule)) {
            int at = address.indexOf('@');
            return at < 0 ? address : address.substring(0, at);
        }
        return address;
    }
}
