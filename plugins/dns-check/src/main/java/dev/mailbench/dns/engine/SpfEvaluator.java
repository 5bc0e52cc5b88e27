package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Walks the SPF tree of a domain as a receiver would (RFC 7208 4.6.4), without a connecting IP: every
 * DNS-querying term is counted, whichever would match first, because a receiver can reach any of them.
 * The queries of one record's terms are sent together.
 */
public final class SpfEvaluator {
    /** Guard against pathological trees; RFC limit is 10 lookups, we look a little further to report them. */
    private static final int MAX_DEPTH = 12;
    /**
     * Records followed in one evaluation. Depth alone does not bound the walk: eight includes per record,
     * twelve deep, is 8^12 records. A receiver stops at 10 lookups; we follow far enough to count past them.
     */
    private static final int MAX_RECORDS_FOLLOWED = 100;

    private static final TextParseCache<SpfParser.Result> PARSED = new TextParseCache<>(SpfParser::parse);

    private final DnsSource dns;

    public SpfEvaluator(DnsSource dns) {
        this.dns = dns;
    }

    /** Root result plus the TXT answer it came from. */
    public record Evaluation(SpfNode root, Answer txt, int lookups, int voidLookups) {
    }

    public Evaluation evaluate(String domain) {
        Answer txt = dns.lookup(name(domain), Type.TXT);
        SpfNode root = node(domain, "", txt, new LinkedHashSet<>(), 0, new int[] {0});
        int voids = 0;
        for (SpfNode n : root.nodes()) {
            voids += n.voidLookups();
        }
        return new Evaluation(root, txt, root.totalLookups(), voids);
    }

    /**
     * Sends the questions of the domain's SPF record (its includes, redirect, a and mx terms) as soon as its TXT
     * answer is known, so the walk that follows finds their answers on the way ({@link LookAhead}).
     *
     * @return the TXT questions of the includes and the redirect, by target domain, for the look-ahead to go on
     */
    Map<String, CompletableFuture<Answer>> askAhead(String domain, Answer txt) {
        List<String> spf = txt.state().isConclusive() ? txt.txtJoined().stream().filter(SpfParser::isSpf).toList() : List.of();
        if (spf.size() != 1) {
            return Map.of();
        }
        SpfParser.Result parsed = PARSED.parse(spf.get(0));
        if (!parsed.ok()) {
            return Map.of();
        }
        Map<String, CompletableFuture<Answer>> records = new HashMap<>();
        ask(parsed.terms(), domain, parsed.terms().stream().anyMatch(t -> !t.isModifier() && t.name().equals("all")))
                .forEach((term, answer) -> {
                    if (term.name().equals("include") || term.name().equals("redirect")) {
                        records.put(term.targetOr(domain), answer);
                    }
                });
        return records;
    }

    /** The questions a record's terms need, all sent at once; a redirect beside "all" is ignored (RFC 7208 6.1). */
    private Map<SpfTerm, CompletableFuture<Answer>> ask(List<SpfTerm> terms, String domain, boolean hasAll) {
        Map<SpfTerm, CompletableFuture<Answer>> pending = new HashMap<>();
        for (SpfTerm t : terms) {
            if (!t.countsLookup() || t.hasMacro() || (t.name().equals("redirect") && hasAll)) {
                continue;
            }
            Name target = name(t.targetOr(domain));
            if (target == null) {
                continue;
            }
            int type = switch (t.name()) {
                case "include", "redirect" -> Type.TXT;
                case "mx" -> Type.MX;
                case "ptr" -> -1;
                default -> Type.A;
            };
            if (type > 0) {
                pending.put(t, dns.query(target, type));
            }
        }
        return pending;
    }

    /** @param followed records followed so far in this evaluation (one counter shared by the whole walk) */
    private SpfNode node(String domain, String via, Answer txt, Set<String> path, int depth, int[] followed) {
        followed[0]++;
        if (!txt.state().isConclusive()) {
            return leaf(domain, via, SpfNode.Status.UNCHECKED, txt.state().name());
        }
        List<String> spf = txt.txtJoined().stream().filter(SpfParser::isSpf).toList();
        if (spf.isEmpty()) {
            return leaf(domain, via, SpfNode.Status.NO_RECORD, txt.state().name());
        }
        if (spf.size() > 1) {
            return new SpfNode(domain, via, SpfNode.Status.MULTIPLE, String.join(" | ", spf), List.of(), 0, 0, 0, List.of(), "");
        }
        String record = spf.get(0);
        SpfParser.Result parsed = PARSED.parse(record);
        if (!parsed.ok()) {
            return new SpfNode(domain, via, SpfNode.Status.SYNTAX, record, List.of(), 0, 0, 0, List.of(),
                    parsed.error().message().ja() + " / " + parsed.error().message().en());
        }
        List<SpfTerm> terms = parsed.terms();
        boolean hasAll = terms.stream().anyMatch(t -> !t.isModifier() && t.name().equals("all"));
        Set<String> here = new LinkedHashSet<>(path);
        here.add(domain.toLowerCase(java.util.Locale.ROOT));

        // Send every query this record needs at once, then read the answers in term order.
        Map<SpfTerm, CompletableFuture<Answer>> pending = ask(terms, domain, hasAll);
        int own = 0;
        int voids = 0;
        int total = 0;
        List<SpfNode> children = new ArrayList<>();
        for (SpfTerm t : terms) {
            if (!t.countsLookup()) {
                continue;
            }
            if (t.name().equals("redirect") && hasAll) {
                continue; // RFC 7208 6.1: redirect is ignored when the record has all
            }
            own++;
            CompletableFuture<Answer> f = pending.get(t);
            if (f == null) {
                continue; // ptr, or a macro we cannot expand without a message
            }
            Answer a = f.join();
            if (a.state().isEmpty()) {
                voids++;
            }
            if (t.name().equals("include") || t.name().equals("redirect")) {
                String target = t.targetOr(domain);
                String key = withoutFinalDot(target.toLowerCase(java.util.Locale.ROOT));
                SpfNode child;
                if (here.contains(key)) {
                    child = leaf(target, t.text(), SpfNode.Status.LOOP, "");
                } else if (depth >= MAX_DEPTH || followed[0] >= MAX_RECORDS_FOLLOWED) {
                    child = leaf(target, t.text(), SpfNode.Status.NOT_FOLLOWED, "");
                } else {
                    child = node(target, t.text(), a, here, depth + 1, followed);
                }
                children.add(child);
                total += child.totalLookups();
            }
        }
        total += own;
        return new SpfNode(domain, via, SpfNode.Status.OK, record, terms, own, total, voids, children, "");
    }

    private static SpfNode leaf(String domain, String via, SpfNode.Status status, String detail) {
        return new SpfNode(domain, via, status, "", List.of(), 0, 0, 0, List.of(), detail);
    }

    /**
     * {@code text} without one final dot (the root). Not a regex replace: it ran for every include of every
     * domain and each call compiled its pattern again.
     */
    static String withoutFinalDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            return null;
        }
    }
}
