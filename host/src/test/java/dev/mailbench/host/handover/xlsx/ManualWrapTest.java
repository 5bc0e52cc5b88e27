package dev.mailbench.host.handover.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.handover.TextMetrics;
import dev.mailbench.host.handover.TextWidth;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ManualWrap} breaks every text where its former, stream-based version broke it. */
class ManualWrapTest {
    private static final String[] PIECES = {"yamada@sample-shoji.test", " ", "  ", "メール", "設計、", "（注）", "。",
            "Auto-reply", "2026-12-10", "\t", "x", "長い文なので折り返します", "😀", "\uD83D", ")", ",", "a.b.c",
            "１２３", "—", "MB/月"};

    @Test
    void sameLinesAsTheStreamBasedVersion() {
        Random random = new Random(17);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(random.nextInt(12) == 0 ? "\n" : PIECES[random.nextInt(PIECES.length)]);
            }
            double width = 4 + random.nextInt(60) + random.nextDouble();
            assertThat(ManualWrap.wrap(text.toString(), width)).as("%s at %s", text, width)
                    .isEqualTo(Former.wrap(text.toString(), width));
        }
    }

    /** ManualWrap as it was, with a stream per line and per token. */
    private static final class Former {
        private static final double EM_PER_UNIT = 0.55;
        private static final double WIDE_UNITS = 2.1;
        private static final String NO_BREAK_BEFORE = "、。，．）」』】〕・ー：；？！)]}.,:;!?";

        static String wrap(String text, double widthUnits) {
            StringBuilder out = new StringBuilder();
            String[] paragraphs = text.split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    out.append('\n');
                }
                wrapLine(paragraphs[p], widthUnits, out);
            }
            return out.toString();
        }

        private static void wrapLine(String line, double width, StringBuilder out) {
            double used = 0;
            int i = 0;
            int[] cps = line.codePoints().toArray();
            boolean lineStart = true;
            while (i < cps.length) {
                int end = i + 1;
                if (!TextWidth.isWide(cps[i]) && !Character.isWhitespace(cps[i])) {
                    while (end < cps.length && !TextWidth.isWide(cps[end]) && !Character.isWhitespace(cps[end])) {
                        end++;
                    }
                }
                while (end < cps.length && NO_BREAK_BEFORE.indexOf(cps[end]) >= 0) {
                    end++;
                }
                String token = new String(cps, i, end - i);
                double w = units(token);
                boolean space = token.isBlank();
                if (!lineStart && used + w > width && !space) {
                    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    out.append('\n');
                    used = 0;
                    lineStart = true;
                }
                if (!(lineStart && space)) {
                    out.append(token);
                    used += w;
                    lineStart = false;
                }
                i = end;
            }
        }

        private static double units(String token) {
            double u = 0;
            for (int cp : token.codePoints().toArray()) {
                u += TextWidth.isWide(cp) ? WIDE_UNITS : TextMetrics.em(cp) / EM_PER_UNIT;
            }
            return u;
        }
    }
}
