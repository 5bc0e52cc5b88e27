package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The XServer API simulator answers over HTTPS with the lab CA, with rate-limit headers and the documented errors, and
 * writes the DNS records of its sync zone through into the lab NSD.
 */
@RequiresTestLab({LabService.XSERVER_API, LabService.DNS})
class LabXserverApiSelfTest {
    private TestLab lab;

    @BeforeEach
    void reset(TestLab lab) {
        this.lab = lab;
        lab.xserverAdmin("POST", "/reset", "{}");
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(lab.sslContext()).build();
        HttpRequest.Builder b = HttpRequest.newBuilder(lab.xserverApiBase().resolve(path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(lab.sslContext()).build();
        return client.send(HttpRequest.newBuilder(lab.xserverApiBase().resolve("/v1/server/" + lab.xserverServername() + path))
                .header("Authorization", "Bearer " + lab.xserverKey("FULL")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordWrittenThroughTheSimulatorIsServedByNsdWhenTheCallReturnsAndAResetTakesItAway() throws Exception {
        assertThat(lab.get("LAB_XSERVER_WRITE_THROUGH")).isEqualTo("yes");
        String zone = lab.get("LAB_XSERVER_SYNC_ZONES").split("\\s+")[0];
        String name = "_selftest." + zone;
        assertThat(MiniDns.udp(lab.dnsServer(), name, MiniDns.TXT, false, 3000).rcode()).isEqualTo(3);
        HttpResponse<String> r = post("/dns", "{\"domain\": \"" + zone + "\", \"host\": \"_selftest\", \"type\": \"TXT\","
                + " \"content\": \"written through\", \"ttl\": 300}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(MiniDns.udp(lab.dnsServer(), name, MiniDns.TXT, false, 3000).txts()).containsExactly("written through");
        // a record NSD would refuse is refused by the API, and nothing changes
        HttpResponse<String> bad = post("/dns", "{\"domain\": \"" + zone + "\", \"host\": \"bad\", \"type\": \"A\","
                + " \"content\": \"not-an-address\", \"ttl\": 300}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("VALIDATION_ERROR").contains("not-an-address");
        assertThat(MiniDns.udp(lab.dnsServer(), name, MiniDns.TXT, false, 3000).txts()).containsExactly("written through");
        lab.xserverAdmin("POST", "/reset", "{}");
        assertThat(MiniDns.udp(lab.dnsServer(), name, MiniDns.TXT, false, 3000).rcode()).isEqualTo(3);
    }

    @Test
    void meAnswersWithThePermissionAndTheRateLimitHeaders() throws Exception {
        HttpResponse<String> r = get("/v1/me", lab.xserverKey("READ"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"permission_type\": \"read\"").contains(lab.xserverServername());
        assertThat(r.headers().firstValue("X-RateLimit-Limit")).hasValue("60");
        assertThat(r.headers().firstValue("X-RateLimit-Remaining")).hasValue("59");
        assertThat(r.headers().firstValue("X-RateLimit-Concurrent-Limit")).hasValue("5");
        assertThat(r.headers().firstValue("X-RateLimit-Reset")).hasValueSatisfying(v -> assertThat(Long.parseLong(v))
                .isGreaterThan(System.currentTimeMillis() / 1000 - 1));
    }

    @Test
    void errorsHaveTheDocumentedBody() throws Exception {
        assertThat(get("/v1/me", null)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("\"code\": \"UNAUTHORIZED\"").contains("\"errors\": []");
        });
        assertThat(get("/v1/server/" + lab.xserverServername() + "/mail/nobody%40sample-shoji.test", lab.xserverKey("READ")))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404));
        lab.xserverAdmin("POST", "/config", "{\"per_minute\": 1}");
        get("/v1/me", lab.xserverKey("READ"));
        assertThat(get("/v1/me", lab.xserverKey("READ"))).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.body()).contains("RATE_LIMIT_EXCEEDED");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        });
    }
}
