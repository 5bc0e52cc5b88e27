package dev.mailbench.migration.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsCalendarTest {
    private static MigrationPlan plan() {
        return MigrationPlanner.plan(PlanFixtures.inputs(PlanFixtures.section()), Optional.empty(), DnsSnapshot.notRun());
    }

    /** A small RFC 5545 reader: unfolds lines, splits name;params:value, groups components. */
    private static List<Map<String, String>> events(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    @Test
    void structureFoldingAndEscapingFollowRfc5545() {
        MigrationPlan plan = plan();
        String ics = IcsCalendar.write(plan, "sample-shoji.test", Instant.parse("2026-12-01T00:00:00Z"), Locale.JAPANESE);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n", "TZOFFSETTO:+0900");
        List<Map<String, String>> events = events(ics);
        assertThat(events).hasSize(plan.steps().size());
        Map<String, String> stop = events.stream().filter(e -> e.get("UID").startsWith("stop-clients.")).findFirst().orElseThrow();
        assertThat(stop.get("UID")).isEqualTo("stop-clients.sample-shoji.test@migration.mailbench.dev");
        assertThat(stop.get("DTSTART;TZID=Asia/Tokyo")).isEqualTo("20261211T190000");
        assertThat(stop.get("DTEND;TZID=Asia/Tokyo")).isEqualTo("20261211T191500");
        assertThat(stop.get("DTSTAMP")).isEqualTo("20261201T000000Z");
        String description = unescape(stop.get("DESCRIPTION"));
        assertThat(description).contains("担当: お客様（山田 花子（総務部））", "確認: ", "切り戻し: ", "前提: pre-copy, lower-ttl");
        assertThat(stop.get("DESCRIPTION")).contains("\\n", "\\,");
        // a long Japanese line was folded between characters, never inside one
        assertThat(ics).contains("\r\n ");
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void uidsAreStableAcrossExportsAndTheWriteIsAtomic(@TempDir Path dir) throws Exception {
        String a = IcsCalendar.write(plan(), "sample-shoji.test", Instant.parse("2026-12-01T00:00:00Z"), Locale.JAPANESE);
        String b = IcsCalendar.write(plan(), "sample-shoji.test", Instant.parse("2026-12-02T00:00:00Z"), Locale.ENGLISH);
        assertThat(events(a)).extracting(e -> e.get("UID")).containsExactlyElementsOf(events(b).stream().map(e -> e.get("UID")).toList());
        assertThat(events(b).get(0).get("SUMMARY")).startsWith("Survey the old host");

        Path target = dir.resolve("移行計画.ics");
        Files.writeString(target, "old");
        IcsCalendar.writeAtomically(target, a);
        assertThat(Files.readString(target)).isEqualTo(a);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
