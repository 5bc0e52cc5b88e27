package dev.mailbench.migration.model;

import java.util.Map;

/**
 * The migration plugin's section of the project ({@code plugins.migration}).
 *
 * @param cutover        planned start of the cutover window, ISO local date-time in Japan time ("2026-12-12T19:00"), "" when not set
 * @param newDnsOperator who will run DNS after the move ("" = the domain's current operator)
 * @param surveys        by mailbox id
 * @param stepStatus     by timeline step id: TODO, DONE or SKIPPED
 */
public record MigrationSection(OldHost oldHost, String cutover, String newDnsOperator,
                               Map<String, MailboxSurvey> surveys, Map<String, String> stepStatus) {
    public MigrationSection {
        cutover = cutover == null ? "" : cutover;
        newDnsOperator = newDnsOperator == null ? "" : newDnsOperator;
        surveys = surveys == null ? Map.of() : Map.copyOf(surveys);
        stepStatus = stepStatus == null ? Map.of() : Map.copyOf(stepStatus);
    }

    public static MigrationSection empty() {
        return new MigrationSection(null, "", "", Map.of(), Map.of());
    }

    /** This section with {@code survey} stored under its mailbox id (replacing an older one). */
    public MigrationSection withSurvey(MailboxSurvey survey) {
        Map<String, MailboxSurvey> copy = new java.util.LinkedHashMap<>(surveys);
        copy.put(survey.mailboxId(), survey);
        return new MigrationSection(oldHost, cutover, newDnsOperator, copy, stepStatus);
    }
}
