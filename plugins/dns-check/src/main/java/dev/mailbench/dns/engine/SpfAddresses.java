package dev.mailbench.dns.engine;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The addresses an SPF record passes today, as ranges, when its terms and the current DNS answers say so for
 * certain. Used to see whether a term is already covered by the provider's include and to flatten an
 * include into ip4/ip6 terms. Anything that depends on the connecting message (macros, exists, ptr), a
 * non-pass mechanism before the end, or an unanswered query makes the answer "cannot be known".
 */
final class SpfAddresses {
    private static final Pattern DUAL_CIDR = Pattern.compile("(?:/(\\d{1,2}))?(?://(\\d{1,3}))?$");
    /** RFC 7208's lookup limit bounds any real tree; deeper than this is a loop or a tree we do not flatten. */
    private static final int MAX_DEPTH = 10;

    private final DnsSource dns;

    SpfAddresses(DnsSource dns) {
        this.dns = dns;
    }

    /** Ranges for which {@code domain}'s SPF record returns pass; empty when that cannot be known for certain. */
    Optional<List<IpRange>> passing(String domain) {
        List<IpRange> out = new ArrayList<>();
        return collect(domain, out, new HashSet<>(), 0) ? Optional.of(dedupe(out)) : Optional.empty();
    }

    private boolean collect(String domain, List<IpRange> out, Set<String> path, int depth) {
        String key = SpfEvaluator.withoutFinalDot(domain.toLowerCase(Locale.ROOT));
        Name name = SpfEvaluator.name(domain);
        if (depth > MAX_DEPTH || name == null || !path.add(key)) {
            return false;
        }
        try {
            Answer txt = dns.lookup(name, Type.TXT);
            List<String> spf = txt.answered() ? txt.txtJoined().stream().filter(SpfParser::isSpf).toList() : List.of();
            if (spf.size() != 1) {
                return false;
            }
            SpfParser.Result parsed = SpfParser.parse(spf.get(0));
            if (!parsed.ok()) {
                return false;
            }
            boolean hasAll = parsed.terms().stream().anyMatch(t -> !t.isModifier() && t.name().equals("all"));
            String redirect = null;
            for (SpfTerm t : parsed.terms()) {
                if (t.isModifier()) {
                    if (t.name().equals("redirect") && !hasAll) {
                        redirect = t.value();
                    }
                    continue;
                }
                if (t.name().equals("all")) {
                    return t.qualifier() != '+'; // +all passes the world: no range list says that
                }
                if (t.qualifier() != '+' || t.hasMacro()) {
                    return false; // a fail/softfail/neutral term decides some addresses before later pass terms
                }
                switch (t.name()) {
                    case "ip4", "ip6" -> {
                        Optional<IpRange> range = IpRange.parse(t.value());
                        if (range.isEmpty()) {
                            return false;
                        }
                        out.add(range.get());
                    }
                    case "a", "mx" -> {
                        Optional<List<IpRange>> ranges = addresses(t, domain);
                        if (ranges.isEmpty()) {
                            return false;
                        }
                        out.addAll(ranges.get());
                    }
                    case "include" -> {
                        if (!collect(t.value(), out, path, depth + 1)) {
                            return false;
                        }
                    }
                    default -> {
                        return false; // exists, ptr: depend on the message
                    }
                }
            }
            return redirect == null || (!redirect.contains("%") && collect(redirect, out, path, depth + 1));
        } finally {
            path.remove(key);
        }
    }

    /**
     * The ranges an {@code a} or {@code mx} term names today (with its CIDR suffixes); empty when a query
     * was not answered conclusively or the term has a macro. A name without addresses gives an empty list.
     */
    Optional<List<IpRange>> addresses(SpfTerm term, String currentDomain) {
        if (term.hasMacro()) {
            return Optional.empty();
        }
        Name target = SpfEvaluator.name(term.targetOr(currentDomain));
        if (target == null) {
            return Optional.empty();
        }
        Matcher cidr = DUAL_CIDR.matcher(term.text());
        int four = 32;
        int six = 128;
        if (cidr.find()) {
            four = cidr.group(1) == null ? 32 : Integer.parseInt(cidr.group(1));
            six = cidr.group(2) == null ? 128 : Integer.parseInt(cidr.group(2));
        }
        List<Name> hosts = new ArrayList<>();
        if (term.name().equals("mx")) {
            Answer mx = dns.lookup(target, Type.MX);
            if (!mx.state().isConclusive()) {
                return Optional.empty();
            }
            for (Record r : mx.records()) {
                Name host = ((MXRecord) r).getTarget();
                if (!host.equals(Name.root)) {
                    hosts.add(host);
                }
            }
        } else {
            hosts.add(target);
        }
        List<IpRange> out = new ArrayList<>();
        for (Name host : hosts) {
            Answer a = dns.lookup(host, Type.A);
            Answer aaaa = dns.lookup(host, Type.AAAA);
            if (!a.state().isConclusive() || !aaaa.state().isConclusive()) {
                return Optional.empty();
            }
            for (Record r : a.records()) {
                out.add(IpRange.of(((ARecord) r).getAddress(), four));
            }
            for (Record r : aaaa.records()) {
                InetAddress ip = ((AAAARecord) r).getAddress();
                out.add(IpRange.of(ip, six));
            }
        }
        return Optional.of(out);
    }

    /** True when every range of {@code inner} lies inside one of {@code outer}. */
    static boolean covered(List<IpRange> inner, List<IpRange> outer) {
        return inner.stream().allMatch(r -> outer.stream().anyMatch(o -> o.contains(r)));
    }

    private static List<IpRange> dedupe(List<IpRange> ranges) {
        List<IpRange> out = new ArrayList<>();
        for (IpRange r : ranges) {
            if (out.stream().noneMatch(o -> o.contains(r))) {
                out.removeIf(r::contains);
                out.add(r);
            }
        }
        return out;
    }
}
