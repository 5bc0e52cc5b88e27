package dev.mailbench.design.engine;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;

/**
 * Applies an accepted decision to a project in one step: the mailbox's protocol, quota and forwarding (so
 * client setup and the handover documents use them) and the plugin section (the decision, its note and
 * the answers it was based on).
 */
public final class DecisionApplier {
    private DecisionApplier() {
    }

    public static Project accept(Project project, MailDesignDecision decision, QuestionnaireAnswers answers) {
        DesignSection section = DesignSectionCodec.read(project)
                .withAnswers(decision.mailboxId(), answers)
                .withDecision(decision);
        Project withMailbox = project.withMailboxes(
                Project.update(project.mailboxes(), decision.mailboxId(), m -> applyTo(m, decision)));
        return DesignSectionCodec.write(withMailbox, section);
    }

    static Mailbox applyTo(Mailbox m, MailDesignDecision d) {
        Integer quota = d.quotaMb() != null ? d.quotaMb() : m.quotaMb();
        var forward = d.forwardTo().isEmpty() ? m.forwardTo() : d.forwardTo();
        return new Mailbox(m.id(), m.address(), m.displayName(), m.role(), d.protocol(), quota, forward, m.autoReply(),
                m.notes());
    }
}
