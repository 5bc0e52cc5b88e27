package dev.mailbench.archive.archfixture;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.imap.UidSet;
import dev.mailbench.kit.json.Json;

/** Keeps the plugin rule: mail-imap, plugin-kit and plugin-api are libraries, not plugins. */
public final class ArchiveUsesLibraries {
    public String describe(UidSet uids, LocalizedText title) {
        return Json.line(title) + uids;
    }
}
