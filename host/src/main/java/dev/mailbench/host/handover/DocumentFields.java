package dev.mailbench.host.handover;

import dev.mailbench.api.model.Project;
import dev.mailbench.api.provider.ProviderProfile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values behind the template placeholders ({@code {{customer.name}}} …). The set of names is fixed
 * and documented in {@code templates/README.md}; a template using any other name is rejected.
 */
public record DocumentFields(Map<String, String> values) {
    /** The marker where the generated body goes; not a value placeholder. */
    public static final String SECTIONS_MARKER = "sections";

    public static final List<String> NAMES = List.of(
            "document.title", "document.version", "document.date",
            "customer.name", "customer.contactPerson", "customer.phone", "customer.email", "customer.address",
            "consultant.name", "consultant.company", "consultant.email", "consultant.phone",
            "visit.date", "visit.dates",
            "provider.name", "provider.serverId", "provider.mailHost");

    public DocumentFields {
        values = Map.copyOf(values);
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name) || SECTIONS_MARKER.equals(name);
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public static DocumentFields of(Project project, ProviderProfile provider, Locale locale, String version,
                                    LocalDate issued) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("document.title", HandoverText.DOCUMENT_TITLE.get(locale));
        v.put("document.version", version);
        v.put("document.date", formatDate(issued, locale));
        v.put("customer.name", project.customer().name());
        v.put("customer.contactPerson", project.customer().contactPerson());
        v.put("customer.phone", project.customer().phone());
        v.put("customer.email", project.customer().email());
        v.put("customer.address", project.customer().address());
        v.put("consultant.name", project.consultant().name());
        v.put("consultant.company", project.consultant().company());
        v.put("consultant.email", project.consultant().email());
        v.put("consultant.phone", project.consultant().phone());
        Optional<LocalDate> lastVisit = project.visitDates().stream().max(Comparator.naturalOrder());
        v.put("visit.date", lastVisit.map(d -> formatDate(d, locale)).orElse(HandoverText.NONE.get(locale)));
        v.put("visit.dates", project.visitDates().isEmpty() ? HandoverText.NONE.get(locale)
                : project.visitDates().stream().sorted().map(d -> formatDate(d, locale))
                .collect(Collectors.joining(HandoverText.isEnglish(locale) ? ", " : "、")));
        v.put("provider.name", provider == null ? "" : nullToEmpty(provider.displayName()));
        v.put("provider.serverId", project.provider().serverId());
        v.put("provider.mailHost", provider == null ? "" : nullToEmpty(provider.mailHost()));
        v.replaceAll((k, s) -> DocumentText.clean(s));
        return new DocumentFields(v);
    }

    public static String formatDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return HandoverText.isEnglish(locale)
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
