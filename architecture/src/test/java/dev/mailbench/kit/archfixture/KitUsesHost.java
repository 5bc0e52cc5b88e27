package dev.mailbench.kit.archfixture;

import dev.mailbench.host.Workbench;

/** Breaks the kit rule: plugin-kit reaching into the host. */
public final class KitUsesHost {
    public String where(Workbench workbench) {
        return String.valueOf(workbench.configDir());
    }
}
