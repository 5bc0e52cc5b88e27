package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostAdviceTest {
    @Test
    void aMismatchProposesTheCertificatesProviderNameNeverTheFailingOne() {
        assertThat(HostAdvice.propose("mail.customer.jp", null, List.of("sv1234.xserver.jp"))).contains("sv1234.xserver.jp");
        assertThat(HostAdvice.propose("mail.customer.jp", "mail.customer.jp", List.of("sv1234.xserver.jp"))).contains("sv1234.xserver.jp");
        assertThat(HostAdvice.propose("mail.customer.jp", "{serverId}.xserver.jp", List.of("www.example.net", "sv77.xserver.jp")))
                .contains("sv77.xserver.jp");
        // the profile's host wins when the certificate covers it
        assertThat(HostAdvice.propose("customer.jp", "sv1234.xserver.jp", List.of("*.xserver.jp"))).contains("sv1234.xserver.jp");
        // the certificate shows the server really answering: its provider-shaped name beats a profile with another number
        assertThat(HostAdvice.propose("mail.customer.jp", "sv1111.xserver.jp", List.of("sv2222.xserver.jp"))).contains("sv2222.xserver.jp");
    }

    @Test
    void withoutAnythingConcreteThePlaceholderIsProposedNotTheFailingName() {
        assertThat(HostAdvice.propose("mail.customer.jp", "mail.customer.jp", null)).isEmpty();
        assertThat(HostAdvice.proposeOrPlaceholder("mail.customer.jp", " MAIL.customer.jp. ", List.of("mail.customer.jp")))
                .isEqualTo(HostAdvice.PLACEHOLDER);
        assertThat(HostAdvice.propose("sv1234.xserver.jp", "sv1234.xserver.jp", List.of("*.xserver.jp"))).isEmpty();
    }
}
