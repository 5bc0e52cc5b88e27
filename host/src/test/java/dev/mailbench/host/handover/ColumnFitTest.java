package dev.mailbench.host.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnFitTest {
    @Test
    void everyColumnGetsWhatItNeedsWhenThatFits() {
        assertThat(ColumnFit.fit(new int[] {10, 20, 30}, new int[] {5, 5, 5}, 100)).containsExactly(10, 20, 30);
    }

    @Test
    void theWidestColumnsGiveWayFirst() {
        int[] w = ColumnFit.fit(new int[] {10, 40, 80}, new int[] {8, 8, 8}, 90);
        assertThat(w[0]).isEqualTo(10);
        assertThat(w[1]).isEqualTo(40);
        assertThat(w[2]).isEqualTo(40);
    }

    @Test
    void shortColumnsKeepTheirWidthWhenEvenTheFloorsDoNotFit() {
        int[] w = ColumnFit.fit(new int[] {27, 10, 27, 10}, new int[] {27, 10, 27, 10}, 60);
        assertThat(w[1]).isEqualTo(10);
        assertThat(w[3]).isEqualTo(10);
        assertThat(w[0] + w[2]).isLessThanOrEqualTo(40);
    }

    @Test
    void japaneseCountsDoubleAndTokensStopAtSpacesAndWideCharacters() {
        assertThat(TextWidth.of("メール abc")).isEqualTo(10);
        assertThat(TextWidth.of("一行目\nとても長い二行目")).isEqualTo(16);
        assertThat(ColumnFit.longestToken("送信 info@sample-shoji.test（保管用）")).isEqualTo(22);
    }
}
