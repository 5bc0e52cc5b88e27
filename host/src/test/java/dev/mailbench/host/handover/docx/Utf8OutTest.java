package dev.mailbench.host.handover.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Out} writes the bytes an {@code OutputStreamWriter} for UTF-8 writes for the same calls. */
class Utf8OutTest {
    private static final String[] PIECES = {"<w:t>", "abc", "メール設計", "é", "😀", "\uD83D", "\uDE00", "𠮷野家",
            "&amp;", "\t\n", "x".repeat(40_000), "日本語".repeat(15_000), "\uD800x", "\uDC00", "]]>"};

    @Test
    void sameBytesAsTheJdkWriterForAnyMixOfCallsAndChunkBoundaries() throws Exception {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
            Utf8Out ours = new Utf8Out(actual);
            int calls = 1 + random.nextInt(40);
            for (int i = 0; i < calls; i++) {
                String s = PIECES[random.nextInt(PIECES.length)];
                switch (random.nextInt(4)) {
                    case 0 -> {
                        jdk.write(s);
                        ours.write(s);
                    }
                    case 1 -> {
                        int from = random.nextInt(s.length());
                        int length = random.nextInt(s.length() - from + 1);
                        jdk.write(s, from, length);
                        ours.write(s, from, length);
                    }
                    case 2 -> {
                        jdk.write(s.charAt(0));
                        ours.write(s.charAt(0));
                    }
                    default -> {
                        jdk.flush();
                        ours.flush();
                        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
                    }
                }
            }
            // the writer's sequence ends with markup, as a document does: a waiting high surrogate is settled
            jdk.write("</w:t>");
            ours.write("</w:t>");
            jdk.flush();
            ours.flush();
            assertThat(actual.toByteArray()).as("round " + round).isEqualTo(expected.toByteArray());
        }
    }
}
