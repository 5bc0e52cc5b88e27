package dev.mailbench.testlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** NSD answers the test zones over UDP and TCP, with the records the DNS checker relies on. */
@RequiresTestLab(LabService.DNS)
class LabDnsSelfTest {

    @Test
    void everyZoneAnswersSoaOverUdpAndTcp(TestLab lab) throws Exception {
        assertThat(lab.zones()).contains(TestLab.ZONE_HEALTHY, TestLab.ZONE_PROVIDER, TestLab.ZONE_BROKEN_SPF,
                TestLab.ZONE_LONG_TXT, TestLab.ZONE_WEAK_DKIM, TestLab.ZONE_BAD_DMARC, TestLab.ZONE_CNAME_MX);
        for (String zone : lab.zones()) {
            MiniDns.Response udp = MiniDns.udp(lab.dnsServer(), zone, MiniDns.SOA, false, 3000);
            MiniDns.Response tcp = MiniDns.tcp(lab.dnsServer(), zone, MiniDns.SOA);
            assertThat(udp.rcode()).as(zone).isZero();
            assertThat(udp.authoritative()).as(zone).isTrue();
            assertThat(udp.answers()).as(zone).hasSize(1);
            assertThat(tcp.rcode()).as(zone).isZero();
            assertThat(tcp.answers()).as(zone).hasSize(1);
        }
    }

    @Test
    void healthyDomainHasXserverStyleRecords(TestLab lab) throws Exception {
        String d = TestLab.ZONE_HEALTHY;
        assertThat(MiniDns.udp(lab.dnsServer(), d, MiniDns.TXT, false, 3000).txts()).containsExactly(
                "v=spf1 +a:sv1234.xserver.test +a:sample-shoji.test +mx include:spf.sender.xserver.test ~all");
        assertThat(MiniDns.tcp(lab.dnsServer(), d, MiniDns.MX).answers()).singleElement()
                .extracting(MiniDns.Answer::target).isEqualTo(d);
        assertThat(MiniDns.udp(lab.dnsServer(), "_dmarc." + d, MiniDns.TXT, false, 3000).txts()).singleElement()
                .asString().startsWith("v=DMARC1; p=none; rua=mailto:");
        assertThat(MiniDns.udp(lab.dnsServer(), "spf.sender.xserver.test", MiniDns.TXT, false, 3000).txts())
                .singleElement().asString().startsWith("v=spf1 ");
        MiniDns.Response dkim = MiniDns.udp(lab.dnsServer(), "default._domainkey." + d, MiniDns.TXT, false, 3000);
        String rec = dkim.answers().get(0).txt();
        assertThat(rec).startsWith("v=DKIM1; k=rsa; p=");
        byte[] der = Base64.getDecoder().decode(rec.substring(rec.indexOf("p=") + 2));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
        assertThat(key.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
        assertThat(lab.dkimPrivateKey(d, "default", 2048)).exists();
    }

    @Test
    void brokenVariantsAreServedAsDocumented(TestLab lab) throws Exception {
        assertThat(MiniDns.tcp(lab.dnsServer(), TestLab.ZONE_BROKEN_SPF, MiniDns.TXT).txts())
                .hasSize(2).allMatch(t -> t.startsWith("v=spf1 ")).anyMatch(t -> t.endsWith("+all"));
        assertThat(MiniDns.udp(lab.dnsServer(), "mail.cname-mx.test", MiniDns.A, false, 3000).answers())
                .first().extracting(MiniDns.Answer::type).isEqualTo(MiniDns.CNAME);
        assertThat(MiniDns.udp(lab.dnsServer(), "revoked._domainkey.weak-dkim.test", MiniDns.TXT, false, 3000).txts())
                .containsExactly("v=DKIM1; k=rsa; p=");
        assertThat(MiniDns.udp(lab.dnsServer(), "_dmarc.twice.bad-dmarc.test", MiniDns.TXT, false, 3000).txts()).hasSize(2);
        assertThat(MiniDns.udp(lab.dnsServer(), "l10.too-many-lookups.test", MiniDns.TXT, false, 3000).txts())
                .containsExactly("v=spf1 include:l11.too-many-lookups.test ~all");
    }

    @Test
    void longTxtIsSplitAndTruncatedOverUdpButCompleteOverTcp(TestLab lab) throws Exception {
        MiniDns.Response plainUdp = MiniDns.udp(lab.dnsServer(), TestLab.ZONE_LONG_TXT, MiniDns.TXT, false, 3000);
        assertThat(plainUdp.truncated()).isTrue();
        MiniDns.Response tcp = MiniDns.tcp(lab.dnsServer(), TestLab.ZONE_LONG_TXT, MiniDns.TXT);
        assertThat(tcp.truncated()).isFalse();
        assertThat(tcp.answers()).singleElement().satisfies(a -> {
            assertThat(a.txtStrings()).isGreaterThan(1);
            assertThat(a.txt()).hasSizeGreaterThan(255).startsWith("v=spf1 ").endsWith(" ~all").doesNotContain("  ");
        });
        assertThat(MiniDns.udp(lab.dnsServer(), "big." + TestLab.ZONE_LONG_TXT, MiniDns.TXT, true, 3000).truncated()).isTrue();
        MiniDns.Response big = MiniDns.tcp(lab.dnsServer(), "big." + TestLab.ZONE_LONG_TXT, MiniDns.TXT);
        assertThat(big.answers()).hasSize(12);
        assertThat(big.size()).isGreaterThan(1232);
    }

    @Test
    void servfailRefusedAndNxdomainAreDistinct(TestLab lab) throws Exception {
        assertThat(MiniDns.udp(lab.dnsServer(), TestLab.ZONE_SERVFAIL, MiniDns.TXT, false, 3000).rcode()).isEqualTo(2);
        assertThat(MiniDns.tcp(lab.dnsServer(), TestLab.ZONE_SERVFAIL, MiniDns.MX).rcode()).isEqualTo(2);
        assertThat(MiniDns.udp(lab.dnsServer(), TestLab.ZONE_NOT_SERVED, MiniDns.TXT, false, 3000).rcode()).isEqualTo(5);
        assertThat(MiniDns.udp(lab.dnsServer(), "nx1.too-many-lookups.test", MiniDns.A, false, 3000).rcode()).isEqualTo(3);
    }
}
