package dev.mailbench.setup.engine;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates made with BouncyCastle for the signing test and the local TLS fixture. */
public final class TestCertificates {
    private TestCertificates() {
    }

    public record Made(KeyPair keys, X509Certificate certificate) {
    }

    public static Made selfSigned(String cn, String dnsName) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        long now = System.currentTimeMillis();
        var b = new JcaX509v3CertificateBuilder(new X500Name("CN=" + cn), BigInteger.valueOf(now), new Date(now - 60_000),
                new Date(now + 86_400_000L), new X500Name("CN=" + cn), kp.getPublic());
        if (dnsName != null) {
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        }
        var signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(new BouncyCastleProvider()).build(kp.getPrivate());
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer));
        return new Made(kp, cert);
    }

    public static Path pkcs12(Made made, Path file, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("consultant", made.keys().getPrivate(), password, new Certificate[] {made.certificate()});
        try (var out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        return file;
    }
}
