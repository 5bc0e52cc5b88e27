package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The trust the live test uses: the JDK's default CAs plus, optionally, the certificates of one extra PEM
 * file (a lab or company CA). Verification is never switched off; the host-name check is requested per
 * socket (endpoint identification "HTTPS"). The last server chain seen is kept so a failure can name the
 * certificate's host names.
 */
public final class TrustSetup {
    private final SSLContext context;
    private final AtomicReference<X509Certificate[]> lastChain = new AtomicReference<>();

    private TrustSetup(SSLContext context) {
        this.context = context;
    }

    /** @param extraCaPem a PEM file with one or more CA certificates, or null */
    public static TrustSetup create(Path extraCaPem) throws IOException, GeneralSecurityException {
        TrustManagerFactory def = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        def.init((KeyStore) null);
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        for (TrustManager tm : def.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                for (X509Certificate c : x.getAcceptedIssuers()) {
                    ks.setCertificateEntry("jdk-" + i++, c);
                }
            }
        }
        if (extraCaPem != null) {
            try (InputStream in = Files.newInputStream(extraCaPem)) {
                var certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (certs.isEmpty()) {
                    throw new GeneralSecurityException("CA ファイルに証明書がありません / no certificate in " + extraCaPem);
                }
                for (var c : certs) {
                    ks.setCertificateEntry("extra-" + i++, c);
                }
            } catch (CertificateException e) {
                throw new GeneralSecurityException("CA ファイルを読めません / cannot read the CA file " + extraCaPem + ": " + e.getMessage(), e);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        X509ExtendedTrustManager delegate = null;
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                delegate = x;
            }
        }
        if (delegate == null) {
            throw new GeneralSecurityException("no X509ExtendedTrustManager");
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        TrustSetup setup = new TrustSetup(ctx);
        ctx.init(null, new TrustManager[] {setup.recording(delegate)}, null);
        return setup;
    }

    public SSLContext context() {
        return context;
    }

    /** The chain the server presented in the last handshake (also when verification rejected it). */
    public X509Certificate[] takeLastChain() {
        return lastChain.getAndSet(null);
    }

    /** DNS names (SAN, else CN) of a certificate, for "the certificate is for ..." messages. */
    public static List<String> names(X509Certificate cert) {
        try {
            var sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                return sans.stream().filter(l -> Integer.valueOf(2).equals(l.get(0))).map(l -> String.valueOf(l.get(1))).toList();
            }
        } catch (CertificateException ignored) {
            // fall back to the CN
        }
        String dn = cert.getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.trim().startsWith("CN=")) {
                return List.of(part.trim().substring(3));
            }
        }
        return List.of();
    }

    private X509ExtendedTrustManager recording(X509ExtendedTrustManager d) {
        return new X509ExtendedTrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
                lastChain.set(chain);
                d.checkServerTrusted(chain, authType, socket);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
                lastChain.set(chain);
                d.checkServerTrusted(chain, authType, engine);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                lastChain.set(chain);
                d.checkServerTrusted(chain, authType);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
                d.checkClientTrusted(chain, authType, socket);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
                d.checkClientTrusted(chain, authType, engine);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                d.checkClientTrusted(chain, authType);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return d.getAcceptedIssuers();
            }
        };
    }
}
