package dev.mailbench.migration.archfixture;

/** A class of one plugin (migration's package) that others must not use. */
public final class MigrationHelper {
    public String plan() {
        return "cutover";
    }
}
