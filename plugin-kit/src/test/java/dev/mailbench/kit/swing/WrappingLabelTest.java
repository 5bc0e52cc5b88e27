package dev.mailbench.kit.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.junit.jupiter.api.Test;

class WrappingLabelTest {
    private static final String JAPANESE = "受信サーバー、送信サーバー、SPF・DKIM・DMARC のレコードを確認し、"
            + "結果を顧客に説明します。問題があれば、その場で設定を直します。";
    private static final String ENGLISH = "Check the incoming and outgoing servers and the SPF, DKIM and DMARC records, "
            + "then explain the findings to the customer.";

    private final WrappingLabel label = new WrappingLabel("見出し", JAPANESE);
    private final FontMetrics fm = label.getFontMetrics(label.getFont());

    @Test
    void japaneseWrapsAtTheWidthWithoutLosingACharacterOrStartingALineWithPunctuation() {
        int width = fm.stringWidth(JAPANESE) / 4;
        List<String> lines = label.wrap(JAPANESE, fm, width);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("", lines)).isEqualTo(JAPANESE);
        assertThat(lines).allSatisfy(line -> assertThat(fm.stringWidth(line)).isLessThanOrEqualTo(width));
        assertThat(lines).noneMatch(line -> line.startsWith("、") || line.startsWith("。") || line.startsWith("・"));
    }

    @Test
    void latinTextBreaksAtSpacesAndKeepsItsWords() {
        int width = fm.stringWidth(ENGLISH) / 3;
        List<String> lines = label.wrap(ENGLISH, fm, width);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join(" ", lines)).isEqualTo(ENGLISH);
        assertThat(lines).allSatisfy(line -> assertThat(fm.stringWidth(line)).isLessThanOrEqualTo(width));
    }

    @Test
    void aWordWiderThanTheLabelIsBrokenRatherThanCut() {
        String word = "averyveryverylongdomainname.example.co.jp";
        List<String> lines = label.wrap(word, fm, fm.stringWidth(word) / 3);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void asksForMoreHeightWhenNarrowerAndForOneLineEachWhenWideEnough() {
        int oneLineEach = label.preferredHeightFor(10_000);
        assertThat(oneLineEach).isEqualTo(label.getFontMetrics(label.getFont().deriveFont(java.awt.Font.BOLD)).getHeight()
                + fm.getHeight());
        assertThat(label.preferredHeightFor(fm.stringWidth(JAPANESE) / 3)).isGreaterThan(oneLineEach + 2 * fm.getHeight() - 1);
    }

    @Test
    void aMigLayoutGivesItTheHeightItsLinesNeedAtTheWidthItGets() throws Exception {
        AtomicReference<int[]> sizes = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2", "[]12[grow,fill,0:0]"));
            panel.add(new javax.swing.JLabel("1."), "aligny top");
            panel.add(label, "wmin 0");
            panel.setSize(fm.stringWidth(JAPANESE) / 3, 2_000);
            panel.doLayout();
            // What the label's revalidate() does in a window once that layout is done: the layout is made again.
            panel.invalidate();
            panel.doLayout();
            sizes.set(new int[] {label.getHeight(), label.preferredHeightFor(label.getWidth()), fm.getHeight()});
        });
        int[] s = sizes.get();
        assertThat(s[0]).isEqualTo(s[1]).isGreaterThanOrEqualTo(4 * s[2]);
    }

    @Test
    void readsTheHeadingAndTheTextToAScreenReader() {
        assertThat(label.getAccessibleContext().getAccessibleName()).isEqualTo("見出し\n" + JAPANESE);
        assertThat(label.getAccessibleContext().getAccessibleRole()).isEqualTo(javax.accessibility.AccessibleRole.LABEL);
    }
}
