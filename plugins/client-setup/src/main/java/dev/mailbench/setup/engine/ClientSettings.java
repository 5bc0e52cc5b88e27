package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.MailProtocol;
import java.util.List;

/**
 * What one client needs to reach one mailbox.
 *
 * @param protocol       the protocol the settings are for (never UNDECIDED: that becomes IMAP with a note)
 * @param incoming       IMAP or POP3 server; null for a forward-only mailbox
 * @param outgoing       SMTP submission server; null for a forward-only mailbox
 * @param username       the login name, for incoming and outgoing alike
 * @param leaveCopy      POP only: leave a copy on the server
 * @param deleteAfterDays POP with a copy: remove from the server after this many days (null: never)
 */
public record ClientSettings(ClientKind client, String address, String displayName, MailProtocol protocol,
                             ServerSetting incoming, ServerSetting outgoing, String username, boolean leaveCopy,
                             Integer deleteAfterDays, List<SetupNote> notes) {
    public ClientSettings {
        notes = List.copyOf(notes);
    }

    public boolean forwardOnly() {
        return protocol == MailProtocol.FORWARD_ONLY;
    }

    public boolean hasNote(String code) {
        return notes.stream().anyMatch(n -> n.code().equals(code));
    }
}
