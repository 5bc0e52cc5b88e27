package dev.mailbench.setup.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a configuration profile as CMS SignedData (DER, content encapsulated), as iOS and macOS expect of
 * a signed {@code .mobileconfig}. The BouncyCastle provider is passed explicitly and never registered
 * globally, so the plugin leaves the JVM's provider list alone.
 */
public final class ProfileSigner {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private ProfileSigner() {
    }

    /** The consultant's key and certificate chain (signer first). */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** What verification found. */
    public record Verified(byte[] content, X509Certificate signer) {
    }

    /** Reads the first key entry of a PKCS#12 file. The password array is wiped by the caller. */
    public static Identity loadPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        } catch (IOException e) {
            throw new IOException("証明書ファイルを開けません（パスワードが違う可能性があります） / cannot open the PKCS#12 file "
                    + file.getFileName() + " (wrong password?): " + e.getMessage(), e);
        }
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : ks.getCertificateChain(alias)) {
                    chain.add((X509Certificate) c);
                }
                return new Identity(key, chain);
            }
        }
        throw new GeneralSecurityException("証明書ファイルに秘密鍵がありません / the PKCS#12 file holds no private key: " + file.getFileName());
    }

    public static byte[] sign(byte[] profile, Identity identity) throws GeneralSecurityException {
        try {
            String algorithm = "EC".equals(identity.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            var signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(identity.key());
            var digests = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests).build(signer, identity.certificate()));
            gen.addCertificates(new JcaCertStore(identity.chain()));
            return gen.generate(new CMSProcessableByteArray(profile), true).getEncoded();
        } catch (OperatorCreationException | CMSException | IOException e) {
            throw new GeneralSecurityException("プロファイルに署名できません / cannot sign the profile: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the signature with the certificate embedded in the SignedData and returns the signed content.
     * This proves integrity and who signed; whether a device trusts that signer is its own decision.
     */
    public static Verified verify(byte[] signed) throws GeneralSecurityException {
        try {
            CMSSignedData data = new CMSSignedData(signed);
            SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = data.getCertificates().getMatches(si.getSID());
            if (matches.isEmpty()) {
                throw new GeneralSecurityException("署名者の証明書がありません / signer certificate missing");
            }
            X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
            X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(cert))) {
                throw new GeneralSecurityException("署名が一致しません / signature does not verify");
            }
            byte[] content = (byte[]) data.getSignedContent().getContent();
            return new Verified(Arrays.copyOf(content, content.length), cert);
        } catch (CMSException | OperatorCreationException e) {
            throw new GeneralSecurityException("署名を確認できません / cannot verify the signature: " + e.getMessage(), e);
        }
    }
}
