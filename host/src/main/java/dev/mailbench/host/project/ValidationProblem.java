package dev.mailbench.host.project;

import dev.mailbench.api.model.LocalizedText;

/**
 * One finding of {@link ProjectValidator}.
 *
 * @param entity   {@code "customer"}, {@code "provider"}, {@code "domain"}, {@code "mailbox"}, {@code "person"}
 *                 or {@code "device"}
 * @param entityId the element's id (the profile id for {@code provider}, empty for {@code customer})
 * @param field    the record component the problem is in (e.g. {@code address}, {@code quotaMb})
 */
public record ValidationProblem(Severity severity, String entity, String entityId, String field,
                                LocalizedText message) {
    public enum Severity {
        /** The project is wrong: a setting built from it would not work. */
        ERROR,
        /** Probably a mistake, or information still missing. */
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
