package dev.mailbench.migration.copy;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import jakarta.mail.MessagingException;

/**
 * One connection to each server, reopened after a break. The source connection only ever EXAMINEs and fetches with
 * BODY.PEEK, so nothing on the old host changes.
 */
final class ServerPair implements AutoCloseable {
    private final ImapAccount sourceAccount;
    private final ImapAccount destinationAccount;
    private ImapConnection source;
    private ImapConnection destination;

    ServerPair(ImapAccount sourceAccount, ImapAccount destinationAccount) {
        this.sourceAccount = sourceAccount;
        this.destinationAccount = destinationAccount;
    }

    /** Opens both; a failure here (login, certificate, no route) is the caller's "cannot connect". */
    void open() throws MessagingException {
        source = ImapConnection.open(sourceAccount);
        if (destinationAccount != null) {
            destination = ImapConnection.open(destinationAccount);
        }
    }

    ImapConnection source() {
        return source;
    }

    ImapConnection destination() {
        return destination;
    }

    void reopen() throws MessagingException {
        close();
        open();
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
        if (destination != null) {
            destination.close();
            destination = null;
        }
    }
}
