package dev.mailbench.host.archfixture;

import dev.mailbench.imap.UidSet;

/** Breaks the host rule: mail-imap is bundled in the plugins that speak IMAP, not on the host's class path. */
public final class HostUsesImap {
    public String show(UidSet uids) {
        return String.valueOf(uids);
    }
}
