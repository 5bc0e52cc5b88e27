package dev.mailbench.kit.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailbench.api.model.LocalizedText;

/** Keeps the kit rule: plugin-api and third-party libraries are fine. */
public final class KitUsesApiAndLibraries {
    public String write(ObjectMapper mapper, LocalizedText text) throws Exception {
        return mapper.writeValueAsString(text);
    }
}
