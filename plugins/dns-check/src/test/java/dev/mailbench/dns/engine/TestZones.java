package dev.mailbench.dns.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xbill.DNS.Zone;

/** The zone files under {@code src/test/resources/zones}. */
public final class TestZones {
    private TestZones() {
    }

    public static Path folder() {
        try {
            return Path.of(TestZones.class.getResource("/zones/xserver.test.zone").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String domain) {
        return folder().resolve(domain + ".zone");
    }

    public static List<Zone> all() throws IOException {
        List<Zone> zones = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".zone")).sorted().toList()) {
                zones.add(ZoneFiles.load(f, null).zone());
            }
        }
        return zones;
    }

    /** Profile matching the lab's Xserver-style zones. */
    public static CheckProfile xserverTest() {
        return CheckProfile.generic().withMailHost("sv1234.xserver.test", "spf.sender.xserver.test");
    }
}
