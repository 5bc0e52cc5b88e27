package dev.mailbench.api.route;

/**
 * The steps of a visit, in the order the start page shows them. {@link #MIGRATION_OR_ARCHIVE} is one step for two
 * plugins: the host shows the worse state of those that speak for the project.
 */
public enum VisitStep {
    CUSTOMER,
    DESIGN,
    DNS,
    CLIENT_SETUP,
    MIGRATION_OR_ARCHIVE,
    HANDOVER
}
