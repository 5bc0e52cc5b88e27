package dev.mailbench.dns.archfixture;

import dev.mailbench.design.archfixture.DesignHelper;

/** Breaks the plugin rule: the DNS checker's package uses a class of the mail designer's. */
public final class DnsUsesDesign {
    public String ask(DesignHelper design) {
        return design.advice();
    }
}
