package dev.mailbench.archive.engine;

import dev.mailbench.imap.UidSet;
import dev.mailbench.imap.HeaderScan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MboxrdTest {

    @Test
    void quotesEveryFromLineAndUnquotesBack() {
        String msg = "Subject: x\r\n\r\nFrom here\r\n>From there\r\n>>From afar\r\nFromage\r\n From x\r\nend";
        byte[] raw = msg.getBytes(StandardCharsets.US_ASCII);

        byte[] quoted = Mboxrd.quote(raw, 0, raw.length);

        assertThat(new String(quoted, StandardCharsets.US_ASCII)).isEqualTo(
                "Subject: x\r\n\r\n>From here\r\n>>From there\r\n>>>From afar\r\nFromage\r\n From x\r\nend");
        assertThat(Mboxrd.unquote(quoted, 0, quoted.length)).isEqualTo(raw);
    }

    @Test
    void randomMessagesMatchTheLineByLineRuleAndRoundTrip() {
        java.util.Random rnd = new java.util.Random(42);
        String[] pieces = {"From ", ">From ", ">>From x", "From", "Fro", ">", "text", "\r\n", "\n", " ", "F"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(12); n > 0; n--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            byte[] raw = ("xx" + sb).getBytes(StandardCharsets.US_ASCII);
            int offset = 2; // a message inside a larger buffer, as fetched
            byte[] quoted = Mboxrd.quote(raw, offset, raw.length - offset);
            String expected = java.util.regex.Pattern.compile("(?m)^(>*From )").matcher(sb).replaceAll(">$1");
            assertThat(new String(quoted, StandardCharsets.US_ASCII)).as("quote of %s", sb).isEqualTo(expected);
            java.nio.ByteBuffer view = Mboxrd.quoted(raw, offset, raw.length - offset);
            byte[] viewed = new byte[view.remaining()];
            view.get(viewed);
            assertThat(viewed).isEqualTo(quoted);
            assertThat(Mboxrd.unquote(quoted, 0, quoted.length)).isEqualTo(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void fromLineUsesAsctimeOfTheInternalDateInUtc() {
        assertThat(new String(Mboxrd.fromLine(Instant.parse("2024-04-05T09:03:07Z")), StandardCharsets.US_ASCII))
                .isEqualTo("From MAILER-DAEMON Fri Apr  5 09:03:07 2024\n");
    }

    @Test
    void messageIdIsReadFromTheHeaderOnly() {
        byte[] m = "From: a\r\nMessage-ID:\r\n <x@y>\r\n\r\nMessage-ID: <body@z>\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(HeaderScan.messageId(m, 0, m.length)).isEqualTo("<x@y>");
        byte[] none = "From: a\r\n\r\nMessage-ID: <body@z>\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(HeaderScan.messageId(none, 0, none.length)).isEmpty();
    }

    @Test
    void uidSetsAreCompact() {
        assertThat(UidSet.of(java.util.List.of(5L, 1L, 2L, 3L, 9L, 12L, 13L))).isEqualTo("1:3,5,9,12:13");
    }
}
