package dev.mailbench.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.imap.TlsMode;
import org.junit.jupiter.api.Test;

/** The protocol and the security follow the standard ports only; anything else is said by the user. */
class ServerOptionsTest {

    private static ServerOptions options(Integer port, String protocol, String security) {
        ServerOptions o = new ServerOptions();
        o.port = port;
        o.protocol = protocol;
        o.security = security;
        return o;
    }

    @Test
    void onlyTheStandardPop3PortsMeanPop3() {
        assertThat(options(995, null, null).pop3()).isTrue();
        assertThat(options(110, null, null).pop3()).isTrue();
        assertThat(options(24995, null, null).pop3()).as("no port arithmetic").isFalse();
        assertThat(options(24110, null, null).pop3()).isFalse();
        assertThat(options(24995, "POP3", null).pop3()).isTrue();
        assertThat(options(null, null, null).pop3()).isFalse();
    }

    @Test
    void securityDefaultsFromTheStandardPortsAndIsOtherwiseExplicit() {
        assertThat(options(null, null, null).tls(993)).isEqualTo(TlsMode.IMPLICIT_TLS);
        assertThat(options(null, null, null).tls(995)).isEqualTo(TlsMode.IMPLICIT_TLS);
        assertThat(options(null, null, null).tls(143)).isEqualTo(TlsMode.STARTTLS);
        assertThat(options(null, null, null).tls(110)).isEqualTo(TlsMode.STARTTLS);
        assertThat(options(null, null, null).tls(24110)).as("no port arithmetic").isEqualTo(TlsMode.IMPLICIT_TLS);
        assertThat(options(null, null, "starttls").tls(24110)).isEqualTo(TlsMode.STARTTLS);
        assertThat(options(null, null, "SSL").tls(110)).isEqualTo(TlsMode.IMPLICIT_TLS);
        assertThatThrownBy(() -> options(null, null, "plain").tls(110)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--security は ssl か starttls");
    }
}
