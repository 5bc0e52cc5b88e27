package dev.mailbench.serverpanel.engine;

/**
 * One difference, field by field.
 *
 * @param area   what kind of thing: server, domain, mailbox, filter, dns
 * @param key    which one: an address, a domain, a record's host/type
 * @param field  which field changed; empty for a whole thing that is new or gone
 */
public record PanelChange(Kind kind, String area, String key, String field, String before, String after) {
    public enum Kind { NEW, CHANGED, GONE }
}
