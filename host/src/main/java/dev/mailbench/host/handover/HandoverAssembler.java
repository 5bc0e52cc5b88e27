package dev.mailbench.host.handover;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.ChecklistItem;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.host.handover.sections.HostSections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the host's own sections and the plugins' contributions into one {@link HandoverDocument}:
 * sorted by order, with each checklist item's status, owner, due date and note taken from the project's
 * recorded {@link ChecklistState} when there is one. A contributor that fails is reported as a warning
 * and left out; the customer still gets the rest.
 */
public final class HandoverAssembler {

    public HandoverDocument assemble(Project project, ProviderProfile provider, Locale locale,
                                     List<HandoverContributor> pluginContributors, String documentVersion,
                                     LocalDate issued) {
        HandoverContext context = HandoverContext.of(project, provider, locale);
        List<String> warnings = new ArrayList<>();
        List<HandoverSection> sections = new ArrayList<>();
        List<HandoverContributor> all = new ArrayList<>(HostSections.contributors());
        all.addAll(pluginContributors);
        for (HandoverContributor contributor : all) {
            try {
                Optional<HandoverSection> section = contributor.build(context);
                section.ifPresent(sections::add);
            } catch (RuntimeException e) {
                warnings.add("A handover section could not be built (" + contributor.getClass().getName() + "): " + e);
            }
        }
        sections.sort(Comparator.comparingInt(HandoverSection::order).thenComparing(s -> s.id() == null ? "" : s.id()));
        List<HandoverSection> merged = sections.stream().map(s -> withStates(s, project)).toList();
        warnDuplicateIds(merged, warnings);
        DocumentFields fields = DocumentFields.of(project, provider, locale, documentVersion, issued);
        return new HandoverDocument(locale, fields, merged, warnings);
    }

    private static HandoverSection withStates(HandoverSection section, Project project) {
        List<HandoverBlock> blocks = section.blocks().stream().map(b -> b instanceof ChecklistBlock c
                ? new ChecklistBlock(c.title(), c.items().stream().map(i -> withState(i, project)).toList())
                : b).toList();
        return new HandoverSection(section.id(), section.title(), section.order(), section.intro(), blocks);
    }

    private static ChecklistItem withState(ChecklistItem item, Project project) {
        return project.checklistState(item.id())
                .map(s -> new ChecklistItem(item.id(), item.text(), s.status(), s.owner(), s.due(), s.note()))
                .orElse(item);
    }

    private static void warnDuplicateIds(List<HandoverSection> sections, List<String> warnings) {
        Set<String> seen = new HashSet<>();
        for (HandoverSection s : sections) {
            for (ChecklistItem item : s.checklistItems()) {
                if (!seen.add(item.id())) {
                    warnings.add("Duplicate checklist item id '" + item.id() + "' in section '" + s.title()
                            + "': its state cannot be told apart when the workbook is read back");
                }
            }
        }
    }
}
