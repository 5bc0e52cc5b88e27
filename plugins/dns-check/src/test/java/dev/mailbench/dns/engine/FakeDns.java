package dev.mailbench.dns.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Records built in the test: lines like {@code "x.test MX 10 mail.x.test."}. Names with no record answer
 * NXDOMAIN, other types NODATA; {@link #fail} makes a name answer a failure state.
 */
final class FakeDns implements DnsSource {
    private final Map<Name, List<Record>> byName = new HashMap<>();
    private final Map<Name, LookupState> failures = new HashMap<>();

    FakeDns(List<String> lines) {
        for (String line : lines) {
            add(line);
        }
    }

    FakeDns add(String line) {
        String[] parts = line.trim().split("\\s+", 3);
        long ttl = 300;
        if (parts[1].matches("[0-9]+")) { // "name TTL TYPE rdata"
            ttl = Long.parseLong(parts[1]);
            String[] rest = parts[2].split("\\s+", 2);
            parts = new String[] {parts[0], rest[0], rest[1]};
        }
        try {
            Name name = Name.fromString(parts[0].endsWith(".") ? parts[0] : parts[0] + ".");
            Record r = Record.fromString(name, Type.value(parts[1]), DClass.IN, ttl, parts[2], Name.root);
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(r);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(line, e);
        }
        return this;
    }

    /** Removes every record of {@code type} at {@code name}. */
    FakeDns remove(String name, String type) {
        Name n = SpfEvaluator.name(name);
        List<Record> list = byName.getOrDefault(n, new ArrayList<>());
        list.removeIf(r -> r.getType() == Type.value(type));
        return this;
    }

    FakeDns fail(String name, LookupState state) {
        failures.put(SpfEvaluator.name(name), state);
        return this;
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        List<CNAMERecord> chain = new ArrayList<>();
        Name current = name;
        for (int depth = 0; depth < 8; depth++) {
            LookupState failed = failures.get(current);
            if (failed != null) {
                return CompletableFuture.completedFuture(new Answer(name, type, failed, List.of(), chain, 0));
            }
            List<Record> all = byName.get(current);
            if (all == null || all.isEmpty()) {
                return CompletableFuture.completedFuture(new Answer(name, type, LookupState.NXDOMAIN, List.of(), chain, 0));
            }
            List<Record> matching = all.stream().filter(r -> r.getType() == type).toList();
            if (!matching.isEmpty()) {
                return CompletableFuture.completedFuture(new Answer(name, type, LookupState.ANSWERED, matching, chain,
                        Answer.wireSize(name, matching)));
            }
            var cname = all.stream().filter(r -> r.getType() == Type.CNAME).findFirst();
            if (cname.isEmpty()) {
                return CompletableFuture.completedFuture(new Answer(name, type, LookupState.NODATA, List.of(), chain, 0));
            }
            chain.add((CNAMERecord) cname.get());
            current = ((CNAMERecord) cname.get()).getTarget();
        }
        return CompletableFuture.completedFuture(new Answer(name, type, LookupState.ERROR, List.of(), chain, 0));
    }

    @Override
    public String describe() {
        return "test records";
    }
}
