package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.services.MailDesignDecision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the section to and from the plain JSON values the project keeps for plugins (maps, lists,
 * strings, numbers, booleans). Written by hand so the engine needs no JSON library and reading is lenient:
 * a value it cannot understand is treated as unanswered rather than failing the whole project. Keys it
 * does not know are carried over on write, so a newer plugin's data survives an older one.
 */
public final class DesignSectionCodec {
    public static final String PLUGIN_ID = "mail-design";
    static final int VERSION = 1;

    private DesignSectionCodec() {
    }

    public static DesignSection read(Project project) {
        return fromPlain(project.plugins().get(PLUGIN_ID));
    }

    /** {@code project} with its section replaced by {@code section}. */
    public static Project write(Project project, DesignSection section) {
        Map<String, Object> plugins = new LinkedHashMap<>(project.plugins());
        plugins.put(PLUGIN_ID, toPlain(section, plugins.get(PLUGIN_ID)));
        return project.withPlugins(plugins);
    }

    public static DesignSection fromPlain(Object plain) {
        if (!(plain instanceof Map<?, ?> root)) {
            return DesignSection.EMPTY;
        }
        Map<String, QuestionnaireAnswers> answers = new LinkedHashMap<>();
        if (root.get("answers") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Map<?, ?> m) {
                    answers.put(String.valueOf(k), answersFrom(m));
                }
            });
        }
        Map<String, MailDesignDecision> decisions = new LinkedHashMap<>();
        if (root.get("decisions") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Map<?, ?> m) {
                    decisions.put(String.valueOf(k), decisionFrom(String.valueOf(k), m));
                }
            });
        }
        return new DesignSection(answers, decisions);
    }

    /** @param previous the section as it was, whose unknown keys are kept; may be null */
    public static Map<String, Object> toPlain(DesignSection section, Object previous) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (previous instanceof Map<?, ?> old) {
            old.forEach((k, v) -> root.put(String.valueOf(k), v));
        }
        root.put("version", VERSION);
        Map<String, Object> answers = new LinkedHashMap<>();
        section.answers().forEach((id, a) -> answers.put(id, answersTo(a)));
        root.put("answers", answers);
        Map<String, Object> decisions = new LinkedHashMap<>();
        section.decisions().forEach((id, d) -> decisions.put(id, decisionTo(d)));
        root.put("decisions", decisions);
        return root;
    }

    private static Map<String, Object> answersTo(QuestionnaireAnswers a) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfSet(m, "sharedStateNeeded", a.sharedStateNeeded());
        putIfSet(m, "retentionYears", a.retentionYears());
        putIfSet(m, "backup", a.backup() == null ? null : a.backup().name());
        putIfSet(m, "mailsPerDay", a.mailsPerDay());
        putIfSet(m, "typicalKb", a.typicalKb());
        putIfSet(m, "currentUsageMb", a.currentUsageMb());
        putIfSet(m, "usedAbroad", a.usedAbroad());
        Map<String, Object> protocols = new LinkedHashMap<>();
        a.deviceProtocols().forEach((k, v) -> protocols.put(k, v.name()));
        m.put("deviceProtocols", protocols);
        m.put("gmailPopFetchDevices", new ArrayList<>(a.gmailPopFetchDevices()));
        return m;
    }

    private static QuestionnaireAnswers answersFrom(Map<?, ?> m) {
        Map<String, MailProtocol> protocols = new LinkedHashMap<>();
        if (m.get("deviceProtocols") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> {
                MailProtocol protocol = enumOf(MailProtocol.class, v);
                if (protocol != null) {
                    protocols.put(String.valueOf(k), protocol);
                }
            });
        }
        return new QuestionnaireAnswers(bool(m.get("sharedStateNeeded")), integer(m.get("retentionYears")),
                enumOf(BackupKind.class, m.get("backup")), nonNegative(m.get("mailsPerDay")),
                nonNegative(m.get("typicalKb")), nonNegative(m.get("currentUsageMb")), bool(m.get("usedAbroad")),
                protocols, strings(m.get("gmailPopFetchDevices")));
    }

    private static Map<String, Object> decisionTo(MailDesignDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", d.protocol().name());
        putIfSet(m, "quotaMb", d.quotaMb());
        putIfSet(m, "leaveCopyDays", d.leaveCopyDays());
        m.put("archiveEveryMonths", d.archiveEveryMonths());
        m.put("keeperDeviceId", d.keeperDeviceId());
        m.put("forwardTo", new ArrayList<>(d.forwardTo()));
        m.put("autoReply", d.autoReply());
        m.put("overridden", d.overridden());
        m.put("note", d.note());
        putIfSet(m, "decidedOn", d.decidedOn() == null ? null : d.decidedOn().toString());
        return m;
    }

    private static MailDesignDecision decisionFrom(String mailboxId, Map<?, ?> m) {
        Integer every = integer(m.get("archiveEveryMonths"));
        return new MailDesignDecision(mailboxId, enumOf(MailProtocol.class, m.get("protocol")),
                integer(m.get("quotaMb")), integer(m.get("leaveCopyDays")), every == null ? 0 : every,
                text(m.get("keeperDeviceId")), strings(m.get("forwardTo")), Boolean.TRUE.equals(bool(m.get("autoReply"))),
                Boolean.TRUE.equals(bool(m.get("overridden"))), text(m.get("note")), date(m.get("decidedOn")));
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Boolean bool(Object v) {
        return v instanceof Boolean b ? b : null;
    }

    private static Integer integer(Object v) {
        return v instanceof Number n && n.doubleValue() >= 0 ? (Integer) n.intValue() : null;
    }

    private static Double nonNegative(Object v) {
        return v instanceof Number n && n.doubleValue() >= 0 && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    private static List<String> strings(Object v) {
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(x -> x != null).map(String::valueOf).toList();
    }

    private static LocalDate date(Object v) {
        try {
            return v instanceof String s && !s.isBlank() ? LocalDate.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Object v) {
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
