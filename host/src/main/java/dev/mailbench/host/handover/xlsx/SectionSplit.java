package dev.mailbench.host.handover.xlsx;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One table per sheet. A sheet has one set of column widths and one row repeated at the top of printed
 * pages, so tables stacked on a sheet shared widths and printed the checklist's header above unrelated
 * tables. The first sheet keeps the section's title, intro and checklist; the text, key-value and picture
 * blocks follow on a sheet of their own (no table header to repeat); every other table gets its own sheet,
 * titled "section — table" so a printed page says where it belongs.
 */
final class SectionSplit {
    private SectionSplit() {
    }

    static List<HandoverSection> split(HandoverSection section) {
        List<HandoverBlock> checklists = new ArrayList<>();
        List<HandoverBlock> free = new ArrayList<>();
        List<TableBlock> tables = new ArrayList<>();
        for (HandoverBlock b : section.blocks()) {
            if (b instanceof ChecklistBlock) {
                checklists.add(b);
            } else if (b instanceof TableBlock t) {
                tables.add(t);
            } else {
                free.add(b);
            }
        }
        List<HandoverSection> parts = new ArrayList<>();
        if (checklists.isEmpty()) {
            parts.add(part(section, section.title(), section.intro(), free));
        } else {
            parts.add(part(section, section.title(), section.intro(), checklists));
            if (!free.isEmpty()) {
                parts.add(part(section, section.title(), "", free));
            }
        }
        for (TableBlock t : tables) {
            parts.add(part(section, section.title(), "", List.of(t)));
        }
        if (parts.get(0).blocks().isEmpty() && parts.size() > 1) {
            // A section of tables only: its first table shares the title sheet.
            HandoverSection first = parts.remove(1);
            parts.set(0, part(section, section.title(), section.intro(), first.blocks()));
        }
        return parts;
    }

    /** "メール設計 - 決定事項": the section, then what the sheet holds. */
    static String sheetTitle(HandoverSection section, HandoverSection part) {
        String what = part.blocks().size() == 1 && !part.blocks().get(0).title().isBlank()
                ? part.blocks().get(0).title() : section.title();
        return what;
    }

    private static HandoverSection part(HandoverSection section, String title, String intro, List<HandoverBlock> blocks) {
        return new HandoverSection(section.id(), title, section.order(), intro, blocks);
    }
}
