package dev.mailbench.api.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the API rule: a library type in plugin-api. */
public final class ApiUsesJackson {
    public String write(ObjectMapper mapper, Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }
}
