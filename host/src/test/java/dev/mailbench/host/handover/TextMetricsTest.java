package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The measures size every column of both documents, so a faster implementation must give exactly the same
 * numbers (the same bits: a width one twip off changes the exported file). Compared here with the first,
 * plain implementation kept as the reference, on typical cells and on random mixes of the characters that
 * matter (Japanese, Latin, digits, units, dates, hyphens, addresses, line breaks, surrogate pairs).
 */
class TextMetricsTest {

    private static final List<String> TYPICAL = List.of("", " ", "\n", "info@sample-shoji.test",
            "mail.sample-shoji.test", "2026年11月30日", "2026-11-30", "2026-11-30T10:15", "30 November 2026",
            "November 30, 2026", "1,024 MB", "2.5 GB", "300 MB/月", "12 か月", "Auto-reply", "営業部　田中太郎",
            "POP3 (995/SSL) と IMAP (993/SSL)", "a-b-c-", "--", "-a", "x\ny-z\nlong line here", "☑ 済",
            "𠮷野家 の 𠮷", "ＡＢＣ１２３", "v=spf1 include:sv1234.xserver.jp ~all", "100%", "3 days", "1 month",
            "C:\\Users\\mail", "\"quoted\" text_with_underscore", "\t tab");

    @Test
    void typicalCellsMeasureExactlyAsBefore() {
        for (String text : TYPICAL) {
            assertSame(text);
        }
    }

    @Test
    void randomMixesMeasureExactlyAsBefore() {
        String[] pieces = {"a", "Z", "m", "0", "9", "-", ".", "@", "/", ":", " ", "\n", "\t", "日", "本", "年", "月",
                "日", "MB", "GB", "%", "か月", "days", "2026", "11", "-30", ",", "𠮷", "☐", "—", "_", "(", ")", "~", "Q", "é", "'", "!", "～"};
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(24);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(sb.toString());
        }
    }

    @Test
    void widthsInHalfWidthCharactersAsBefore() {
        List<String> all = new ArrayList<>(TYPICAL);
        all.add(null);
        for (String text : all) {
            assertThat(TextWidth.of(text)).as("TextWidth.of(%s)", text).isEqualTo(Reference.textWidth(text));
        }
    }

    private static void assertSame(String text) {
        for (boolean bold : new boolean[] {false, true}) {
            assertThat(Double.doubleToRawLongBits(TextMetrics.em(text, bold)))
                    .as("em(%s, %s)", text, bold).isEqualTo(Double.doubleToRawLongBits(Reference.em(text, bold)));
            assertThat(Double.doubleToRawLongBits(TextMetrics.unbreakableEm(text, bold)))
                    .as("unbreakableEm(%s, %s)", text, bold)
                    .isEqualTo(Double.doubleToRawLongBits(Reference.unbreakableEm(text, bold)));
        }
        text.codePoints().forEach(cp -> assertThat(TextMetrics.em(cp)).isEqualTo(Reference.em(cp)));
        // ManualWrap measures the characters of a line (never a line break) one by one
        text.codePoints().filter(cp -> cp != '\n').forEach(cp -> assertThat(TextMetrics.em(cp))
                .isEqualTo(Reference.em(new String(Character.toChars(cp)), false)));
    }

    /** The implementation before issue 17, verbatim apart from names. */
    private static final class Reference {
        private static final Pattern DATE = Pattern.compile(
                "\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?|\\d{4}/\\d{1,2}/\\d{1,2}"
                        + "|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}"
                        + "|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
        private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
                "[+-]?\\d[\\d,.]*\\s?(?:MB/月|MB/month|MB|GB|KB|TB|%|日|days?|months?|か月)");

        private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
        private static final double[] LOWER_EM = {.613, .635, .550, .635, .615, .352, .635, .634, .278, .278, .579,
                .278, .974, .634, .612, .635, .635, .411, .521, .392, .634, .592, .818, .592, .592, .525};
        private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private static final double[] UPPER_EM = {.684, .686, .698, .770, .632, .575, .775, .752, .295, .295, .656,
                .557, .863, .748, .787, .603, .787, .695, .635, .611, .732, .684, .989, .685, .611, .685};

        static double em(int cp) {
            if (TextWidth.isWide(cp)) {
                return 1.0;
            }
            int lower = LOWER.indexOf(cp);
            if (lower >= 0) {
                return LOWER_EM[lower];
            }
            int upper = UPPER.indexOf(cp);
            if (upper >= 0) {
                return UPPER_EM[upper];
            }
            if (cp >= '0' && cp <= '9') {
                return .636;
            }
            return switch (cp) {
                case ' ', '.', ',', ';', ':', '\'', '|', '!' -> .318;
                case '-', '(', ')', '[', ']', '/', '\\' -> .39;
                case '@' -> 1.0;
                case '%' -> .95;
                case '_', '"' -> .5;
                case '—', '～', '☐', '☑' -> 1.0;
                default -> cp < 0x2000 ? .65 : 1.0;
            };
        }

        static double em(String text, boolean bold) {
            double max = 0;
            for (String line : (text == null ? "" : text).split("\n", -1)) {
                double w = 0;
                for (int cp : line.codePoints().toArray()) {
                    w += em(cp);
                }
                max = Math.max(max, w);
            }
            return bold ? max * TextMetrics.BOLD : max;
        }

        static double tokenEm(String token) {
            if (token.contains("@") || token.contains(".") || token.contains("/") || token.contains(":")) {
                return em(token, false);
            }
            double max = 0;
            for (String part : token.split("(?<=-)")) {
                max = Math.max(max, em(part, false));
            }
            return max;
        }

        static double unbreakableEm(String text, boolean bold) {
            double max = 0;
            String rest = text == null ? "" : text;
            for (Pattern whole : new Pattern[] {DATE, NUMBER_WITH_UNIT}) {
                Matcher m = whole.matcher(rest);
                StringBuilder left = new StringBuilder();
                while (m.find()) {
                    max = Math.max(max, em(m.group(), false));
                    m.appendReplacement(left, " ");
                }
                m.appendTail(left);
                rest = left.toString();
            }
            StringBuilder token = new StringBuilder();
            for (int cp : (rest + " ").codePoints().toArray()) {
                if (Character.isWhitespace(cp) || TextWidth.isWide(cp)) {
                    max = Math.max(max, tokenEm(token.toString()));
                    token.setLength(0);
                } else {
                    token.appendCodePoint(cp);
                }
            }
            return bold ? max * TextMetrics.BOLD : max;
        }

        static int textWidth(String text) {
            if (text == null || text.isEmpty()) {
                return 0;
            }
            int max = 0;
            for (String line : text.split("\n", -1)) {
                int w = line.codePoints().map(cp -> TextWidth.isWide(cp) ? 2 : 1).sum();
                max = Math.max(max, w);
            }
            return max;
        }
    }
}
