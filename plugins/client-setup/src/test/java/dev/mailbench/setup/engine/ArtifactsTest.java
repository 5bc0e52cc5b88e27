package dev.mailbench.setup.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.PropertyListParser;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Mailbox;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ArtifactsTest {
    private final ProjectSetup setup = new ProjectSetup(SampleProject.project(), SampleProject.xserver(), null);

    @TempDir
    Path tmp;

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String x(Document d, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, d);
    }

    private Mailbox mailbox(String id) {
        return setup.project().mailbox(id).orElseThrow();
    }

    @Test
    void thunderbirdAutoconfigParsesBack() throws Exception {
        Document d = parse(ThunderbirdAutoconfig.generate(setup.engine().endpoints(), "sample-shoji.test", "サンプル商事", false));
        assertThat(x(d, "/clientConfig/@version")).isEqualTo("1.1");
        assertThat(x(d, "/clientConfig/emailProvider/@id")).isEqualTo("sample-shoji.test");
        assertThat(x(d, "/clientConfig/emailProvider/domain")).isEqualTo("sample-shoji.test");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/@type")).isEqualTo("imap");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/hostname")).isEqualTo("sv1234.xserver.jp");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/port")).isEqualTo("993");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/socketType")).isEqualTo("SSL");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/username")).isEqualTo("%EMAILADDRESS%");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[1]/authentication")).isEqualTo("password-cleartext");
        assertThat(x(d, "/clientConfig/emailProvider/incomingServer[@type='pop3']/port")).isEqualTo("995");
        assertThat(x(d, "/clientConfig/emailProvider/outgoingServer[1]/port")).isEqualTo("465");
        assertThat(x(d, "/clientConfig/emailProvider/outgoingServer[2]/socketType")).isEqualTo("STARTTLS");
        assertThat(x(d, "/clientConfig/emailProvider/outgoingServer[2]/port")).isEqualTo("587");
        Document pop = parse(ThunderbirdAutoconfig.generate(setup.engine().endpoints(), "sample-shoji.test", "", true));
        assertThat(x(pop, "/clientConfig/emailProvider/incomingServer[1]/@type")).isEqualTo("pop3");
    }

    @Test
    void autodiscoverPoxHasSpaOffAndTheWholeAddress() throws Exception {
        for (String id : List.of("m-info", "m-taro")) {
            Document d = parse(AutodiscoverPox.generate(setup.settings(mailbox(id), ClientKind.OUTLOOK_CLASSIC)));
            NodeList protocols = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//Protocol", d, XPathConstants.NODESET);
            assertThat(protocols.getLength()).isEqualTo(2);
            assertThat(x(d, "count(//Protocol[SPA='off'])")).isEqualTo("2");
            assertThat(x(d, "//Protocol[Type='SMTP']/Port")).isEqualTo("465");
            assertThat(x(d, "//Protocol[Type='SMTP']/AuthRequired")).isEqualTo("on");
            assertThat(x(d, "//Protocol[1]/LoginName")).isEqualTo(mailbox(id).address());
            assertThat(x(d, "//Protocol[1]/SSL")).isEqualTo("on");
            assertThat(d.getDocumentElement().getNodeName()).isEqualTo("Autodiscover");
        }
        Document pop = parse(AutodiscoverPox.generate(setup.settings(mailbox("m-taro"), ClientKind.OUTLOOK_CLASSIC)));
        assertThat(x(pop, "//Protocol[1]/Type")).isEqualTo("POP3");
        assertThat(x(pop, "//Protocol[1]/Port")).isEqualTo("995");
        assertThat(x(pop, "//Protocol[1]/LeaveMessagesOnServer")).isEqualTo("on");
    }

    private static NSDictionary plist(byte[] bytes) throws Exception {
        return (NSDictionary) PropertyListParser.parse(bytes);
    }

    @Test
    void mobileconfigParsesWithDdPlistAndHasAStableIdentifier() throws Exception {
        for (String id : List.of("m-info", "m-taro")) {
            ClientSettings s = setup.settings(mailbox(id), ClientKind.IPHONE);
            byte[] first = AppleProfile.generate(s, id, AppleProfile.Options.withoutPassword("サンプル商事"));
            byte[] second = AppleProfile.generate(s, id, AppleProfile.Options.withoutPassword("サンプル商事"));
            NSDictionary a = plist(first);
            NSDictionary b = plist(second);
            assertThat(a.get("PayloadType").toJavaObject()).isEqualTo("Configuration");
            assertThat(((NSNumber) a.get("PayloadVersion")).intValue()).isEqualTo(1);
            assertThat(a.get("PayloadIdentifier").toJavaObject()).isEqualTo("test.sample-shoji.mailbench.mail." + id)
                    .isEqualTo(b.get("PayloadIdentifier").toJavaObject());
            assertThat(a.get("PayloadUUID").toJavaObject()).isNotEqualTo(b.get("PayloadUUID").toJavaObject());
            NSDictionary mail = (NSDictionary) ((NSArray) a.get("PayloadContent")).objectAtIndex(0);
            assertThat(mail.get("PayloadType").toJavaObject()).isEqualTo("com.apple.mail.managed");
            assertThat(mail.get("EmailAccountType").toJavaObject()).isEqualTo(id.equals("m-taro") ? "EmailTypePOP" : "EmailTypeIMAP");
            assertThat(mail.get("EmailAddress").toJavaObject()).isEqualTo(mailbox(id).address());
            assertThat(mail.get("IncomingMailServerHostName").toJavaObject()).isEqualTo("sv1234.xserver.jp");
            assertThat(((NSNumber) mail.get("IncomingMailServerPortNumber")).intValue()).isEqualTo(id.equals("m-taro") ? 995 : 993);
            assertThat(((NSNumber) mail.get("IncomingMailServerUseSSL")).boolValue()).isTrue();
            assertThat(((NSNumber) mail.get("OutgoingMailServerPortNumber")).intValue()).isEqualTo(465);
            assertThat(mail.get("IncomingMailServerUsername").toJavaObject()).isEqualTo(mailbox(id).address());
            assertThat(mail.get("IncomingMailServerAuthentication").toJavaObject()).isEqualTo("EmailAuthPassword");
            assertThat(((NSNumber) mail.get("OutgoingPasswordSameAsIncomingPassword")).boolValue()).isTrue();
            assertThat(mail.containsKey("IncomingPassword")).isFalse();
            assertThat(mail.containsKey("OutgoingPassword")).isFalse();
        }
    }

    @Test
    void passwordOnlyWhenExplicitlyAsked() throws Exception {
        ClientSettings s = setup.settings(mailbox("m-info"), ClientKind.IPHONE);
        NSDictionary p = plist(AppleProfile.generate(s, "m-info", new AppleProfile.Options("", "S3cret-x".toCharArray())));
        NSDictionary mail = (NSDictionary) ((NSArray) p.get("PayloadContent")).objectAtIndex(0);
        assertThat(mail.get("IncomingPassword").toJavaObject()).isEqualTo("S3cret-x");
    }

    @Test
    void signedProfileVerifiesAndTamperingIsDetected() throws Exception {
        var made = TestCertificates.selfSigned("Suzuki IT Support", null);
        char[] pw = "p12-pass".toCharArray();
        Path p12 = TestCertificates.pkcs12(made, tmp.resolve("consultant.p12"), pw);
        ProfileSigner.Identity id = ProfileSigner.loadPkcs12(p12, pw);
        byte[] profile = AppleProfile.generate(setup.settings(mailbox("m-info"), ClientKind.IPHONE), "m-info", AppleProfile.Options.withoutPassword(""));
        byte[] signed = ProfileSigner.sign(profile, id);
        assertThat(signed[0]).isEqualTo((byte) 0x30); // DER SEQUENCE
        ProfileSigner.Verified v = ProfileSigner.verify(signed);
        assertThat(v.content()).isEqualTo(profile);
        assertThat(v.signer()).isEqualTo(made.certificate());
        assertThat(plist(v.content()).get("PayloadType").toJavaObject()).isEqualTo("Configuration");
        // a flipped byte inside the signed content must break the signature
        String marker = "sv1234.xserver.jp";
        int at = indexOf(signed, marker.getBytes(StandardCharsets.UTF_8));
        byte[] tampered = signed.clone();
        tampered[at] = 'S';
        assertThatThrownBy(() -> ProfileSigner.verify(tampered)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ProfileSigner.loadPkcs12(p12, "wrong".toCharArray())).hasMessageContaining("パスワード");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void webBundleHasAutoconfigAutodiscoverResponderAndMimeType() throws Exception {
        Map<String, byte[]> files = WebBundle.build(setup, "sample-shoji.test", "サンプル商事");
        assertThat(files).containsKeys(WebBundle.WELL_KNOWN_AUTOCONFIG, WebBundle.SUBDOMAIN_AUTOCONFIG, WebBundle.AUTODISCOVER_PHP,
                WebBundle.HTACCESS, "mobileconfig/info@sample-shoji.test.mobileconfig", "mobileconfig/taro@sample-shoji.test.mobileconfig");
        assertThat(files).doesNotContainKey("mobileconfig/contact@sample-shoji.test.mobileconfig");
        assertThat(x(parse(files.get(WebBundle.WELL_KNOWN_AUTOCONFIG)), "/clientConfig/@version")).isEqualTo("1.1");
        String htaccess = new String(files.get(WebBundle.HTACCESS), StandardCharsets.UTF_8);
        assertThat(htaccess).contains("AddType application/x-apple-aspen-config .mobileconfig")
                .contains("RewriteRule ^autodiscover/autodiscover\\.xml$ autodiscover/autodiscover.php [NC,L]");
        String php = new String(files.get(WebBundle.AUTODISCOVER_PHP), StandardCharsets.UTF_8);
        assertThat(php).startsWith("<?php").contains("'taro@sample-shoji.test' => true");
        for (String mark : List.of(WebBundle.IMAP_MARK, WebBundle.POP_MARK)) {
            String xml = WebBundle.nowdoc(php, mark).replace("{{EMAIL}}", "info@sample-shoji.test").replace("{{NAME}}", "代表");
            Document d = parse(xml.getBytes(StandardCharsets.UTF_8));
            assertThat(x(d, "//Protocol[1]/Type")).isEqualTo(mark.equals(WebBundle.POP_MARK) ? "POP3" : "IMAP");
            assertThat(x(d, "//Protocol[1]/LoginName")).isEqualTo("info@sample-shoji.test");
            assertThat(x(d, "count(//Protocol[SPA='off'])")).isEqualTo("2");
        }
    }

    @Test
    void projectGeneratorWritesEveryArtifactAndSheetWithoutPasswords() throws Exception {
        List<Path> written = ProjectGenerator.generate(setup, tmp.resolve("out"), (d, t, w) -> true);
        Path out = tmp.resolve("out");
        assertThat(out.resolve("index.md")).exists();
        assertThat(out.resolve("autoconfig/sample-shoji.test/config-v1.1.xml")).exists();
        assertThat(out.resolve("web/sample-shoji.test/.well-known/autoconfig/mail/config-v1.1.xml")).exists();
        assertThat(out.resolve("web/sample-shoji.test/.htaccess")).exists();
        assertThat(out.resolve("autodiscover/info@sample-shoji.test.xml")).exists();
        assertThat(out.resolve("mobileconfig/taro@sample-shoji.test.mobileconfig")).exists();
        assertThat(out.resolve("instructions/dev-yamada-pc/recruit@sample-shoji.test.ja.md")).exists();
        assertThat(out.resolve("instructions/dev-yamada-pc/recruit@sample-shoji.test.en.md")).exists();
        long sheets;
        try (Stream<Path> s = Files.walk(out.resolve("instructions"))) {
            sheets = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertThat(sheets).isEqualTo(2L * setup.deviceSetups().size());
        for (Path p : written) {
            assertThat(p).exists();
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("<key>IncomingPassword</key>").doesNotContain("Shoji-Test-1");
            if (p.toString().endsWith(".xml") || p.toString().endsWith(".mobileconfig")) {
                parse(Files.readAllBytes(p));
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
