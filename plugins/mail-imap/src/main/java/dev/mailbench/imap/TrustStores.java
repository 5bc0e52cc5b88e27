package dev.mailbench.imap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** TLS trust: the system's trust store, plus CA certificates a consultant adds (never "trust everything"). */
public final class TrustStores {
    private TrustStores() {
    }

    /** @param extraCa PEM or DER file with one or more CA certificates; null for the system store only */
    public static SSLContext systemPlus(Path extraCa) throws IOException, GeneralSecurityException {
        List<TrustSource> managers = new ArrayList<>();
        if (extraCa != null) {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            try (InputStream in = Files.newInputStream(extraCa)) {
                for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    ks.setCertificateEntry("extra-" + i++, cert);
                }
            }
            if (i == 0) {
                throw new CertificateException("no certificate in " + extraCa + " / 証明書が見つかりません");
            }
            X509TrustManager extra = managerFor(ks);
            managers.add(() -> extra);
        }
        // the system store (~150 certificates) is parsed only when a chain is not trusted by the added CA:
        // a command line that connects to a server of that CA starts faster; what is trusted is the same
        managers.add(new SystemTrust());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new AnyOf(managers)}, null);
        return ctx;
    }

    private static X509TrustManager managerFor(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager");
    }

    /** A trust manager made when first needed. */
    @FunctionalInterface
    private interface TrustSource {
        X509TrustManager get() throws CertificateException;
    }

    private static final class SystemTrust implements TrustSource {
        private X509TrustManager manager;

        @Override
        public synchronized X509TrustManager get() throws CertificateException {
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

    /** Trusts a chain when any of the managers does. */
    private record AnyOf(List<TrustSource> managers) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException first = null;
            for (TrustSource m : managers) {
                try {
                    m.get().checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    first = first == null ? e : first;
                }
            }
            throw first;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>();
            for (TrustSource m : managers) {
                try {
                    all.addAll(java.util.Arrays.asList(m.get().getAcceptedIssuers()));
                } catch (CertificateException unreadable) {
                    // an unreadable store accepts no issuer
                }
            }
            return all.toArray(X509Certificate[]::new);
        }
    }
}
