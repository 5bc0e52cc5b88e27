package dev.mailbench.host.handover.docx;

import dev.mailbench.api.handover.ChecklistBlock;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.ImageBlock;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import java.util.List;
import java.util.Optional;

/**
 * Which run of sections a large Word document builds on a second thread (see {@link DocxHandoverWriter}): the
 * contiguous run whose size is closest to half the document, among sections without pictures (a picture is a
 * part of the package with its own relationship, which only the main document can hold).
 */
final class DocxPartSplit {

    /** Sections {@code from} (inclusive) to {@code to} (exclusive). */
    record Range(int from, int to) {
    }

    private DocxPartSplit() {
    }

    /** @param minWeight the least size worth a second thread (a template load and a second, small save) */
    static Optional<Range> of(List<HandoverSection> sections, int minWeight) {
        int n = sections.size();
        long[] weights = new long[n];
        boolean[] pictures = new boolean[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = weight(sections.get(i));
            pictures[i] = sections.get(i).blocks().stream().anyMatch(b -> b instanceof ImageBlock);
            total += weights[i];
        }
        Range best = null;
        long bestShorter = -1;
        for (int from = 0; from < n; from++) {
            long part = 0;
            for (int to = from; to < n && !pictures[to]; to++) {
                part += weights[to];
                long shorter = Math.min(part, total - part);
                if (part >= minWeight && shorter > bestShorter) {
                    bestShorter = shorter;
                    best = new Range(from, to + 1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Roughly the number of paragraphs the section becomes: what building and saving it costs. */
    static long weight(HandoverSection section) {
        long w = 2;
        for (HandoverBlock block : section.blocks()) {
            w += 1;
            if (block instanceof TextBlock t) {
                w += t.paragraphs().size();
            } else if (block instanceof KeyValueBlock kv) {
                w += 2L * kv.entries().size();
            } else if (block instanceof TableBlock t) {
                w += (long) (t.rows().size() + 1) * Math.max(1, t.header().size());
            } else if (block instanceof ChecklistBlock c) {
                w += 5L * c.items().size();
            }
        }
        return w;
    }
}
