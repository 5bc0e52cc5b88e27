package dev.mailbench.dns.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.xbill.DNS.ResolverConfig;

/**
 * The DNS servers the operating system uses, as dnsjava's {@link ResolverConfig} finds them: the
 * {@code dns.server} property first; {@code /etc/resolv.conf} on Linux and macOS (macOS writes its primary
 * resolvers there; resolvers scoped to a VPN domain are not in it); on Windows the IP Helper API when JNA is
 * present (MailBench does not ship it), else the JDK's own JNDI DNS provider, which reads the adapters'
 * servers the same way {@code nslookup} does. Read afresh for each source: the consultant moves between
 * networks while MailBench runs.
 */
final class SystemResolvers {
    private SystemResolvers() {
    }

    static List<InetSocketAddress> servers() {
        ResolverConfig.refresh();
        List<InetSocketAddress> found = ResolverConfig.getCurrentConfig().servers();
        if (found.isEmpty()) {
            // what every stub resolver assumes when nothing is configured
            return List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
        }
        return List.copyOf(found);
    }
}
