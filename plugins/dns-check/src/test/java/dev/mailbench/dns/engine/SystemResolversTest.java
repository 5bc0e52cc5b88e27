package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.xbill.DNS.config.JndiContextResolverConfigProvider;

/**
 * Where the system's resolvers come from. Only the Linux/macOS source can be read on this machine; for
 * Windows we check that the provider dnsjava falls back to there (JNDI, since MailBench ships no JNA) works
 * in this JVM, which is the same JDK code that reads the adapters' servers on Windows.
 */
class SystemResolversTest {
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theServersAreThoseOfResolvConf() throws Exception {
        Path resolvConf = Path.of("/etc/resolv.conf");
        List<InetSocketAddress> expected = Files.readAllLines(resolvConf).stream().map(String::strip)
                .filter(l -> l.startsWith("nameserver")).map(l -> l.split("\\s+")[1])
                .map(ip -> new InetSocketAddress(address(ip), 53)).limit(3).toList();
        if (expected.isEmpty()) {
            expected = List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
        }
        assertThat(SystemResolvers.servers()).containsExactlyElementsOf(expected);
    }

    @Test
    void theWindowsFallbackProviderWorksInThisJvm() throws Exception {
        var jndi = new JndiContextResolverConfigProvider();
        assertThat(jndi.isEnabled()).as("JNDI DNS provider (module jdk.naming.dns) available").isTrue();
        jndi.initialize();
        assertThat(jndi.servers()).isNotEmpty();
    }

    @Test
    void aSourceOnTheSystemResolversSaysSo() {
        try (LiveDnsSource live = new LiveDnsSource(ResolverSettings.system())) {
            assertThat(live.describe()).isEqualTo("system resolver");
        }
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
