package dev.mailbench.serverpanel.engine;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the API is and how it is trusted: the real API by default; a lab or a company proxy adds its CA file (on top
 * of the system's trust store, never instead of checking).
 *
 * @param caFile extra CA certificates (PEM or DER); null for the system store only
 */
public record PanelEndpoint(URI baseUrl, Path caFile, Duration timeout) {
    public static final URI XSERVER = URI.create("https://api.xserver.ne.jp");

    public PanelEndpoint {
        baseUrl = baseUrl == null ? XSERVER : URI.create(baseUrl.toString().replaceAll("/+$", ""));
        if (!"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException("API の URL は https:// で始めてください / the API URL must start with https://: " + baseUrl);
        }
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    public static PanelEndpoint xserver() {
        return new PanelEndpoint(XSERVER, null, null);
    }
}
