package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Answers from a zone file as its authoritative server would once published; names outside the zone go to
 * {@code outside} (live DNS), or come back {@link LookupState#OFFLINE} when there is none.
 */
public final class ZoneDnsSource implements DnsSource {
    private static final int MAX_CNAME_DEPTH = 8;

    private final Zone zone;
    private final String fileName;
    private final DnsSource outside;
    /** Name and type of each record left out of the zone for its size: absent, but not known to be missing. */
    private final Set<String> leftOut;

    /** @param outside where names outside the zone are asked; null means offline */
    public ZoneDnsSource(Zone zone, String fileName, DnsSource outside) {
        this.zone = zone;
        this.fileName = fileName;
        this.outside = outside;
        this.leftOut = Set.of();
    }

    /** A loaded zone file; a question about a record left out for its size comes back {@link LookupState#ERROR}. */
    public ZoneDnsSource(ZoneFiles.Loaded loaded, DnsSource outside) {
        this.zone = loaded.zone();
        this.fileName = loaded.file().getFileName().toString();
        this.outside = outside;
        this.leftOut = loaded.oversized().stream().map(r -> key(r.owner(), r.type())).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(Name name, int type) {
        return name.toString().toLowerCase(java.util.Locale.ROOT) + " " + type;
    }

    public Zone zone() {
        return zone;
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        return resolve(name, name, type, new ArrayList<>(), 0);
    }

    private CompletableFuture<Answer> resolve(Name asked, Name current, int type, List<CNAMERecord> chain, int depth) {
        if (!current.subdomain(zone.getOrigin())) {
            if (outside == null) {
                return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.OFFLINE, List.of(), chain, 0));
            }
            return outside.query(current, type).thenApply(a -> {
                List<CNAMERecord> all = new ArrayList<>(chain);
                all.addAll(a.cnames());
                return new Answer(asked, type, a.state(), a.records(), all, a.wireBytes());
            });
        }
        SetResponse response = zone.findRecords(current, type);
        if (response.isSuccessful()) {
            List<Record> records = new ArrayList<>();
            for (RRset set : response.answers()) {
                records.addAll(set.rrs(false));
            }
            return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.ANSWERED, records, chain,
                    Answer.wireSize(asked, records)));
        }
        if (!leftOut.isEmpty() && leftOut.contains(key(current, type))) {
            return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.ERROR, List.of(), chain, 0));
        }
        if (response.isCNAME() && type != Type.CNAME) {
            CNAMERecord cname = response.getCNAME();
            if (depth >= MAX_CNAME_DEPTH) {
                return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.ERROR, List.of(), chain, 0));
            }
            List<CNAMERecord> longer = new ArrayList<>(chain);
            longer.add(cname);
            return resolve(asked, cname.getTarget(), type, longer, depth + 1);
        }
        if (response.isDelegation() && outside != null) {
            return outside.query(current, type);
        }
        if (response.isNXDOMAIN()) {
            return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.NXDOMAIN, List.of(), chain, 0));
        }
        if (response.isNXRRSET()) {
            return CompletableFuture.completedFuture(new Answer(asked, type, LookupState.NODATA, List.of(), chain, 0));
        }
        // Delegated away while offline, or something the zone cannot answer.
        return CompletableFuture.completedFuture(new Answer(asked, type,
                outside == null ? LookupState.OFFLINE : LookupState.ERROR, List.of(), chain, 0));
    }

    @Override
    public String describe() {
        return "zone file " + fileName + (outside == null ? " (offline)" : " + " + outside.describe());
    }
}
