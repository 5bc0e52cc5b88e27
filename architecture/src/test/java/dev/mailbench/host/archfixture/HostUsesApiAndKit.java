package dev.mailbench.host.archfixture;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.json.Json;

/** Keeps the host rule: plugin-api and plugin-kit are the host's own. */
public final class HostUsesApiAndKit {
    public String show(LocalizedText text) {
        return Json.line(text);
    }
}
