package dev.mailbench.host.handover;

import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.ChecklistMergePreview.Entry;
import dev.mailbench.host.handover.ChecklistMergePreview.Fields;
import dev.mailbench.host.handover.ChecklistMergePreview.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies a {@link ChecklistMergePreview} to a project: changes go in, conflicts only as resolved. */
public final class ChecklistMerge {
    public enum Resolution {
        /** Take what the customer wrote in the workbook. */
        TAKE_SHEET,
        /** Keep the project's current value. */
        KEEP_PROJECT
    }

    /** Thrown when a conflict has no resolution: nothing is applied then. */
    public static final class UnresolvedConflictsException extends Exception {
        private final List<String> itemIds;

        public UnresolvedConflictsException(List<String> itemIds) {
            super("未解決の競合があります / unresolved conflicts: " + String.join(", ", itemIds));
            this.itemIds = List.copyOf(itemIds);
        }

        public List<String> itemIds() {
            return itemIds;
        }
    }

    private ChecklistMerge() {
    }

    /**
     * @param resolutions a choice for every CONFLICT entry, by item id
     * @return the project with the checklist states updated; the same project when nothing changes
     */
    public static Project apply(Project project, ChecklistMergePreview preview, Map<String, Resolution> resolutions,
                                Instant now) throws UnresolvedConflictsException {
        List<String> unresolved = preview.ofKind(Kind.CONFLICT).stream().map(Entry::itemId)
                .filter(id -> !resolutions.containsKey(id)).toList();
        if (!unresolved.isEmpty()) {
            throw new UnresolvedConflictsException(unresolved);
        }
        List<ChecklistState> states = new ArrayList<>(project.checklist());
        boolean changed = false;
        for (Entry e : preview.entries()) {
            boolean take = e.kind() == Kind.CHANGED
                    || (e.kind() == Kind.CONFLICT && resolutions.get(e.itemId()) == Resolution.TAKE_SHEET);
            if (!take) {
                continue;
            }
            Fields f = e.sheet();
            ChecklistState state = new ChecklistState(e.itemId(), f.status(), f.owner(), f.due(), f.note(), now);
            int at = indexOf(states, e.itemId());
            if (at >= 0) {
                states.set(at, state);
            } else {
                states.add(state);
            }
            changed = true;
        }
        return changed ? project.withChecklist(states) : project;
    }

    private static int indexOf(List<ChecklistState> states, String id) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).itemId().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
