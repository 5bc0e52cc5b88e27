package dev.mailbench.dns.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.xbill.DNS.Name;

/**
 * One cache per run: every name/type is asked once however many domains and includes share it (the
 * provider's include is the same for every customer). Failures are cached too, so a dead server costs one
 * timeout per name rather than one per reference.
 */
public final class CachingDnsSource implements DnsSource {
    private final DnsSource delegate;
    private final ConcurrentMap<Key, CompletableFuture<Answer>> cache = new ConcurrentHashMap<>();

    /** equals and hashCode by hand: a record's generated ones go through method handles, slow before the JIT. */
    private record Key(Name name, int type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.type == type && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + type;
        }
    }

    public CachingDnsSource(DnsSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Answer> query(Name name, int type) {
        Key key = new Key(name, type);
        CompletableFuture<Answer> existing = cache.get(key);
        if (existing != null) {
            return existing;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        existing = cache.putIfAbsent(key, mine);
        if (existing != null) {
            return existing;
        }
        delegate.query(name, type).whenComplete((a, e) -> {
            if (e != null) {
                mine.complete(Answer.failed(name, type, LookupState.ERROR));
            } else {
                mine.complete(a);
            }
        });
        return mine;
    }

    public int size() {
        return cache.size();
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
