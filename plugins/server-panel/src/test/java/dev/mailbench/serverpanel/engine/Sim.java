package dev.mailbench.serverpanel.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.json.Json;
import dev.mailbench.kit.net.Backoff;
import dev.mailbench.testlab.TestLab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

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
}
