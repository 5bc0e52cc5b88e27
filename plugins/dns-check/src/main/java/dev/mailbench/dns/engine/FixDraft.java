package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.util.List;
import java.util.function.Predicate;

/**
 * A record the generator would propose, before its re-check.
 *
 * @param value    the record's text, unsplit (split into 255-byte strings only for the panel and the overlay)
 * @param targets  the findings it is meant to clear
 * @param requires drafts that must be published with it (and are applied with it in the re-check)
 */
record FixDraft(String id, LocalizedText title, String name, Kind kind, String before, String value,
                List<DnsFinding> targets, LocalizedText note, List<FixDraft> requires) {
    /** Which TXT records at the name the new record replaces, and which record group it belongs to. */
    enum Kind {
        SPF(SpfParser::isSpf, RecordGroup.SPF),
        DMARC(DmarcRecord::isDmarcOrDiscarded, RecordGroup.DMARC),
        REPORT_AUTH(DmarcRecord::isDmarc, RecordGroup.DMARC);

        final Predicate<String> replaces;
        final RecordGroup group;

        Kind(Predicate<String> replaces, RecordGroup group) {
            this.replaces = replaces;
            this.group = group;
        }
    }

    FixDraft {
        before = before == null ? "" : before;
        targets = List.copyOf(targets);
        note = note == null ? LocalizedText.of("", "") : note;
        requires = List.copyOf(requires);
    }

    FixDraft withRequires(List<FixDraft> drafts) {
        return new FixDraft(id, title, name, kind, before, value, targets, note, drafts);
    }

    FixDraft withNote(LocalizedText text) {
        return new FixDraft(id, title, name, kind, before, value, targets, text, requires);
    }

    /** This draft and everything it requires, each once, this one first. */
    List<FixDraft> bundle() {
        java.util.LinkedHashMap<String, FixDraft> all = new java.util.LinkedHashMap<>();
        add(this, all);
        return List.copyOf(all.values());
    }

    private static void add(FixDraft d, java.util.Map<String, FixDraft> all) {
        if (all.putIfAbsent(d.id(), d) == null) {
            d.requires().forEach(r -> add(r, all));
        }
    }

    /** The strings the record is published as: at most 255 bytes each, joined without spaces (RFC 7208 3.3). */
    List<String> strings() {
        return split(value);
    }

    static List<String> split(String value) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < bytes.length; i += 255) {
            out.add(new String(bytes, i, Math.min(255, bytes.length - i), java.nio.charset.StandardCharsets.US_ASCII));
        }
        return out.isEmpty() ? List.of("") : out;
    }

    Fix toFix(List<DnsFinding> clears, Recheck recheck) {
        return new Fix(id, title, name, "TXT", before, FixGenerator.quoteForPanel(value), clears, recheck, note,
                requires.stream().map(FixDraft::id).toList());
    }
}
