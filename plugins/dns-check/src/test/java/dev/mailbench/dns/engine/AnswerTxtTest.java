package dev.mailbench.dns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.TXTRecord;

/** The fast path for TXT strings must give exactly dnsjava's text, escapes included. */
class AnswerTxtTest {
    private static final Name OWNER = Name.fromConstantString("example.test.");

    private static TXTRecord txt(List<String> strings) {
        return new TXTRecord(OWNER, DClass.IN, 300, strings);
    }

    @Test
    void plainAsciiStringsAreTakenAsTheyAre() {
        TXTRecord r = txt(List.of("v=spf1 include:spf.sender.xserver.jp ~all", "p=MIIBIjAN+/="));

        assertThat(Answer.strings(r)).containsExactly("v=spf1 include:spf.sender.xserver.jp ~all", "p=MIIBIjAN+/=");
        assertThat(Answer.rdata(r)).isEqualTo(r.rdataToString())
                .isEqualTo("\"v=spf1 include:spf.sender.xserver.jp ~all\" \"p=MIIBIjAN+/=\"");
    }

    @Test
    void stringsWithQuotesBackslashesOrUnprintableBytesAreEscapedAsDnsjavaDoes() {
        TXTRecord r = txt(List.of("plain", "say \\\"hi\\\"", "back\\\\slash", "tab\\009here", "\\195\\169t\\195\\169"));

        assertThat(Answer.strings(r)).isEqualTo(r.getStrings()).contains("say \\\"hi\\\"", "tab\\009here");
        assertThat(Answer.rdata(r)).isEqualTo(r.rdataToString());
    }

    @Test
    void randomBytesGiveTheSameTextAsDnsjava() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            List<String> strings = new ArrayList<>();
            for (int s = 0, n = random.nextInt(4); s < n; s++) {
                StringBuilder text = new StringBuilder();
                for (int c = 0, len = random.nextInt(40); c < len; c++) {
                    // mostly printable ASCII, sometimes a byte that needs a \ddd escape, a quote or a backslash
                    int b = random.nextInt(10) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x5f);
                    text.append(b == '"' || b == '\\' ? "\\" + (char) b
                            : b < 0x20 || b >= 0x7f ? "\\%03d".formatted(b) : String.valueOf((char) b));
                }
                strings.add(text.toString());
            }
            TXTRecord r = txt(strings);

            assertThat(Answer.strings(r)).isEqualTo(r.getStrings());
            assertThat(Answer.rdata(r)).isEqualTo(r.rdataToString());
        }
    }
}
