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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        // The plugins' sections (the design plugin's forecasts and charts are most of the assembly) are built on a
        // thread of their own while the host builds its own: the export waits for the whole document.
        FutureTask<List<Built>> plugins = new FutureTask<>(() -> build(pluginContributors, context));
        Thread pluginThread = null;
        if (!pluginContributors.isEmpty()) {
            pluginThread = new Thread(plugins, "handover-plugin-sections");
            pluginThread.setDaemon(true);
            pluginThread.start();
        }
        List<Built> built = new ArrayList<>(build(HostSections.contributors(), context));
        if (pluginThread != null) {
            built.addAll(joined(pluginThread, plugins));
        }
        List<String> warnings = new ArrayList<>();
        List<HandoverSection> sections = new ArrayList<>();
        for (Built b : built) {
            b.section().ifPresent(sections::add);
            b.warning().ifPresent(warnings::add);
        }
        sections.sort(Comparator.comparingInt(HandoverSection::order).thenComparing(s -> s.id() == null ? "" : s.id()));
        List<HandoverSection> merged = sections.stream().map(s -> withStates(s, project)).toList();
        warnDuplicateIds(merged, warnings);
        DocumentFields fields = DocumentFields.of(project, provider, locale, documentVersion, issued);
        return new HandoverDocument(locale, fields, merged, warnings);
    }

    /** One contributor's section, or why it has none. */
    private record Built(Optional<HandoverSection> section, Optional<String> warning) {
    }

    private static List<Built> build(List<HandoverContributor> contributors, HandoverContext context) {
        List<Built> built = new ArrayList<>();
        for (HandoverContributor contributor : contributors) {
            try {
                built.add(new Built(contributor.build(context), Optional.empty()));
            } catch (RuntimeException e) {
                built.add(new Built(Optional.empty(), Optional.of("A handover section could not be built ("
                        + contributor.getClass().getName() + "): " + e)));
            }
        }
        return built;
    }

    /** The plugin thread's sections; an Error there is thrown here (a contributor's exception is a warning). */
    private static List<Built> joined(Thread thread, FutureTask<List<Built>> work) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    thread.join();
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
