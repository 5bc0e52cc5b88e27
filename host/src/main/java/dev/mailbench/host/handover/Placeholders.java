package dev.mailbench.host.handover;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code {{name}}} placeholders in a piece of template text and tells broken ones (unclosed,
 * empty) and unknown names apart, so a template problem is reported before anything is written.
 */
public final class Placeholders {
    public static final String OPEN = "{{";
    public static final String CLOSE = "}}";

    private Placeholders() {
    }

    /** A placeholder at {@code [start, end)} of the scanned text. */
    public record Match(int start, int end, String name) {
    }

    public record Scan(List<Match> matches, List<TemplateException.Problem> problems) {
    }

    /** @param location where the text is, for messages (e.g. "本文 段落 3 / body paragraph 3") */
    public static Scan scan(String text, String location) {
        List<Match> matches = new ArrayList<>();
        List<TemplateException.Problem> problems = new ArrayList<>();
        int from = 0;
        while (text != null) {
            int open = text.indexOf(OPEN, from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            int nextOpen = text.indexOf(OPEN, open + OPEN.length());
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                problems.add(new TemplateException.Problem(TemplateException.Kind.BROKEN, excerpt(text, open), location));
                from = nextOpen >= 0 ? nextOpen : text.length();
                continue;
            }
            String name = text.substring(open + OPEN.length(), close).strip();
            int end = close + CLOSE.length();
            if (name.isEmpty()) {
                problems.add(new TemplateException.Problem(TemplateException.Kind.BROKEN, text.substring(open, end), location));
            } else if (!DocumentFields.isKnown(name)) {
                problems.add(new TemplateException.Problem(TemplateException.Kind.UNKNOWN, text.substring(open, end), location));
            } else {
                matches.add(new Match(open, end, name));
            }
            from = end;
        }
        return new Scan(matches, problems);
    }

    /** Replaces every (known) placeholder; callers scanned the text before, so all names are known. */
    public static String fill(String text, DocumentFields fields) {
        Scan scan = scan(text, "");
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Match m : scan.matches()) {
            sb.append(text, at, m.start()).append(fields.get(m.name()));
            at = m.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    private static String excerpt(String text, int open) {
        int end = Math.min(text.length(), open + 40);
        int space = text.indexOf(' ', open);
        if (space > open && space < end) {
            end = space;
        }
        return text.substring(open, end);
    }
}
