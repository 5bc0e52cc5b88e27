package dev.mailbench.migration.model;

import java.util.Map;

/**
 * The migration plugin's section of the project ({@code plugins.migration}).
 *
 * @param cutover        planned start of the cutover window, ISO local date-time in Japan time ("2026-12-12T19:00"), "" when not set
 * @param newDnsOperator who will run DNS after the move ("" = the domain's current operator)
 * @param surveys        by mailbox id
 * @param stepStatus     by timeline step id: TODO, DONE or SKIPPED
 * @param newDnsServers  the authoritative DNS servers that will answer after the move ({@code IP[:PORT]},
 *                       comma-separated), "" = ask the system resolver
 */
public record MigrationSection(OldHost oldHost, String cutover, String newDnsOperator,
                               Map<String, MailboxSurvey> surveys, Map<String, String> stepStatus,
                               String newDnsServers) {
    public MigrationSection {
        cutover = cutover == null ? "" : cutover;
        newDnsOperator = newDnsOperator == null ? "" : newDnsOperator;
        surveys = surveys == null ? Map.of() : Map.copyOf(surveys);
        stepStatus = stepStatus == null ? Map.of() : Map.copyOf(stepStatus);
        newDnsServers = newDnsServers == null ? "" : newDnsServers;
    }

    /** The original five-field form, kept so code written before {@code newDnsServers} still compiles. */
    public MigrationSection(OldHost oldHost, String cutover, String newDnsOperator,
                            Map<String, MailboxSurvey> surveys, Map<String, String> stepStatus) {
        this(oldHost, cutover, newDnsOperator, surveys, stepStatus, "");
    }

    public static MigrationSection empty() {
        return new MigrationSection(null, "", "", Map.of(), Map.of(), "");
    }

    public MigrationSection withOldHost(OldHost value) {
        return new MigrationSection(value, cutover, newDnsOperator, surveys, stepStatus, newDnsServers);
    }

    public MigrationSection withCutover(String value) {
        return new MigrationSection(oldHost, value, newDnsOperator, surveys, stepStatus, newDnsServers);
    }

    public MigrationSection withNewDnsOperator(String value) {
        return new MigrationSection(oldHost, cutover, value, surveys, stepStatus, newDnsServers);
    }

    public MigrationSection withNewDnsServers(String value) {
        return new MigrationSection(oldHost, cutover, newDnsOperator, surveys, stepStatus, value);
    }

    /** This section with the status of step {@code stepId} set ({@code TODO} removes the entry). */
    public MigrationSection withStepStatus(String stepId, String status) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(stepStatus);
        if (status == null || "TODO".equals(status)) {
            copy.remove(stepId);
        } else {
            copy.put(stepId, status);
        }
        return new MigrationSection(oldHost, cutover, newDnsOperator, surveys, copy, newDnsServers);
    }

    /** This section with {@code survey} stored under its mailbox id (replacing an older one). */
    public MigrationSection withSurvey(MailboxSurvey survey) {
        Map<String, MailboxSurvey> copy = new java.util.LinkedHashMap<>(surveys);
        copy.put(survey.mailboxId(), survey);
        return new MigrationSection(oldHost, cutover, newDnsOperator, copy, stepStatus, newDnsServers);
    }
}
