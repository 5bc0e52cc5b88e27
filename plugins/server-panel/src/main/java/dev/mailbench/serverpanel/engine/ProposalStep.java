package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.model.LocalizedText;

/**
 * One request of a proposal's plan: a DNS change or a mail-account change (exactly one is set), with the reason the
 * proposing plugin gave.
 */
public record ProposalStep(DnsChange dns, MailChange mail, LocalizedText why) {
    public static ProposalStep of(DnsChange dns, LocalizedText why) {
        return new ProposalStep(dns, null, why);
    }

    public static ProposalStep of(MailChange mail, LocalizedText why) {
        return new ProposalStep(null, mail, why);
    }

    public ProposalStep inverse() {
        return dns != null ? new ProposalStep(dns.inverse(), null, why) : new ProposalStep(null, mail.inverse(), why);
    }

    public String describe() {
        return dns != null ? dns.describe() : mail.describe();
    }

    public String before() {
        return dns != null ? DnsChange.show(dns.before()) : mail.before();
    }

    public String after() {
        return dns != null ? DnsChange.show(dns.after()) : mail.after();
    }
}
