package dev.mailbench.migration.model;

/**
 * The host the customer's mail is moving away from, as the consultant enters it. Never a password.
 *
 * @param label      how the customer calls it, e.g. "さくらのメールボックス"
 * @param imapPort   IMAPS (implicit TLS) port, usually 993
 * @param dnsServers the old authoritative DNS servers ({@code IP[:PORT]}, comma-separated), "" when unknown
 */
public record OldHost(String label, String imapHost, int imapPort, String smtpHost, int smtpPort, String dnsServers) {
    public OldHost {
        label = label == null ? "" : label;
        imapHost = imapHost == null ? "" : imapHost;
        smtpHost = smtpHost == null ? "" : smtpHost;
        dnsServers = dnsServers == null ? "" : dnsServers;
    }
}
