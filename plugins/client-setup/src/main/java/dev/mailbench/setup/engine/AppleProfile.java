package dev.mailbench.setup.engine;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * An Apple configuration profile ({@code .mobileconfig}) with one {@code com.apple.mail.managed} account.
 *
 * <p>PayloadIdentifier is derived from the customer's domain and the mailbox id, so installing a newer
 * profile for the same mailbox replaces the old one instead of adding a second account. PayloadUUID is new
 * for every generation, as Apple expects of a changed profile.
 */
public final class AppleProfile {
    private AppleProfile() {
    }

    /**
     * @param password only when the consultant explicitly asked to include it; null otherwise. The array is
     *                 not kept; the caller wipes it.
     */
    public record Options(String organization, char[] password) {
        public static Options withoutPassword(String organization) {
            return new Options(organization, null);
        }
    }

    /** {@code jp.sample-shoji.mailbench.mail.m-info}: stable per project domain and mailbox. */
    public static String payloadIdentifier(String domain, String mailboxId) {
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = labels.length - 1; i >= 0; i--) {
            sb.append(safe(labels[i])).append('.');
        }
        return sb.append("mailbench.mail.").append(safe(mailboxId.isBlank() ? "mailbox" : mailboxId)).toString();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9-]", "-");
    }

    public static byte[] generate(ClientSettings s, String mailboxId, Options options) {
        if (s.incoming() == null) {
            throw new IllegalArgumentException("転送専用のアドレスにはプロファイルを作りません / no profile for a forward-only address: " + s.address());
        }
        int at = s.address().lastIndexOf('@');
        String domain = at < 0 ? "local" : s.address().substring(at + 1);
        String identifier = payloadIdentifier(domain, mailboxId);
        String name = s.displayName().isBlank() ? s.address() : s.displayName();

        NSDictionary mail = new NSDictionary();
        mail.put("PayloadType", "com.apple.mail.managed");
        mail.put("PayloadVersion", 1);
        mail.put("PayloadIdentifier", identifier + ".account");
        mail.put("PayloadUUID", UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        mail.put("PayloadDisplayName", "メール / Mail: " + s.address());
        mail.put("EmailAccountDescription", s.address());
        mail.put("EmailAccountName", name);
        mail.put("EmailAccountType", s.incoming().service() == ServerSetting.Service.POP3 ? "EmailTypePOP" : "EmailTypeIMAP");
        mail.put("EmailAddress", s.address());
        mail.put("IncomingMailServerAuthentication", "EmailAuthPassword");
        mail.put("IncomingMailServerHostName", s.incoming().host());
        mail.put("IncomingMailServerPortNumber", s.incoming().port());
        mail.put("IncomingMailServerUseSSL", s.incoming().encryption() != Encryption.NONE);
        mail.put("IncomingMailServerUsername", s.username());
        mail.put("OutgoingMailServerAuthentication", "EmailAuthPassword");
        mail.put("OutgoingMailServerHostName", s.outgoing().host());
        mail.put("OutgoingMailServerPortNumber", s.outgoing().port());
        mail.put("OutgoingMailServerUseSSL", s.outgoing().encryption() != Encryption.NONE);
        mail.put("OutgoingMailServerUsername", s.username());
        mail.put("OutgoingPasswordSameAsIncomingPassword", true);
        if (options.password() != null && options.password().length > 0) {
            mail.put("IncomingPassword", new String(options.password()));
        }

        NSDictionary root = new NSDictionary();
        root.put("PayloadContent", new NSArray(mail));
        root.put("PayloadDisplayName", name + "（メール設定 / mail settings）");
        root.put("PayloadDescription", s.address() + " のメール設定です。インストール後にパスワードを入力します。 / Mail settings for "
                + s.address() + "; enter the password after installing.");
        root.put("PayloadIdentifier", identifier);
        root.put("PayloadOrganization", options.organization() == null ? "" : options.organization());
        root.put("PayloadRemovalDisallowed", false);
        root.put("PayloadType", "Configuration");
        root.put("PayloadUUID", UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        root.put("PayloadVersion", 1);
        return root.toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
    }
}
