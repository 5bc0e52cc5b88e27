package dev.mailbench.setup.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.SocketException;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/** A server that ends the connection is "dropped" whether the client sees an end of stream or a reset. */
class ClosedByServerTest {

    @Test
    void endOfStreamAndResetAreBothAClose() {
        assertThat(FailureDiagnosis.closedByServer(new EOFException())).isTrue();
        assertThat(FailureDiagnosis.closedByServer(new SocketException("Connection reset"))).isTrue();
        assertThat(FailureDiagnosis.closedByServer(new SSLException("handshake", new SocketException("Connection reset by peer")))).isTrue();
        assertThat(FailureDiagnosis.closedByServer(new SSLException("Remote host terminated the handshake"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(FailureDiagnosis.closedByServer(new SocketException("Connection refused"))).isFalse();
        assertThat(FailureDiagnosis.closedByServer(new SSLException("Unsupported or unrecognized SSL message"))).isFalse();
    }
}
