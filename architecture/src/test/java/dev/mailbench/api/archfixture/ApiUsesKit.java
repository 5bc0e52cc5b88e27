package dev.mailbench.api.archfixture;

import dev.mailbench.kit.json.Json;

/** Breaks the API rule: plugin-api cannot lean on plugin-kit (the kit depends on the API). */
public final class ApiUsesKit {
    public String write(Object value) {
        return Json.line(value);
    }
}
