package dev.mailbench.design.engine;

import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailboxInventoryService;
import dev.mailbench.api.services.ServerPanelService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Designs every mailbox of a project: questionnaire (prefill + saved answers + measurements) → advice. When the
 * server panel was imported, its quota and usage replace the recorded ones and its forwarding and filters are checked.
 */
public final class ProjectDesigner {
    private final DesignAdvisor advisor;
    private final Optional<MailboxInventoryService> inventory;
    private final Optional<ServerPanelService> panel;
    private final LocalDate today;

    public ProjectDesigner(DesignAdvisor advisor, Optional<MailboxInventoryService> inventory, LocalDate today) {
        this(advisor, inventory, Optional.empty(), today);
    }

    public ProjectDesigner(DesignAdvisor advisor, Optional<MailboxInventoryService> inventory,
                           Optional<ServerPanelService> panel, LocalDate today) {
        this.advisor = advisor;
        this.inventory = inventory;
        this.panel = panel;
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
        PanelFacts facts = panelFacts(project, mailbox);
        Mailbox onServer = facts.quotaMb().map(mailbox::withQuotaMb).orElse(mailbox);
        Recommendation recommendation = advisor.advise(
                new DesignContext(project, onServer, questionnaire, today, null, facts));
        return new MailboxDesign(onServer, questionnaire, recommendation,
                Optional.ofNullable(section.decisions().get(mailbox.id())), facts);
    }

    public Questionnaire questionnaire(Project project, DesignSection section, Mailbox mailbox) {
        var measured = inventory.flatMap(s -> s.measuredVolume(project, mailbox.id()));
        return QuestionnaireFactory.build(project, mailbox, section.answersFor(mailbox.id()), measured,
                panelFacts(project, mailbox).usedMb());
    }

    /** What the server panel's last import says about {@code mailbox}; {@link PanelFacts#NONE} without one. */
    public PanelFacts panelFacts(Project project, Mailbox mailbox) {
        return panel.flatMap(s -> s.lastImport(project)).map(s -> PanelFacts.of(s, mailbox.address()))
                .orElse(PanelFacts.NONE);
    }
}
