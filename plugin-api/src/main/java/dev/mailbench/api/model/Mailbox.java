package dev.mailbench.api.model;

import java.util.List;

/**
 * A mail address on the customer's domain.
 *
 * @param quotaMb    mailbox size in MB as set in the provider's panel; {@code null} when not known yet
 * @param forwardTo  addresses every message is forwarded to
 */
public record Mailbox(String id, String address, String displayName, MailboxRole role, MailProtocol protocol,
                      Integer quotaMb, List<String> forwardTo, AutoReply autoReply, String notes)
        implements Identified {
    public Mailbox {
        id = Values.text(id);
        address = Values.text(address);
        displayName = Values.text(displayName);
        role = role == null ? MailboxRole.OTHER : role;
        protocol = protocol == null ? MailProtocol.UNDECIDED : protocol;
        forwardTo = Values.list(forwardTo);
        autoReply = autoReply == null ? AutoReply.OFF : autoReply;
        notes = Values.text(notes);
    }

    /** The part after the {@code @}, lower-cased; empty when the address has none. */
    public String domainPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).trim().toLowerCase(java.util.Locale.ROOT);
    }

    public Mailbox withAddress(String value) {
        return new Mailbox(id, value, displayName, role, protocol, quotaMb, forwardTo, autoReply, notes);
    }

    public Mailbox withProtocol(MailProtocol value) {
        return new Mailbox(id, address, displayName, role, value, quotaMb, forwardTo, autoReply, notes);
    }

    public Mailbox withQuotaMb(Integer value) {
        return new Mailbox(id, address, displayName, role, protocol, value, forwardTo, autoReply, notes);
    }
}
