package dev.mailbench.dns.engine;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network (address and prefix length), as SPF's ip4/ip6 terms and the CIDR suffixes of a/mx
 * name them. Only literal addresses are parsed, never host names: nothing here asks the DNS.
 */
public record IpRange(InetAddress network, int prefix) {
    public IpRange {
        network = masked(network, prefix);
    }

    /** "192.0.2.0/24", "2001:db8::/32" or a single address; empty when it is not an address. */
    public static Optional<IpRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty(); // a name: InetAddress.getByName would ask the DNS
        }
        try {
            InetAddress ip = InetAddress.getByName(address);
            int bits = bits(ip);
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            return prefix < 0 || prefix > bits ? Optional.empty() : Optional.of(new IpRange(ip, prefix));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The network of {@code address} with {@code prefix} bits, as an a/mx term with a CIDR suffix names it. */
    public static IpRange of(InetAddress address, int prefix) {
        return new IpRange(address, Math.min(prefix, bits(address)));
    }

    public boolean isIp4() {
        return network instanceof Inet4Address;
    }

    public boolean contains(IpRange other) {
        if (isIp4() != other.isIp4() || other.prefix < prefix) {
            return false;
        }
        return masked(other.network, prefix).equals(network);
    }

    /** The SPF term that authorises this range: {@code ip4:192.0.2.0/24}, {@code ip6:2001:db8::/32}, no suffix for one host. */
    public String spfTerm() {
        String host = network.getHostAddress();
        return (isIp4() ? "ip4:" : "ip6:") + host + (prefix == bits(network) ? "" : "/" + prefix);
    }

    private static int bits(InetAddress ip) {
        return ip instanceof Inet4Address ? 32 : 128;
    }

    private static InetAddress masked(InetAddress ip, int prefix) {
        byte[] bytes = ip.getAddress();
        int total = bytes.length * 8;
        BigInteger value = new BigInteger(1, bytes);
        BigInteger mask = prefix == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE).shiftRight(total - prefix).shiftLeft(total - prefix);
        byte[] raw = value.and(mask).toByteArray();
        byte[] out = new byte[bytes.length];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
