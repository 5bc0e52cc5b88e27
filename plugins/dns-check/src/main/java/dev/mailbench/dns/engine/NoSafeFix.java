package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;

/**
 * A finding for which no automatic fix passed its re-check (or none can be made without a person's
 * decision): says so plainly and what a person must decide.
 */
public record NoSafeFix(DnsFinding finding, LocalizedText decision) {
}
