package dev.mailbench.serverpanel.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.json.Json;
import dev.mailbench.kit.net.Backoff;
import dev.mailbench.testlab.TestLab;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/** The lab's XServer API simulator as the tests drive it: reset, limits, failures, statistics, connectors. */
public final class Sim {
    public final TestLab lab = TestLab.load();

    public Sim reset(int accounts) {
        lab.xserverAdmin("POST", "/reset", "{\"accounts\": " + accounts + "}");
        return this;
    }

    public Sim config(String json) {
        lab.xserverAdmin("POST", "/config", json);
        return this;
    }

    public JsonNode stats() {
        try {
            return Json.mapper().readTree(lab.xserverAdmin("GET", "/stats", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String key(String kind) {
        return lab.xserverKey(kind);
    }

    public PanelEndpoint endpoint(Duration timeout) {
        return new PanelEndpoint(lab.xserverApiBase(), lab.caCertificate(), timeout);
    }

    public XserverApi api(String kind) throws PanelException {
        return new XserverApi(endpoint(Duration.ofSeconds(10)), ApiKey.of(key(kind).toCharArray()));
    }

    /** Short waits between retries, so failure tests do not wait out the real back-off. */
    public XserverApi quickApi(String kind, Duration timeout) throws PanelException {
        return new XserverApi(endpoint(timeout), ApiKey.of(key(kind).toCharArray()),
                new Backoff(2, Duration.ofMillis(50), Duration.ofMillis(200), false));
    }

    public XserverConnector connector(String kind) throws PanelException {
        return new XserverConnector(api(kind), lab.xserverServername());
    }

    public String base() {
        return "/v1/server/" + lab.xserverServername();
    }

    /** LOGIN over implicit TLS (the 993 role) trusting the lab CA only; the tagged answer line. */
    public String imapLogin(String user, char[] pass) throws Exception {
        try (SSLSocket s = (SSLSocket) lab.sslSocketFactory().createSocket(lab.serverHost(), lab.imapsPort())) {
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            if (greeting == null || !greeting.startsWith("* OK")) {
                return "no greeting: " + greeting;
            }
            OutputStream out = s.getOutputStream();
            out.write(("a1 LOGIN \"" + user + "\" \"" + new String(pass) + "\"\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("a1 ")) {
                // untagged capability lines
            }
            out.write("a2 LOGOUT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return String.valueOf(line);
        }
    }
}
