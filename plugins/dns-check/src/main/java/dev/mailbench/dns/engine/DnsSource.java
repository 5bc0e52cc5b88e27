package dev.mailbench.dns.engine;

import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Name;

/** Where answers come from: live servers, a zone file, a cache in front of either. Never throws. */
public interface DnsSource {
    /** Asks for {@code type} records at {@code name}; the future always completes normally with a state. */
    CompletableFuture<Answer> query(Name name, int type);

    default Answer lookup(Name name, int type) {
        return query(name, type).join();
    }

    /** Short text for reports, e.g. "127.0.0.1:5353" or "zone file sample.zone". */
    String describe();
}
