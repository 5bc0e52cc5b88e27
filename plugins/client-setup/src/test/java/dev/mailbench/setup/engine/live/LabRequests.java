package dev.mailbench.setup.engine.live;

import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import dev.mailbench.setup.engine.Endpoints;
import dev.mailbench.testlab.TestLab;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A provider profile and requests pointing at the test lab's high ports. */
public final class LabRequests {
    private LabRequests() {
    }

    public static ProviderProfile profile(TestLab lab) {
        return new ProviderProfile("xserver", "Xserver (lab)", lab.serverHost(),
                new Endpoint(lab.imapsPort(), Encryption.SSL_TLS), new Endpoint(lab.imapStarttlsPort(), Encryption.STARTTLS),
                new Endpoint(lab.pop3sPort(), Encryption.SSL_TLS), new Endpoint(lab.pop3StarttlsPort(), Encryption.STARTTLS),
                new Endpoint(lab.submissionsPort(), Encryption.SSL_TLS), new Endpoint(lab.submissionPort(), Encryption.STARTTLS),
                "FULL_ADDRESS", "spf.sender.xserver.test", "", List.of("default"), "", "{domain}", Map.of());
    }

    public static LiveTester.Request request(TestLab lab, String host, String user, String password, List<ProbeTarget> targets,
                                             boolean roundTrip) {
        return new LiveTester.Request(host, user, password.toCharArray(), targets, lab.caCertificate(),
                Endpoints.of(profile(lab)).implicitTlsPorts(), lab.serverHost(), Duration.ofMillis(1500), Duration.ofMillis(2000),
                roundTrip, Duration.ofSeconds(30));
    }

    public static List<ProbeTarget> standard(TestLab lab) {
        return ProbeTarget.standard(Endpoints.of(profile(lab)), false);
    }
}
