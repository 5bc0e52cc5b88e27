package dev.mailbench.dns.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to ask live DNS.
 *
 * @param servers       empty: the system's resolvers; one or more: these servers, tried in order
 * @param authoritative true when {@code servers} is one authoritative server queried directly (no recursion wanted)
 * @param timeout       per query, per server
 * @param maxInFlight   bound on concurrent queries of one run
 */
public record ResolverSettings(List<InetSocketAddress> servers, boolean authoritative, Duration timeout, int maxInFlight) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public ResolverSettings {
        servers = List.copyOf(servers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        maxInFlight = maxInFlight <= 0 ? 64 : maxInFlight;
    }

    public static ResolverSettings system() {
        return new ResolverSettings(List.of(), false, DEFAULT_TIMEOUT, 64);
    }

    public static ResolverSettings authoritative(InetSocketAddress server) {
        return new ResolverSettings(List.of(server), true, DEFAULT_TIMEOUT, 64);
    }

    public static ResolverSettings servers(List<InetSocketAddress> servers) {
        return new ResolverSettings(servers, false, DEFAULT_TIMEOUT, 64);
    }

    public ResolverSettings withTimeout(Duration value) {
        return new ResolverSettings(servers, authoritative, value, maxInFlight);
    }

    public ResolverSettings withMaxInFlight(int value) {
        return new ResolverSettings(servers, authoritative, timeout, value);
    }

    /**
     * Parses {@code IP}, {@code IP:PORT}, {@code [IPv6]:PORT} or a comma-separated list of them. Only IP
     * literals: a server given by name would need DNS to find DNS.
     *
     * @throws IllegalArgumentException with a message fit to show the user
     */
    public static List<InetSocketAddress> parseServers(String text) {
        List<InetSocketAddress> result = new ArrayList<>();
        for (String part : text.split(",")) {
            String s = part.trim();
            if (s.isEmpty()) {
                continue;
            }
            String host = s;
            int port = 53;
            if (s.startsWith("[")) {
                int end = s.indexOf(']');
                if (end < 0) {
                    throw new IllegalArgumentException("']' がありません / missing ']': " + s);
                }
                host = s.substring(1, end);
                if (s.length() > end + 1) {
                    if (s.charAt(end + 1) != ':') {
                        throw new IllegalArgumentException("ポート番号の書き方が違います / bad port: " + s);
                    }
                    port = parsePort(s.substring(end + 2), s);
                }
            } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
                host = s.substring(0, s.indexOf(':'));
                port = parsePort(s.substring(s.indexOf(':') + 1), s);
            }
            if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                throw new IllegalArgumentException("DNS サーバーは IP アドレスで指定してください / give the DNS server as an IP address: " + s);
            }
            try {
                result.add(new InetSocketAddress(InetAddress.getByName(host), port));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("IP アドレスとして読めません / not an IP address: " + s, e);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("DNS サーバーが指定されていません / no DNS server given");
        }
        return result;
    }

    private static int parsePort(String text, String whole) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ポート番号は 1〜65535 です / port must be 1-65535: " + whole, e);
        }
    }
}
