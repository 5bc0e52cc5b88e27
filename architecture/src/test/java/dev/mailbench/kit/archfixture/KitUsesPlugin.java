package dev.mailbench.kit.archfixture;

import dev.mailbench.design.archfixture.DesignHelper;

/** Breaks the kit rule: plugin-kit using a plugin's class. */
public final class KitUsesPlugin {
    public String ask(DesignHelper design) {
        return design.advice();
    }
}
