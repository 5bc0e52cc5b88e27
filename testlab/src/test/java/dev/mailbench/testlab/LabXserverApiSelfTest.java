package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The XServer API simulator answers over HTTPS with the lab CA, with rate-limit headers and the documented errors. */
@RequiresTestLab(LabService.XSERVER_API)
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
