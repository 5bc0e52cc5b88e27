package dev.mailbench.dns.engine;

/** A record as the DNS answered it (or the state when it did not), for the records table and history. */
public record PublishedRecord(String name, String type, long ttl, String data, LookupState state) {
}
