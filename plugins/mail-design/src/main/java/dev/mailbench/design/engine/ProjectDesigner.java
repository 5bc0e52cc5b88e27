package dev.mailbench.design.engine;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Designs every mailbox of a project: questionnaire (prefill + saved answers + measurements) → advice. */
public final class ProjectDesigner {
    private final DesignAdvisor advisor;
    private final Optional<MailboxInventoryService> inventory;
    private final LocalDate today;

    public ProjectDesigner(DesignAdvisor advisor, Optional<MailboxInventoryService> inventory, LocalDate today) {
        this.advisor = advisor;
        this.inventory = inventory;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public List<MailboxDesign> design(Project project) {
        DesignSection section = DesignSectionCodec.read(project);
        return project.mailboxes().stream().map(m -> design(project, section, m)).toList();
    }

    public MailboxDesign design(Project project, DesignSection section, Mailbox mailbox) {
        return design(project, section, mailbox, questionnaire(project, section, mailbox));
    }

    /** For the panel's live edits: the advice for a questionnaire that is not saved yet. */
    public MailboxDesign design(Project project, DesignSection section, Mailbox mailbox, Questionnaire questionnaire) {
        Recommendation recommendation = advisor.advise(new DesignContext(project, mailbox, questionnaire, today, null));
        return new MailboxDesign(mailbox, questionnaire, recommendation,
                Optional.ofNullable(section.decisions().get(mailbox.id())));
    }

    public Questionnaire questionnaire(Project project, DesignSection section, Mailbox mailbox) {
        var measured = inventory.flatMap(s -> s.measuredVolume(project, mailbox.id()));
        return QuestionnaireFactory.build(project, mailbox, section.answersFor(mailbox.id()), measured);
    }
}
