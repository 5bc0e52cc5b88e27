package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The answers the check already has, with some TXT records replaced: the domain as it would be once a fix
 * is published. Every other question goes to the underlying source (in a run, its cache), so a re-check
 * asks the network nothing it would not ask for the fixed domain itself.
 */
final class OverlayDnsSource implements DnsSource {
    /** At {@code name}, the TXT records {@code replaces} matches give way to one record of {@code strings}. */
    record Replacement(Name name, Predicate<String> replaces, List<String> strings) {
    }

    private static final long NEW_RECORD_TTL = 3600;

    private final DnsSource base;
    private final List<Replacement> replacements;

    OverlayDnsSource(DnsSource base, List<Replacement> replacements) {
        this.base = base;
        this.replacements = List.copyOf(replacements);
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        List<Replacement> here = replacements.stream().filter(r -> r.name().equals(name)).toList();
        if (here.isEmpty()) {
            return base.query(name, type);
        }
        if (type != Type.TXT) {
            // The name exists once the record is published: "no such name" becomes "no such type".
            return base.query(name, type).thenApply(a -> a.state() == LookupState.NXDOMAIN
                    ? new Answer(name, type, LookupState.NODATA, List.of(), a.cnames(), 0) : a);
        }
        return base.query(name, type).thenApply(a -> replaced(name, a, here));
    }

    private static Answer replaced(Name name, Answer published, List<Replacement> here) {
        List<Record> records = new ArrayList<>();
        long ttl = NEW_RECORD_TTL;
        if (published.answered()) {
            for (Record r : published.records()) {
                ttl = r.getTTL();
                String text = r instanceof TXTRecord txt ? String.join("", Answer.strings(txt)) : "";
                if (here.stream().noneMatch(x -> x.replaces().test(text))) {
                    records.add(r);
                }
            }
        }
        for (Replacement x : here) {
            records.add(new TXTRecord(name, DClass.IN, ttl, x.strings()));
        }
        return new Answer(name, Type.TXT, LookupState.ANSWERED, records, List.of(), Answer.wireSize(name, records));
    }

    @Override
    public String describe() {
        return base.describe();
    }
}
