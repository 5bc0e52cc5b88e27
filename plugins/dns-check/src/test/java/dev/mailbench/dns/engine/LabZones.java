package dev.mailbench.dns.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Every zone file of a folder served together, offline: the lab's DNS as NSD serves it, without a network.
 * Names outside every zone answer OFFLINE. Each instance loads its own copies of the zones, so
 * {@link #apply(Fix)} changes a copy only; it edits the zone the way a consultant would publish the fix
 * (independently of the engine's own overlay re-check).
 */
final class LabZones implements DnsSource {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path folder;
    private final Map<Name, Zone> zones = new LinkedHashMap<>();

    private LabZones(Path folder) {
        this.folder = folder;
    }

    /** The test lab's zones (testlab/dns/zones, what NSD serves). */
    static Path labFolder() {
        return Path.of("../../testlab/dns/zones").toAbsolutePath().normalize();
    }

    static LabZones load(Path folder) throws IOException {
        LabZones out = new LabZones(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".zone")).sorted().toList()) {
                Zone zone = ZoneFiles.load(f, null).zone();
                out.zones.put(zone.getOrigin(), zone);
            }
        }
        return out;
    }

    /** A copy of the zones as they are now, to change without touching this one. */
    LabZones copy() throws IOException {
        LabZones out = new LabZones(folder);
        for (Zone zone : zones.values()) {
            List<Record> records = new ArrayList<>();
            for (RRset set : zone) {
                records.addAll(set.rrs(false));
            }
            out.zones.put(zone.getOrigin(), new Zone(zone.getOrigin(), records.toArray(new Record[0])));
        }
        return out;
    }

    List<String> apexes() {
        return zones.keySet().stream().map(n -> n.toString(true)).toList();
    }

    /**
     * Every name worth checking as a domain: each zone's apex and every name below it with its own SPF or
     * DMARC record (the lab's sub-cases such as {@code plusall.broken-spf.test}).
     */
    List<String> domains() {
        Set<String> out = new LinkedHashSet<>();
        for (Zone zone : zones.values()) {
            out.add(zone.getOrigin().toString(true));
            for (RRset set : zone) {
                if (set.getType() != Type.TXT) {
                    continue;
                }
                String owner = set.getName().toString(true).toLowerCase(Locale.ROOT);
                for (Record r : set.rrs(false)) {
                    String text = String.join("", ((TXTRecord) r).getStrings());
                    if (SpfParser.isSpf(text) && !owner.startsWith("_") && !owner.contains("._")) {
                        out.add(owner);
                    } else if (DmarcRecord.isDmarcOrDiscarded(text) && owner.startsWith("_dmarc.")) {
                        out.add(owner.substring("_dmarc.".length()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Publishes {@code fix} in the zone that holds its name: its kind of TXT record at the name is replaced. */
    void apply(Fix fix) {
        Name name = SpfEvaluator.name(fix.name());
        Zone zone = zoneOf(name);
        if (zone == null) {
            throw new IllegalStateException("no lab zone holds " + fix.name());
        }
        List<String> strings = strings(fix.after());
        String value = String.join("", strings);
        boolean spf = SpfParser.isSpf(value);
        RRset existing = zone.findExactMatch(name, Type.TXT);
        if (existing != null) {
            for (Record r : new ArrayList<>(existing.rrs(false))) {
                String text = String.join("", ((TXTRecord) r).getStrings());
                if (spf ? SpfParser.isSpf(text) : DmarcRecord.isDmarcOrDiscarded(text)) {
                    zone.removeRecord(r);
                }
            }
        }
        zone.addRecord(new TXTRecord(name, DClass.IN, 3600, strings));
    }

    /** The strings of a fix's "after": quoted 255-byte strings when it was split, else the value itself. */
    static List<String> strings(String after) {
        if (!after.startsWith("\"")) {
            return List.of(after);
        }
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(after);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private Zone zoneOf(Name name) {
        return zones.entrySet().stream().filter(e -> name.subdomain(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().labels())).map(Map.Entry::getValue).orElse(null);
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        Zone zone = zoneOf(name);
        if (zone == null) {
            return CompletableFuture.completedFuture(Answer.failed(name, type, LookupState.OFFLINE));
        }
        return new ZoneDnsSource(zone, zone.getOrigin().toString(true) + ".zone", this).query(name, type);
    }

    @Override
    public String describe() {
        return "lab zones " + folder.getFileName() + " (offline)";
    }

    /** Checks {@code domain} over these zones. */
    DomainReport check(String domain, CheckProfile profile) {
        return new DomainChecker(this, profile, true).check(domain);
    }
}
