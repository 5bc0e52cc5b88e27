package dev.mailbench.host.archfixture;

import dev.mailbench.design.archfixture.DesignHelper;

/** Breaks the host rule: the host uses a plugin's class. */
public final class HostUsesPlugin {
    public String ask(DesignHelper design) {
        return design.advice();
    }
}
