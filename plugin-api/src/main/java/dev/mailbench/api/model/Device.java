package dev.mailbench.api.model;

import java.util.List;

/**
 * A PC, phone or tablet that reads mail.
 *
 * @param personId  who uses it (a {@link Person#id()}), empty when shared
 * @param mailboxes which mailboxes it reads, and whether it keeps the archive copy
 */
public record Device(String id, String name, String personId, ClientKind client, List<MailboxUse> mailboxes,
                     String notes) implements Identified {
    public Device {
        id = Values.text(id);
        name = Values.text(name);
        personId = Values.text(personId);
        client = client == null ? ClientKind.OTHER : client;
        mailboxes = Values.list(mailboxes);
        notes = Values.text(notes);
    }
}
