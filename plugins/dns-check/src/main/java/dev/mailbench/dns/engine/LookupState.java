package dev.mailbench.dns.engine;

/**
 * What a DNS query came back with. Only {@link #ANSWERED}, {@link #NXDOMAIN} and {@link #NODATA} say
 * something about the zone; every other state means we could not see the record, which is never the same
 * as "missing".
 */
public enum LookupState {
    ANSWERED,
    NXDOMAIN,
    NODATA,
    SERVFAIL,
    TIMEOUT,
    REFUSED,
    /** Any other failure: network unreachable, malformed answer, other response codes. */
    ERROR,
    /** Not asked: the name lies outside the zone file and the check runs offline. */
    OFFLINE;

    /** True when the answer tells us whether the record exists. */
    public boolean isConclusive() {
        return this == ANSWERED || this == NXDOMAIN || this == NODATA;
    }

    /** True when the name or type has no record (a definite answer). */
    public boolean isEmpty() {
        return this == NXDOMAIN || this == NODATA;
    }
}
