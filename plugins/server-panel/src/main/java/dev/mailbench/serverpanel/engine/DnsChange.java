package dev.mailbench.serverpanel.engine;

import dev.mailbench.api.services.ServerPanelService.DnsRecord;

/**
 * One request of a change plan, with the record before and after (null where there is none): what the consultant
 * confirms, what the audit keeps, and what {@link #inverse} undoes.
 */
public record DnsChange(Op op, String domain, DnsRecord before, DnsRecord after) {
    public enum Op { CREATE, UPDATE, DELETE }

    public static DnsChange create(DnsRecord record) {
        return new DnsChange(Op.CREATE, record.domain(), null, record);
    }

    public static DnsChange update(DnsRecord before, DnsRecord after) {
        return new DnsChange(Op.UPDATE, before.domain(), before, after);
    }

    public static DnsChange delete(DnsRecord record) {
        return new DnsChange(Op.DELETE, record.domain(), record, null);
    }

    /** The change that puts back what this one changed (a created record is deleted by the id it got). */
    public DnsChange inverse() {
        return switch (op) {
            case CREATE -> delete(after);
            case UPDATE -> new DnsChange(Op.UPDATE, domain, after, before);
            case DELETE -> create(before);
        };
    }

    /** One line for plans and audits, e.g. {@code UPDATE sample.jp TXT @ "v=spf1 …" → "v=spf1 … -all"}. */
    public String describe() {
        return op + " " + domain + " " + show(before) + (op == Op.UPDATE ? " → " : "") + (op == Op.DELETE ? "" : show(after));
    }

    static String show(DnsRecord r) {
        if (r == null) {
            return "";
        }
        return r.host() + " " + r.type() + (r.priority() != null && r.priority() > 0 ? " " + r.priority() : "")
                + " \"" + r.content() + "\" TTL " + r.ttl();
    }
}
