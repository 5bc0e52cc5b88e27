package dev.mailbench.serverpanel.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailbench.kit.json.Json;
import dev.mailbench.kit.net.Backoff;
import dev.mailbench.kit.net.TrustStores;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;

/**
 * The XServer API over HTTPS: the key in the header, JSON in and out, the pace set by the server's
 * {@code X-RateLimit-*} headers, retries on 429 and 502 after {@code Retry-After}, reads retried after a timeout,
 * never a blind retry of 409 or 422, and every failure turned into a {@link PanelException}.
 */
public final class XserverApi {
    /** A Retry-After longer than this is the daily limit: stop and say so instead of waiting for hours. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final PanelEndpoint endpoint;
    private final ApiKey key;
    private final HttpClient http;
    private final RatePacer pacer = new RatePacer();
    private final Backoff backoff;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retried429 = new AtomicInteger();

    public XserverApi(PanelEndpoint endpoint, ApiKey key) throws PanelException {
        this(endpoint, key, new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(30), true));
    }

    XserverApi(PanelEndpoint endpoint, ApiKey key, Backoff backoff) throws PanelException {
        this.endpoint = endpoint;
        this.key = key;
        this.backoff = backoff;
        try {
            this.http = HttpClient.newBuilder().sslContext(TrustStores.systemPlus(endpoint.caFile()))
                    .connectTimeout(endpoint.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new PanelException(PanelFailure.TLS, "CA file " + endpoint.caFile() + ": " + e.getMessage(), e);
        }
    }

    public RatePacer pacer() { return pacer; }

    /** Requests sent, retries included. */
    public int requests() { return requests.get(); }

    /** 429 answers that were waited out and retried. */
    public int retriedRateLimits() { return retried429.get(); }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public JsonNode get(String path, Map<String, String> query, BooleanSupplier cancelled) throws PanelException {
        StringBuilder p = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            p.append(sep).append(segment(q.getKey())).append('=').append(segment(q.getValue()));
            sep = '&';
        }
        return send("GET", p.toString(), null, cancelled);
    }

    /** One request; {@code body} is converted to JSON (null: none). */
    public JsonNode send(String method, String path, Object body, BooleanSupplier cancelled) throws PanelException {
        boolean idempotent = !method.equals("POST");
        URI uri = URI.create(endpoint.baseUrl() + path);
        int attempt = 0;
        while (true) {
            if (cancelled.getAsBoolean() || !pacer.awaitTurn(cancelled)) {
                throw new PanelException(PanelFailure.CANCELLED, "", null);
            }
            HttpResponse<String> response;
            try {
                requests.incrementAndGet();
                response = http.send(request(method, uri, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PanelException(PanelFailure.CANCELLED, "", e);
            } catch (IOException e) {
                PanelFailure failure = classify(e);
                // A timed-out or dropped read is asked again; a write that may have arrived is not repeated blindly.
                if (failure != PanelFailure.TLS && idempotent && backoff.allows(++attempt)) {
                    if (!backoff.pause(attempt, cancelled)) {
                        throw new PanelException(PanelFailure.CANCELLED, "", e);
                    }
                    continue;
                }
                throw new PanelException(failure, describe(e), e);
            }
            pacer.observe(response.headers());
            int status = response.statusCode();
            if (status == 200) {
                return parse(response.body(), status);
            }
            if (status == 429 || status == 502) {
                Duration wait = retryAfter(response).orElse(backoff.delayBefore(attempt + 1));
                if (wait.compareTo(LONGEST_WAIT) <= 0 && backoff.allows(++attempt)) {
                    if (status == 429) {
                        retried429.incrementAndGet();
                    }
                    if (!Backoff.sleep(wait, cancelled)) {
                        throw new PanelException(PanelFailure.CANCELLED, "", null);
                    }
                    continue;
                }
            }
            throw error(method, path, status, response.body());
        }
    }

    private HttpRequest request(String method, URI uri, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(endpoint.timeout())
                .header("Authorization", key.bearer()).header("Accept", "application/json")
                .header("User-Agent", "MailBench");
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        byte[] json = Json.mapper().writeValueAsBytes(body);
        return b.header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json)).build();
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).filter(v -> v.matches("\\d{1,9}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    private static JsonNode parse(String body, int status) throws PanelException {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new PanelException(PanelFailure.UNEXPECTED, status, "not JSON", List.of(), e);
        }
    }

    static PanelException error(String method, String path, int status, String body) {
        String message = "";
        List<String> errors = new ArrayList<>();
        try {
            JsonNode error = Json.mapper().readTree(body).path("error");
            message = error.path("message").asText("");
            error.path("errors").forEach(n -> errors.add(n.asText()));
        } catch (IOException | RuntimeException e) {
            message = "";
        }
        PanelFailure failure = switch (status) {
            case 400 -> PanelFailure.BAD_REQUEST;
            case 401 -> PanelFailure.UNAUTHORIZED;
            case 403 -> ipRestriction(path, message) ? PanelFailure.FORBIDDEN_IP : PanelFailure.FORBIDDEN_PERMISSION;
            case 404 -> PanelFailure.NOT_FOUND;
            case 409 -> PanelFailure.OPERATION;
            case 422 -> PanelFailure.VALIDATION;
            case 429 -> PanelFailure.RATE_LIMITED;
            case 500 -> PanelFailure.INTERNAL;
            case 502 -> PanelFailure.BACKEND;
            default -> PanelFailure.UNEXPECTED;
        };
        return new PanelException(failure, status, message, errors, null);
    }

    /**
     * The API answers both kinds of 403 with {@code FORBIDDEN}; the message names the IP when that is the cause, and
     * {@code /v1/me} needs no permission beyond a valid key, so a 403 there can only be the IP.
     */
    static boolean ipRestriction(String path, String message) {
        String m = message.toUpperCase(Locale.ROOT);
        return path.startsWith("/v1/me") || m.contains("IPアドレス") || m.matches(".*\\bIP\\b.*") || m.contains("接続元");
    }

    private static PanelFailure classify(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return PanelFailure.TLS;
            }
            if (t instanceof HttpTimeoutException) {
                return PanelFailure.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof java.net.UnknownHostException) {
                return PanelFailure.UNREACHABLE;
            }
        }
        return PanelFailure.UNREACHABLE;
    }

    private static String describe(IOException e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause()) {
            if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(t.getMessage());
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
