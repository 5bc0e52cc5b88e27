package dev.mailbench.api.model;

/** One mailbox as read on one device. */
public record MailboxUse(String mailboxId, DeviceRole role) {
    public MailboxUse {
        mailboxId = Values.text(mailboxId);
        role = role == null ? DeviceRole.VIEWER : role;
    }
}
