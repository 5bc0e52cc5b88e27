package dev.mailbench.kit.net;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS trust, the one home for it: the system's trust store plus, optionally, the CA certificates of one
 * file a consultant adds (a lab or company CA). Never "trust everything": a rejected chain is explained,
 * not accepted. The host-name check stays the caller's socket's (endpoint identification).
 */
public final class TrustStores {
    private TrustStores() {
    }

    /** @param extraCa PEM or DER file with one or more CA certificates; null for the system store only */
    public static SSLContext systemPlus(Path extraCa) throws IOException, GeneralSecurityException {
        return recording(extraCa).context();
    }

    /**
     * Like {@link #systemPlus}, and keeps the chain each server presented, also when it was rejected, so a
     * failure can name the certificate's host names.
     */
    public static RecordingTrust recording(Path extraCa) throws IOException, GeneralSecurityException {
        List<TrustSource> sources = new ArrayList<>();
        if (extraCa != null) {
            X509ExtendedTrustManager extra = managerFor(readCertificates(extraCa));
            sources.add(() -> extra);
        }
        // the system store (~150 certificates) is parsed only when a chain is not trusted by the added CA:
        // a command line that connects to a server of that CA starts faster; what is trusted is the same
        sources.add(new SystemTrust());
        RecordingTrust trust = new RecordingTrust(new AnyOf(sources));
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {trust.manager}, null);
        trust.context = ctx;
        return trust;
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

    private static KeyStore readCertificates(Path file) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                ks.setCertificateEntry("extra-" + i++, cert);
            }
        } catch (CertificateException e) {
            throw new CertificateException("CA ファイルを読めません / cannot read the CA file " + file + ": " + e.getMessage(), e);
        }
        if (i == 0) {
            throw new CertificateException("CA ファイルに証明書がありません / no certificate in " + file);
        }
        return ks;
    }

    private static X509ExtendedTrustManager managerFor(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509ExtendedTrustManager");
    }

    /** An SSL context whose trust manager remembers the last chain a server presented. */
    public static final class RecordingTrust {
        private final AtomicReference<X509Certificate[]> lastChain = new AtomicReference<>();
        private final X509ExtendedTrustManager manager;
        private SSLContext context;

        private RecordingTrust(AnyOf delegate) {
            this.manager = new Recorder(delegate, lastChain);
        }

        public SSLContext context() {
            return context;
        }

        /** The chain presented in the last handshake (also when verification rejected it), then forgets it. */
        public X509Certificate[] takeLastChain() {
            return lastChain.getAndSet(null);
        }
    }

    /** A trust manager made when first needed. */
    @FunctionalInterface
    private interface TrustSource {
        X509ExtendedTrustManager get() throws CertificateException;
    }

    private static final class SystemTrust implements TrustSource {
        private X509ExtendedTrustManager manager;

        @Override
        public synchronized X509ExtendedTrustManager get() throws CertificateException {
            if (manager == null) {
                try {
                    manager = managerFor(null);
                } catch (GeneralSecurityException e) {
                    throw new CertificateException("cannot read the system trust store: " + e.getMessage(), e);
                }
            }
            return manager;
        }
    }

    @FunctionalInterface
    private interface Check {
        void on(X509ExtendedTrustManager manager) throws CertificateException;
    }

    /** Trusts a chain when any of the managers does; the first rejection is the one reported. */
    private static final class AnyOf extends X509ExtendedTrustManager {
        private final List<TrustSource> sources;

        AnyOf(List<TrustSource> sources) {
            this.sources = sources;
        }

        private void any(Check check) throws CertificateException {
            CertificateException first = null;
            for (TrustSource s : sources) {
                try {
                    check.on(s.get());
                    return;
                } catch (CertificateException e) {
                    first = first == null ? e : first;
                }
            }
            throw first;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>();
            for (TrustSource s : sources) {
                try {
                    all.addAll(Arrays.asList(s.get().getAcceptedIssuers()));
                } catch (CertificateException unreadable) {
                    // an unreadable store accepts no issuer
                }
            }
            return all.toArray(X509Certificate[]::new);
        }
    }

    private static final class Recorder extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager d;
        private final AtomicReference<X509Certificate[]> last;

        Recorder(X509ExtendedTrustManager d, AtomicReference<X509Certificate[]> last) {
            this.d = d;
            this.last = last;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            last.set(chain);
            d.checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            last.set(chain);
            d.checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            last.set(chain);
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
    }
}
