package dev.mailbench.hello.archfixture;

import dev.mailbench.migration.archfixture.MigrationHelper;

/** Breaks the plugin rule: the sample plugin counts as a plugin too. */
public final class HelloUsesMigration {
    public String ask(MigrationHelper migration) {
        return migration.plan();
    }
}
