package dev.mailbench.dns.engine;

import java.util.List;

/**
 * One record of the SPF include/redirect tree.
 *
 * @param via           the term that led here ("include:spf.example.jp"), or "" for the root
 * @param status        what happened when this node was fetched and parsed
 * @param record        the SPF text, or "" when there is none
 * @param terms         parsed terms (empty on error)
 * @param ownLookups    DNS-querying terms in this record
 * @param totalLookups  this record's lookups plus those of everything below it
 * @param voidLookups   lookups from this record that came back empty (NXDOMAIN or NODATA)
 * @param detail        the syntax error or lookup state, for display
 */
public record SpfNode(String domain, String via, Status status, String record, List<SpfTerm> terms, int ownLookups,
                      int totalLookups, int voidLookups, List<SpfNode> children, String detail) {
    public SpfNode {
        terms = List.copyOf(terms);
        children = List.copyOf(children);
        detail = detail == null ? "" : detail;
    }

    public enum Status { OK, NO_RECORD, MULTIPLE, SYNTAX, UNCHECKED, LOOP, NOT_FOLLOWED }

    /** This node and all below it, depth first. */
    public java.util.stream.Stream<SpfNode> flatten() {
        return nodes().stream();
    }

    /** As {@link #flatten()}, as a list: a recursive stream of streams cost a bulk check more than the walk itself. */
    public List<SpfNode> nodes() {
        List<SpfNode> out = new java.util.ArrayList<>();
        addTo(out);
        return out;
    }

    private void addTo(List<SpfNode> out) {
        out.add(this);
        for (SpfNode child : children) {
            child.addTo(out);
        }
    }
}
