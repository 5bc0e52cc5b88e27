package dev.mailbench.dns.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's section of the project ({@code plugins.dns-check}): past runs, newest last, as plain maps
 * so the project file stays readable JSON. Other keys of the section are kept as they are.
 */
public final class RunHistory {
    public static final int MAX_RUNS = 20;

    private RunHistory() {
    }

    /**
     * A new section with {@code reports} appended as one run (oldest runs dropped beyond {@link #MAX_RUNS}).
     * A domain that was not checked (its zone file unreadable) is left out: it says nothing about its records,
     * and the next run must be compared with the last one that did.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> append(Map<String, Object> section, List<DomainReport> reports, Instant at) {
        Map<String, Object> out = new LinkedHashMap<>(section == null ? Map.of() : section);
        List<Object> runs = new ArrayList<>(out.get("runs") instanceof List<?> l ? (List<Object>) l : List.of());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("at", at.toString());
        run.put("domains", reports.stream().filter(r -> r.notChecked() == null).map(ReportMaps::historyEntry).toList());
        runs.add(run);
        while (runs.size() > MAX_RUNS) {
            runs.remove(0);
        }
        out.put("runs", runs);
        return out;
    }

    /** The latest saved entry for {@code domain}, if any run checked it. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> latest(Map<String, Object> section, String domain) {
        if (section == null || !(section.get("runs") instanceof List<?> runs)) {
            return Optional.empty();
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i) instanceof Map<?, ?> run && run.get("domains") instanceof List<?> domains) {
                for (Object d : domains) {
                    if (d instanceof Map<?, ?> m && domain.equals(m.get("domain"))) {
                        return Optional.of((Map<String, Object>) m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What changed between a saved entry and a fresh report. */
    public record Changes(String previousAt, List<String> newFindings, List<String> resolvedFindings,
                          List<String> addedRecords, List<String> removedRecords) {
        public boolean isEmpty() {
            return newFindings.isEmpty() && resolvedFindings.isEmpty() && addedRecords.isEmpty() && removedRecords.isEmpty();
        }
    }

    public static Changes diff(Map<String, Object> previous, DomainReport current) {
        Set<String> before = findingKeys(previous.get("findings"));
        Set<String> now = new LinkedHashSet<>();
        current.findings().forEach(f -> now.add(f.severity() + " " + f.code() + " " + f.subject()));
        Set<String> recBefore = recordKeys(previous.get("records"));
        Set<String> recNow = new LinkedHashSet<>();
        current.records().forEach(r -> recNow.add(recordKey(r.name(), r.type(), r.data(), r.state().name())));
        return new Changes(String.valueOf(previous.get("checkedAt")), minus(now, before), minus(before, now),
                minus(recNow, recBefore), minus(recBefore, recNow));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static Set<String> findingKeys(Object list) {
        Set<String> keys = new LinkedHashSet<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    keys.add(m.get("severity") + " " + m.get("code") + " " + m.get("subject"));
                }
            }
        }
        return keys;
    }

    private static Set<String> recordKeys(Object list) {
        Set<String> keys = new LinkedHashSet<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    keys.add(recordKey(String.valueOf(m.get("name")), String.valueOf(m.get("type")),
                            String.valueOf(m.get("data")), String.valueOf(m.get("state"))));
                }
            }
        }
        return keys;
    }

    private static String recordKey(String name, String type, String data, String state) {
        return name + " " + type + " " + (LookupState.ANSWERED.name().equals(state) ? data : "(" + state + ")");
    }
}
