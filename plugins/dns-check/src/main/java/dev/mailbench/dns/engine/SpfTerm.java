package dev.mailbench.dns.engine;

/**
 * One term of an SPF record.
 *
 * @param qualifier '+', '-', '~' or '?' for mechanisms ('+' when omitted); 0 for modifiers
 * @param name      lower-case mechanism or modifier name
 * @param value     the domain-spec or network after ':' or '=', or null
 * @param position  1-based column of the term in the record text
 * @param text      the term as written
 */
public record SpfTerm(char qualifier, String name, String value, int position, String text) {
    /**
     * By hand: a record's generated equals and hashCode go through method handles, slow before the JIT, and the
     * SPF walk keys a map by term for every record it follows.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpfTerm t && t.qualifier == qualifier && t.position == position
                && java.util.Objects.equals(t.name, name) && java.util.Objects.equals(t.value, value)
                && java.util.Objects.equals(t.text, text);
    }

    @Override
    public int hashCode() {
        int h = qualifier * 31 + position;
        h = h * 31 + java.util.Objects.hashCode(name);
        h = h * 31 + java.util.Objects.hashCode(value);
        return h * 31 + java.util.Objects.hashCode(text);
    }

    public boolean isModifier() {
        return qualifier == 0;
    }

    /** Mechanisms and modifiers that cost a DNS lookup (RFC 7208 4.6.4). */
    public boolean countsLookup() {
        return switch (name) {
            case "include", "a", "mx", "ptr", "exists" -> !isModifier();
            case "redirect" -> isModifier();
            default -> false;
        };
    }

    /** The domain this term queries, or {@code fallback} (the record's own domain) when it names none. */
    public String targetOr(String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    public boolean hasMacro() {
        return value != null && value.contains("%");
    }
}
