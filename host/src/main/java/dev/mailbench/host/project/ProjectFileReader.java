package dev.mailbench.host.project;

import static dev.mailbench.kit.json.PlainJsonReader.array;
import static dev.mailbench.kit.json.PlainJsonReader.object;
import static dev.mailbench.kit.json.PlainJsonReader.string;
import static dev.mailbench.kit.json.PlainJsonReader.strings;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.ChecklistState;
import dev.mailbench.api.model.ChecklistStatus;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Consultant;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.kit.json.PlainJsonReader;
import dev.mailbench.kit.json.PlainJsonReader.NotPlain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a project file of the current schema as MailBench writes it, without Jackson ({@link PlainJsonReader}): the
 * window opens its project before the first paint, and Jackson's set-up and binding took the start some 60 ms of a
 * two-core machine (bench/startup-profile.md).
 *
 * <p>It gives exactly the {@link Project} Jackson's binding gives, or empty: for an older schema (which needs a
 * migration), and for anything Jackson would coerce, guess or refuse (a number where text belongs, a date in another
 * form, an unknown constant, a {@code null} in a list). {@link ProjectStore} then reads the file with Jackson as
 * always, which converts or explains. Fields this version does not know are skipped, as Jackson skips them; the
 * file's JSON tree, which keeps them for the next save, is read with Jackson when it is first needed.
 */
final class ProjectFileReader {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How MailBench writes an instant (ISO-8601 in UTC); Jackson reads other forms too, and decides those. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private ProjectFileReader() {
    }

    /** The project in {@code bytes}, or empty when only Jackson should decide. */
    static Optional<Project> read(byte[] bytes) {
        try {
            Map<String, Object> root = object(PlainJsonReader.read(bytes));
            if (!(root.get("schemaVersion") instanceof Integer version) || version != Project.CURRENT_SCHEMA_VERSION) {
                return Optional.empty();
            }
            return Optional.of(new Project(version, customer(root.get("customer")),
                    consultant(root.get("consultant")), list(root.get("visitDates"), ProjectFileReader::date),
                    provider(root.get("provider")), list(root.get("domains"), ProjectFileReader::domain),
                    list(root.get("mailboxes"), ProjectFileReader::mailbox),
                    list(root.get("people"), ProjectFileReader::person),
                    list(root.get("devices"), ProjectFileReader::device),
                    list(root.get("checklist"), ProjectFileReader::checklistState), plainObject(root.get("plugins"))));
        } catch (NotPlain | RuntimeException e) {
            // A record refusing a value (a null in a list) or a date that does not exist: Jackson says which.
            return Optional.empty();
        }
    }

    private static Customer customer(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = object(value);
        return new Customer(text(m, "name"), text(m, "contactPerson"), text(m, "phone"), text(m, "email"),
                text(m, "address"), text(m, "notes"));
    }

    private static Consultant consultant(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = object(value);
        return new Consultant(text(m, "name"), text(m, "company"), text(m, "email"), text(m, "phone"));
    }

    private static ProviderRef provider(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = object(value);
        Map<String, String> overrides = null;
        if (m.get("overrides") != null) {
            overrides = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : object(m.get("overrides")).entrySet()) {
                overrides.put(e.getKey(), string(e.getValue()));
            }
        }
        return new ProviderRef(text(m, "profileId"), text(m, "serverId"), overrides);
    }

    private static Domain domain(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        return new Domain(text(m, "id"), text(m, "name"), text(m, "dnsOperator"), text(m, "webHost"),
                text(m, "registrar"), text(m, "notes"));
    }

    private static Mailbox mailbox(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        Object quota = m.get("quotaMb");
        if (quota != null && !(quota instanceof Integer)) {
            throw new NotPlain();
        }
        return new Mailbox(text(m, "id"), text(m, "address"), text(m, "displayName"),
                constant(m, "role", MailboxRole.class), constant(m, "protocol", MailProtocol.class), (Integer) quota,
                strings(m.get("forwardTo")), autoReply(m.get("autoReply")), text(m, "notes"));
    }

    private static AutoReply autoReply(Object value) throws NotPlain {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = object(value);
        Object enabled = m.getOrDefault("enabled", Boolean.FALSE);
        if (!(enabled instanceof Boolean on)) {
            throw new NotPlain();
        }
        return new AutoReply(on, text(m, "subject"), text(m, "body"), date(m.get("from")), date(m.get("until")));
    }

    private static Person person(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        return new Person(text(m, "id"), text(m, "name"), text(m, "department"), text(m, "email"), text(m, "notes"));
    }

    private static Device device(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        return new Device(text(m, "id"), text(m, "name"), text(m, "personId"), constant(m, "client", ClientKind.class),
                list(m.get("mailboxes"), ProjectFileReader::mailboxUse), text(m, "notes"));
    }

    private static MailboxUse mailboxUse(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        return new MailboxUse(text(m, "mailboxId"), constant(m, "role", DeviceRole.class));
    }

    private static ChecklistState checklistState(Object value) throws NotPlain {
        Map<String, Object> m = object(value);
        String updatedAt = string(m.get("updatedAt"));
        if (updatedAt != null && !INSTANT.matcher(updatedAt).matches()) {
            throw new NotPlain();
        }
        return new ChecklistState(text(m, "itemId"), constant(m, "status", ChecklistStatus.class), text(m, "owner"),
                date(m.get("due")), text(m, "note"), updatedAt == null ? null : instant(updatedAt));
    }

    /**
     * {@code Instant.parse} of a text {@link #INSTANT} matches, without {@code DateTimeFormatter}: its set-up is
     * most of the reading thread's work on a project's first read. The end-of-day and leap-second forms
     * ({@code T24:00:00}, {@code :60}), which {@code Instant.parse} adjusts, go to it.
     */
    private static Instant instant(String text) {
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        int nanos = 0;
        int fractionEnd = text.length() - 1; // before the Z
        for (int i = 20; i < 29; i++) {
            nanos = nanos * 10 + (i < fractionEnd ? text.charAt(i) - '0' : 0);
        }
        return LocalDateTime.of(localDate(text), LocalTime.of(hour, minute, second, nanos)).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(Object value) throws NotPlain {
        String text = string(value);
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            throw new NotPlain();
        }
        return localDate(text);
    }

    /**
     * {@code LocalDate.parse} of a text starting with {@code yyyy-MM-dd}, without {@code DateTimeFormatter}; a
     * date that does not exist throws {@code DateTimeException} as {@code LocalDate.parse} does.
     */
    private static LocalDate localDate(String text) {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static String text(Map<String, Object> fields, String name) throws NotPlain {
        return string(fields.get(name));
    }

    /** A constant by its exact name, as Jackson reads it; anything else (a number, another spelling) is Jackson's. */
    private static <E extends Enum<E>> E constant(Map<String, Object> fields, String name, Class<E> type)
            throws NotPlain {
        String text = string(fields.get(name));
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new NotPlain();
    }

    /** A plugin's section: the plain values as they are, as Jackson's untyped read gives them. */
    private static Map<String, Object> plainObject(Object value) throws NotPlain {
        return value == null ? null : object(value);
    }

    private interface Element<T> {
        T read(Object value) throws NotPlain;
    }

    private static <T> List<T> list(Object value, Element<T> element) throws NotPlain {
        if (value == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (Object item : array(value)) {
            if (item == null) {
                throw new NotPlain();
            }
            out.add(element.read(item));
        }
        return out;
    }
}
