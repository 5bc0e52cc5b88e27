package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule looks at: the mailbox as recorded, its questionnaire, the project (for people and other
 * mailboxes), today's date, what earlier rules have proposed so far and what the server panel's last import says
 * ({@link PanelFacts#NONE} without one; the mailbox's quota is then already the panel's).
 */
public record DesignContext(Project project, Mailbox mailbox, Questionnaire questionnaire, LocalDate today,
                            Suggestion proposal, PanelFacts panel) {
    public DesignContext {
        proposal = proposal == null ? Suggestion.NONE : proposal;
        panel = panel == null ? PanelFacts.NONE : panel;
    }

    /** Without a server panel import. */
    public DesignContext(Project project, Mailbox mailbox, Questionnaire questionnaire, LocalDate today,
                         Suggestion proposal) {
        this(project, mailbox, questionnaire, today, proposal, PanelFacts.NONE);
    }

    public DesignContext withProposal(Suggestion value) {
        return new DesignContext(project, mailbox, questionnaire, today, value, panel);
    }

    /** The protocol proposed so far, {@link MailProtocol#UNDECIDED} before the protocol phase. */
    public MailProtocol proposedProtocol() {
        return proposal.protocol() == null ? MailProtocol.UNDECIDED : proposal.protocol();
    }

    /** The quota proposed so far, else the mailbox's current one. */
    public Integer proposedQuotaMb() {
        return proposal.quotaMb() != null ? proposal.quotaMb() : mailbox.quotaMb();
    }

    /** The forecast under the mailbox's current quota. */
    public CapacityForecast currentForecast() {
        return CapacityForecast.of(questionnaire, mailbox.quotaMb(), today);
    }

    public CapacityForecast forecast(Integer quotaMb) {
        return CapacityForecast.of(questionnaire, quotaMb, today);
    }

    /** The address shown in texts: the mailbox address, or its id when the address is still empty. */
    public String address() {
        return mailbox.address().isBlank() ? mailbox.id() : mailbox.address();
    }

    /** The customer's main contact address (代表), where form mail is usually forwarded. */
    public Optional<Mailbox> representative() {
        return project.mailboxes().stream()
                .filter(m -> m.role() == MailboxRole.REPRESENTATIVE && !m.id().equals(mailbox.id()))
                .findFirst();
    }

    public String deviceName(String deviceId) {
        return project.device(deviceId).map(d -> d.name()).filter(n -> !n.isBlank()).orElse(deviceId);
    }

    public String personName(String personId) {
        return project.person(personId).map(p -> p.name()).filter(n -> !n.isBlank()).orElse(personId);
    }
}
