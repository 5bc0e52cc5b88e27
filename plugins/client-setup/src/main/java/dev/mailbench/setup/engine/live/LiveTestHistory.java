package dev.mailbench.setup.engine.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's project section: the latest live test per server and user (password-free summaries from
 * {@link ReportTable#toMap}), so the handover can say what was verified and when.
 */
public final class LiveTestHistory {
    public static final String KEY = "liveTests";
    static final int KEEP = 20;

    private LiveTestHistory() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> entries(Object section) {
        if (section instanceof Map<?, ?> m && m.get(KEY) instanceof List<?> list) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map<?, ?> e) {
                    out.add((Map<String, Object>) e);
                }
            }
            return out;
        }
        return List.of();
    }

    /** A new section with {@code report} replacing the previous result for the same host and user. */
    public static Map<String, Object> with(Object section, LiveTestReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (section instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        List<Map<String, Object>> list = new ArrayList<>(entries(section));
        list.removeIf(e -> report.host().equals(e.get("host")) && report.user().equals(e.get("user")));
        list.add(ReportTable.toMap(report));
        while (list.size() > KEEP) {
            list.remove(0);
        }
        out.put(KEY, list);
        return out;
    }
}
