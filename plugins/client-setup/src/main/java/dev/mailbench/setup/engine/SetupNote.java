package dev.mailbench.setup.engine;

import dev.mailbench.api.model.LocalizedText;

/** A remark printed with a client's settings: something the consultant must do or tell the customer. */
public record SetupNote(String code, Level level, LocalizedText text) {
    public enum Level { INFO, WARNING }
}
