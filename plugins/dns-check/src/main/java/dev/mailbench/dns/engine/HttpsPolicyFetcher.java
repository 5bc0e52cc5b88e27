package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.net.Backoff;
import dev.mailbench.kit.net.TrustStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The MTA-STS policy over HTTPS as a sending server fetches it (RFC 8461 3.3): to the address DNS gave for
 * {@code mta-sts.<domain>}, with SNI and the certificate verified for that name (system trust plus an optional
 * extra CA, never "trust all"), no redirects followed, a 200 answer of type text/plain, at most 64 KiB.
 * HTTP/1.0 is asked so the answer is never chunked.
 */
public final class HttpsPolicyFetcher implements MtaStsFetcher {
    static final String PATH = "/.well-known/mta-sts.txt";
    private static final int MAX_BODY = 64 * 1024;

    private final TrustStores.RecordingTrust trust;
    private final int port;
    private final Duration timeout;
    private final Backoff backoff;

    /**
     * @param extraCa a CA file to trust besides the system store (a lab or company CA); null for none
     * @param port    443 on the internet; the lab's policy host listens elsewhere
     */
    public HttpsPolicyFetcher(java.nio.file.Path extraCa, int port, Duration timeout) throws IOException, GeneralSecurityException {
        this.trust = TrustStores.recording(extraCa);
        this.port = port;
        this.timeout = timeout;
        this.backoff = Backoff.of(1, Duration.ofMillis(500));
    }

    /** Port 443 and the system trust store: what a sending server does. */
    public static MtaStsFetcher standard() {
        try {
            return new HttpsPolicyFetcher(null, 443, Duration.ofSeconds(5));
        } catch (IOException | GeneralSecurityException e) {
            return (host, addresses) -> Result.failed("信頼する証明書の一覧を読めません: " + e.getMessage(),
                    "cannot read the trusted certificates: " + e.getMessage());
        }
    }

    @Override
    public Result fetch(String host, List<InetAddress> addresses) {
        Result last = new Result(Outcome.UNCHECKED, "", LocalizedText.of(host + ": アドレスがありません", host + ": no address"));
        for (InetAddress address : addresses) {
            for (int attempt = 0; ; attempt++) {
                last = once(host, address);
                // only a silent server is worth asking again; a refusal or a bad certificate stays what it is
                if (last.outcome() != Outcome.UNCHECKED || !backoff.allows(attempt + 1) || !backoff.pause(attempt + 1, () -> false)) {
                    break;
                }
            }
            if (last.outcome() == Outcome.FETCHED) {
                return last;
            }
        }
        return last;
    }

    private Result once(String host, InetAddress address) {
        String where = "https://" + host + PATH + " (" + address.getHostAddress() + (port == 443 ? "" : ":" + port) + ")";
        int millis = (int) Math.max(1, timeout.toMillis());
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), millis);
            plain.setSoTimeout(millis);
            try (SSLSocket tls = (SSLSocket) trust.context().getSocketFactory().createSocket(plain, host, port, true)) {
                SSLParameters params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(params);
                // one handshake at a time: the recorded chain is the fetcher's, and domains are checked in parallel
                SSLHandshakeException rejected = null;
                X509Certificate[] chain;
                synchronized (trust) {
                    try {
                        tls.startHandshake();
                    } catch (SSLHandshakeException e) {
                        rejected = e;
                    }
                    chain = trust.takeLastChain();
                }
                if (rejected != null) {
                    return certificateProblem(host, where, chain);
                }
                OutputStream out = tls.getOutputStream();
                out.write(("GET " + PATH + " HTTP/1.0\r\nHost: " + host + "\r\nUser-Agent: MailBench\r\nAccept: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return response(where, readAll(tls.getInputStream()));
            }
        } catch (SocketTimeoutException e) {
            return new Result(Outcome.UNCHECKED, "", LocalizedText.of(where + ": 応答がありません（タイムアウト）", where + ": no answer (timed out)"));
        } catch (ConnectException e) {
            return Result.failed(where + ": 接続を拒否されました（HTTPS を受け付けていません）", where + ": connection refused (nothing serves HTTPS)");
        } catch (SSLException e) {
            return Result.failed(where + ": TLS の接続に失敗しました: " + e.getMessage(), where + ": the TLS connection failed: " + e.getMessage());
        } catch (IOException e) {
            return new Result(Outcome.UNCHECKED, "", LocalizedText.of(where + ": 通信に失敗しました: " + e.getMessage(),
                    where + ": the connection failed: " + e.getMessage()));
        }
    }

    /** Names what is wrong with the certificate: not for this name, or not from a trusted CA. */
    private Result certificateProblem(String host, String where, X509Certificate[] chain) {
        List<String> names = chain == null || chain.length == 0 ? List.of() : TrustStores.names(chain[0]);
        String issued = names.isEmpty() ? "" : String.join(", ", names);
        boolean nameMatches = names.stream().anyMatch(n -> n.equalsIgnoreCase(host)
                || (n.startsWith("*.") && host.toLowerCase(Locale.ROOT).endsWith(n.substring(1).toLowerCase(Locale.ROOT))
                && host.indexOf('.') == host.length() - n.length() + 1));
        if (!names.isEmpty() && !nameMatches) {
            return Result.failed(where + ": 証明書の名前（" + issued + "）が " + host + " と一致しません",
                    where + ": the certificate is for " + issued + ", not " + host);
        }
        return Result.failed(where + ": 証明書を検証できません（信頼された認証局の発行ではありません" + (issued.isEmpty() ? "" : "。証明書: " + issued) + "）",
                where + ": the certificate cannot be verified (not issued by a trusted CA" + (issued.isEmpty() ? "" : "; certificate: " + issued) + ")");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_BODY + 16 * 1024) {
                break; // headers plus the largest policy a sender reads
            }
        }
        return out.toByteArray();
    }

    static Result response(String where, byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        int sep = 4;
        if (end < 0) {
            end = text.indexOf("\n\n");
            sep = 2;
        }
        if (end < 0) {
            return Result.failed(where + ": HTTP の応答が途中で切れました", where + ": the HTTP answer was cut short");
        }
        String[] head = text.substring(0, end).split("\r?\n");
        String body = text.substring(end + sep);
        String[] status = head[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            return Result.failed(where + ": HTTP の応答ではありません", where + ": not an HTTP answer");
        }
        if (!status[1].equals("200")) {
            String code = head[0].substring(status[0].length()).strip();
            boolean redirect = status[1].startsWith("3");
            return Result.failed(where + ": HTTP " + code + (redirect ? "（送信側はリダイレクトをたどりません）" : ""),
                    where + ": HTTP " + code + (redirect ? " (senders do not follow redirects)" : ""));
        }
        String type = "";
        for (String h : head) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).strip().equalsIgnoreCase("content-type")) {
                type = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            }
        }
        if (!type.startsWith("text/plain")) {
            return Result.failed(where + ": Content-Type が text/plain ではありません（" + (type.isEmpty() ? "なし" : type) + "）",
                    where + ": Content-Type is not text/plain (" + (type.isEmpty() ? "none" : type) + ")");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY) {
            return Result.failed(where + ": ポリシーが 64 KiB を超えています", where + ": the policy is larger than 64 KiB");
        }
        return new Result(Outcome.FETCHED, body, LocalizedText.of(where, where));
    }
}
