package dev.mailbench.serverpanel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mailbench.testlab.LabService;
import dev.mailbench.testlab.RequiresTestLab;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented error against the simulator, each with its Japanese (then English) explanation. */
@RequiresTestLab(LabService.XSERVER_API)
class XserverErrorsLabTest {
    private final Sim sim = new Sim();

    @BeforeEach
    void reset() {
        sim.reset(0);
    }

    @Test
    void fullKeyIsReadWithPermissionExpiryAndTheAdviceToUseAReadOnlyKey() throws Exception {
        KeyInfo info = sim.connector("FULL").keyInfo(() -> false);
        assertThat(info.permission()).isEqualTo("full");
        assertThat(info.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(80)));
        assertThat(info.advice(Instant.now(), true)).extracting(t -> t.ja()).anyMatch(t -> t.contains("読み取り専用"));
        assertThat(info.advice(Instant.now(), false)).isEmpty();
    }

    @Test
    void aKeyExpiringWithinSevenDaysIsWarnedAbout() throws Exception {
        KeyInfo info = sim.connector("SOON").keyInfo(() -> false);
        assertThat(info.readOnly()).isTrue();
        assertThat(info.advice(Instant.now(), true)).singleElement()
                .satisfies(t -> assertThat(t.ja()).contains("期限が切れます").contains("あと 3 日"));
    }

    @Test
    void expiredKeyIs401WithWhereToIssueANewOne() throws Exception {
        PanelException e = fail(() -> sim.connector("EXPIRED").keyInfo(() -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.UNAUTHORIZED);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.explanation().ja()).contains("API キーが無効か、有効期限が切れています").contains("APIキー管理")
                .contains("有効期限が切れています");
        assertThat(e.explanation().en()).contains("invalid or has expired");
    }

    @Test
    void ipRestrictedKeyIs403SayingItIsTheIpNotThePermission() throws Exception {
        PanelException e = fail(() -> sim.connector("IP").mailAccounts(() -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.FORBIDDEN_IP);
        assertThat(e.explanation().ja()).contains("IP 制限").doesNotContain("権限不足");
    }

    @Test
    void readKeyWritingIs403PermissionTooNarrow() throws Exception {
        XserverApi api = sim.api("READ");
        PanelException e = fail(() -> api.send("PUT", sim.base() + "/mail/info%40sample-shoji.test",
                Map.of("memo", "x"), () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.FORBIDDEN_PERMISSION);
        assertThat(e.explanation().ja()).contains("権限不足").doesNotContain("IP 制限");
    }

    @Test
    void customKeyMayWriteMailButNotDns() throws Exception {
        XserverApi api = sim.api("CUSTOM");
        api.send("PUT", sim.base() + "/mail/info%40sample-shoji.test", Map.of("memo", "受付"), () -> false);
        PanelException e = fail(() -> api.send("POST", sim.base() + "/dns", Map.of("domain", "sample-shoji.test",
                "host", "x", "type", "A", "content", "127.0.0.1", "ttl", 3600), () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.FORBIDDEN_PERMISSION);
    }

    @Test
    void unknownAccountIs404() throws Exception {
        PanelException e = fail(() -> sim.connector("READ").mailAccount("nobody@sample-shoji.test", () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.NOT_FOUND);
        assertThat(e.explanation().ja()).contains("見つかりません").contains("メールアカウントが見つかりません");
    }

    @Test
    void failedOwnershipCheckIs409WithTheServersReasonAndIsNotRetried() throws Exception {
        XserverApi api = sim.api("FULL");
        PanelException e = fail(() -> api.send("POST", sim.base() + "/mail",
                Map.of("mail_address", "new@sample-shoji.test", "password", "Secret-123"), () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.OPERATION);
        assertThat(e.explanation().ja()).startsWith("サーバーがこの操作を実行できませんでした（HTTP 409）。理由: ")
                .contains("_xserver-verify.sample-shoji.test");
        assertThat(api.requests()).isEqualTo(1);
    }

    @Test
    void invalidInputIs422WithEachErrorsEntryAndIsNotRetried() throws Exception {
        XserverApi api = sim.api("FULL");
        PanelException e = fail(() -> api.send("POST", sim.base() + "/mail",
                Map.of("mail_address", "bad", "password", "abc", "quota_mb", 0), () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.VALIDATION);
        assertThat(e.errors()).hasSize(3);
        assertThat(e.explanation().ja()).contains("入力内容に誤りがあります（HTTP 422）")
                .contains("・mail_address の形式が正しくありません。").contains("・password は6文字以上")
                .contains("・quota_mb は 1〜50000");
        assertThat(api.requests()).isEqualTo(1);
    }

    @Test
    void dailyLimitIs429AndStopsAtOnceInsteadOfWaitingHours() throws Exception {
        sim.config("{\"per_day\": 1}");
        XserverConnector c = sim.connector("READ");
        c.keyInfo(() -> false);
        PanelException e = fail(() -> c.keyInfo(() -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.RATE_LIMITED);
        assertThat(e.explanation().ja()).contains("上限に達しました（HTTP 429）").contains("1日の上限");
    }

    @Test
    void concurrencyLimit429IsWaitedOutAndRetried() throws Exception {
        sim.config("{\"concurrent\": 1, \"delay_ms\": 400}");
        XserverConnector c = sim.connector("READ");
        var a = CompletableFuture.supplyAsync(() -> call(() -> c.keyInfo(() -> false)));
        var b = CompletableFuture.supplyAsync(() -> call(() -> c.keyInfo(() -> false)));
        assertThat(List.of(a.get(), b.get())).allSatisfy(k -> assertThat(k.permission()).isEqualTo("read"));
        assertThat(c.api().retriedRateLimits()).isGreaterThanOrEqualTo(1);
        assertThat(sim.stats().path("rate_limited").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(sim.stats().path("max_in_flight").asInt()).isEqualTo(1);
    }

    @Test
    void internalErrorIs500AndNotRetried() throws Exception {
        sim.config("{\"force_status\": {\"status\": 500, \"count\": 1}}");
        XserverApi api = sim.quickApi("READ", Duration.ofSeconds(5));
        PanelException e = fail(() -> api.send("GET", "/v1/me", null, () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.INTERNAL);
        assertThat(e.explanation().ja()).contains("予期しないエラーが起きました（HTTP 500）").contains("読み直して");
        assertThat(api.requests()).isEqualTo(1);
    }

    @Test
    void oneBackendErrorIsRetriedAndTheReadSucceeds() throws Exception {
        sim.config("{\"force_status\": {\"status\": 502, \"count\": 1}}");
        XserverApi api = sim.quickApi("READ", Duration.ofSeconds(5));
        assertThat(api.send("GET", "/v1/me", null, () -> false).path("permission_type").asText()).isEqualTo("read");
        assertThat(api.requests()).isEqualTo(2);
    }

    @Test
    void backendSwitchedOffIs502AfterTheRetries() throws Exception {
        sim.config("{\"backend_error\": true}");
        XserverApi api = sim.quickApi("READ", Duration.ofSeconds(5));
        PanelException e = fail(() -> api.send("GET", "/v1/me", null, () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.BACKEND);
        assertThat(e.explanation().ja()).contains("HTTP 502").contains("再試行しましたが回復しませんでした");
        assertThat(api.requests()).isEqualTo(3);
    }

    @Test
    void noAnswerInTimeIsATimeoutAfterRetriesNotAnEmptyResult() throws Exception {
        sim.config("{\"delay_ms\": 1500}");
        XserverApi api = sim.quickApi("READ", Duration.ofMillis(300));
        PanelException e = fail(() -> new XserverConnector(api, sim.lab.xserverServername()).mailAccounts(() -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.TIMEOUT);
        assertThat(e.explanation().ja()).contains("時間内に応答がありませんでした").contains("「設定がない」ことを意味しません");
        assertThat(api.requests()).isEqualTo(3);
    }

    @Test
    void certificateNotFromATrustedCaIsATlsFailureExplainedNotBypassed() throws Exception {
        XserverApi api = new XserverApi(new PanelEndpoint(sim.lab.xserverApiBase(), null, Duration.ofSeconds(5)),
                ApiKey.of(sim.key("READ").toCharArray()));
        PanelException e = fail(() -> api.send("GET", "/v1/me", null, () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.TLS);
        assertThat(e.explanation().ja()).contains("証明書を確認できなかった").contains("無効にすることはしません");
    }

    @Test
    void malformedRequestIs400() {
        PanelException e = XserverApi.error("POST", "/v1/server/x/mail", 400,
                "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"形式が正しくありません\",\"errors\":[]}}");
        assertThat(e.failure()).isEqualTo(PanelFailure.BAD_REQUEST);
        assertThat(e.explanation().ja()).contains("HTTP 400").contains("形式が正しくありません");
    }

    @Test
    void nothingListeningIsUnreachableAfterRetries() throws Exception {
        XserverApi api = new XserverApi(new PanelEndpoint(URI.create("https://127.0.0.1:" + sim.lab.refusedPort()),
                sim.lab.caCertificate(), Duration.ofSeconds(2)), ApiKey.of(sim.key("READ").toCharArray()),
                new dev.mailbench.kit.net.Backoff(1, Duration.ofMillis(10), Duration.ofMillis(10), false));
        PanelException e = fail(() -> api.send("GET", "/v1/me", null, () -> false));
        assertThat(e.failure()).isEqualTo(PanelFailure.UNREACHABLE);
        assertThat(api.requests()).isEqualTo(2);
    }

    @Test
    void theKeyIsInNoMessageOfAnyFailure() throws Exception {
        String key = sim.key("EXPIRED");
        PanelException e = fail(() -> sim.connector("EXPIRED").keyInfo(() -> false));
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(key);
        assertThat(e.explanation().ja() + e.explanation().en()).doesNotContain(key);
        assertThat(ApiKey.of(key.toCharArray()).toString()).doesNotContain(key.substring(3));
    }

    interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PanelException fail(Call<?> c) {
        return catchThrowableOfType(() -> c.run(), PanelException.class);
    }
}
