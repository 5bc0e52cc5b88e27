package dev.mailbench.api.services;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import java.util.Map;
import java.util.Optional;

/**
 * The POP/IMAP design advisor's accepted decisions, offered by the {@code mail-design} plugin to the
 * client-setup generators and anyone else that needs "which protocol did the consultant settle on".
 * Takes the project as an argument so command-line tools that load a project file can use it too.
 */
public interface MailDesignService {
    /** Decisions the consultant accepted (or overrode), keyed by mailbox id; empty when none. */
    Map<String, MailDesignDecision> acceptedDecisions(Project project);

    default Optional<MailDesignDecision> acceptedDecision(Project project, String mailboxId) {
        return Optional.ofNullable(acceptedDecisions(project).get(mailboxId));
    }

    /**
     * The protocol to generate client settings for: the accepted decision's, else the protocol recorded on
     * the mailbox (which accepting also updates, so both agree unless someone edited the mailbox since).
     */
    default MailProtocol protocolFor(Project project, Mailbox mailbox) {
        return acceptedDecision(project, mailbox.id()).map(MailDesignDecision::protocol).orElse(mailbox.protocol());
    }
}
