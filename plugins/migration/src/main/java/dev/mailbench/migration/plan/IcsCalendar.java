package dev.mailbench.migration.plan;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.kit.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The timeline as an iCalendar file (RFC 5545): one VEVENT per step with a UID that stays the same when the
 * plan is exported again (so calendars update rather than duplicate), times in Asia/Tokyo with its VTIMEZONE.
 */
public final class IcsCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String CRLF = "\r\n";

    private IcsCalendar() {
    }

    /**
     * @param projectKey stable per project (the domain), part of every UID
     * @param stamp      DTSTAMP: when the file was made
     */
    public static String write(MigrationPlan plan, String projectKey, Instant stamp, Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//MailBench//Migration planner//" + pick(locale, "JA", "EN"));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(pick(locale, "メール移行: ", "Mail migration: ")
                + plan.inputs().project().customer().name()));
        // Japan has had no daylight saving time since 1951: one STANDARD rule is the whole zone.
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Asia/Tokyo");
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0900");
        line(out, "TZOFFSETTO:+0900");
        line(out, "TZNAME:JST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        String dtstamp = UTC.format(stamp.atOffset(ZoneOffset.UTC));
        for (PlanStep s : plan.steps()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + s.id() + "." + safe(projectKey) + "@migration.mailbench.dev");
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART;TZID=Asia/Tokyo:" + local(s.start()));
            line(out, "DTEND;TZID=Asia/Tokyo:" + local(s.end()));
            line(out, "SUMMARY:" + text(s.title().get(locale)));
            String description = pick(locale, "担当: ", "Owner: ") + s.ownerText(locale) + "\n"
                    + pick(locale, "確認: ", "Check: ") + s.check().get(locale) + "\n"
                    + pick(locale, "切り戻し: ", "Rollback: ") + s.rollback().get(locale)
                    + (s.dependsOn().isEmpty() ? "" : "\n" + pick(locale, "前提: ", "After: ") + String.join(", ", s.dependsOn()));
            line(out, "DESCRIPTION:" + text(description));
            line(out, "CATEGORIES:" + text(s.phase().label().get(locale)));
            line(out, "STATUS:" + (s.status() == PlanStep.StepStatus.SKIPPED ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes {@code ics} to {@code target} atomically: a crash leaves the old calendar or the new one, never half. */
    public static void writeAtomically(Path target, String ics) throws IOException {
        AtomicFiles.write(target, ics.getBytes(StandardCharsets.UTF_8));
    }

    private static String local(LocalDateTime t) {
        return LOCAL.format(t);
    }

    private static String safe(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
