package dev.mailbench.setup.engine.live;

import static dev.mailbench.api.model.LocalizedText.pick;

import dev.mailbench.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result matrix as rows of text (CLI, handover) and as plain maps (JSON, the project section). */
public final class ReportTable {
    private ReportTable() {
    }

    /** The column headers: the target, one per step, the diagnosis. */
    public static List<LocalizedText> columns() {
        List<LocalizedText> h = new ArrayList<>();
        h.add(LocalizedText.of("対象", "Target"));
        for (Step s : Step.values()) {
            h.add(s.label());
        }
        h.add(LocalizedText.of("診断", "Diagnosis"));
        return h;
    }

    public static List<String> header(Locale l) {
        return columns().stream().map(c -> c.get(l)).toList();
    }

    public static String cell(ProbeResult p, Step step) {
        return p.step(step).map(r -> switch (r.status()) {
            case OK -> "OK " + r.millis() + "ms";
            case FAILED -> "NG";
            case SKIPPED -> "-";
        }).orElse("-");
    }

    public static List<List<String>> rows(LiveTestReport report, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (ProbeResult p : report.probes()) {
            List<String> row = new ArrayList<>();
            row.add(p.target().label());
            for (Step s : Step.values()) {
                row.add(cell(p, s));
            }
            row.add(p.ok() ? pick(l, "正常", "OK") : p.diagnosis().cause().get(l));
            rows.add(row);
        }
        return rows;
    }

    public static String roundTripLine(RoundTripResult rt, Locale l) {
        if (rt == null) {
            return "";
        }
        if (rt.found()) {
            return pick(l, "SMTP → IMAP 往復テスト: " + rt.via().label() + " で送信 " + rt.sendMillis() + " ms、" + rt.searchedWith().label()
                            + " で " + rt.foundMillis() + " ms 後に受信を確認（" + rt.token() + "）",
                    "SMTP → IMAP round trip: sent in " + rt.sendMillis() + " ms via " + rt.via().label() + ", found after "
                            + rt.foundMillis() + " ms via " + rt.searchedWith().label() + " (" + rt.token() + ")");
        }
        return pick(l, "SMTP → IMAP 往復テスト失敗: ", "SMTP → IMAP round trip failed: ") + rt.diagnosis().cause().get(l) + " → " + rt.diagnosis().fix().get(l);
    }

    /** The notes (user-name rules before the login, the symptom's cause) as text: title, explanation, fix. */
    public static List<String> noteLines(LiveTestReport report, Locale l) {
        List<String> out = new ArrayList<>();
        for (dev.mailbench.setup.engine.LintFinding n : report.notes()) {
            out.add("● " + n.code().title().get(l) + "  [" + n.code() + "]");
            out.add("  " + n.explanation().get(l));
            out.add("  → " + n.fix().get(l));
        }
        return out;
    }

    /** A password-free summary, for JSON output and the plugin's project section. */
    public static Map<String, Object> toMap(LiveTestReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", r.host());
        m.put("user", r.user());
        m.put("startedAt", r.startedAt().toString());
        m.put("cancelled", r.cancelled());
        m.put("allOk", r.allOk());
        List<Map<String, Object>> probes = new ArrayList<>();
        for (ProbeResult p : r.probes()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("service", p.target().service().name());
            pm.put("port", p.target().port());
            pm.put("encryption", p.target().encryption().name());
            pm.put("relayOnly", p.target().relayOnly());
            List<Map<String, Object>> steps = new ArrayList<>();
            for (StepResult s : p.steps()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("step", s.step().name());
                sm.put("status", s.status().name());
                sm.put("millis", s.millis());
                sm.put("detail", s.detail());
                steps.add(sm);
            }
            pm.put("steps", steps);
            pm.put("diagnosis", p.diagnosis().code().name());
            pm.put("causeJa", p.diagnosis().cause().ja());
            pm.put("causeEn", p.diagnosis().cause().en());
            pm.put("fixJa", p.diagnosis().fix().ja());
            pm.put("fixEn", p.diagnosis().fix().en());
            probes.add(pm);
        }
        m.put("probes", probes);
        List<Map<String, Object>> notes = new ArrayList<>();
        for (dev.mailbench.setup.engine.LintFinding n : r.notes()) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("code", n.code().name());
            nm.put("severity", n.severity().name());
            nm.put("titleJa", n.code().title().ja());
            nm.put("titleEn", n.code().title().en());
            nm.put("explanationJa", n.explanation().ja());
            nm.put("explanationEn", n.explanation().en());
            nm.put("fixJa", n.fix().ja());
            nm.put("fixEn", n.fix().en());
            notes.add(nm);
        }
        m.put("notes", notes);
        RoundTripResult rt = r.roundTrip();
        if (rt != null) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("token", rt.token());
            rm.put("found", rt.found());
            rm.put("sendMillis", rt.sendMillis());
            rm.put("foundMillis", rt.foundMillis());
            rm.put("diagnosis", rt.diagnosis().code().name());
            rm.put("causeJa", rt.diagnosis().cause().ja());
            rm.put("causeEn", rt.diagnosis().cause().en());
            m.put("roundTrip", rm);
        }
        return m;
    }
}
