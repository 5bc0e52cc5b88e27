package dev.mailbench.host.handover.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void longTitlesLoseTheirBracketsOrTrailingWordsNeverHalfAWord() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Mail design (protocol, quota, backup)")).isEqualTo("Mail design");
        assertThat(names.unique("Mail design (protocol, quota, backup)")).isEqualTo("Mail design (2)");
        assertThat(names.unique("Forwarding, auto-reply, days left on the server")).isEqualTo("Forwarding, auto-reply");
        assertThat(names.unique("Capacity outlook (quota in force on 2026-12-04, without archiving)"))
                .isEqualTo("Capacity outlook");
        assertThat(names.unique("容量の見通し（2026-12-04 時点の容量設定で、アーカイブしない場合）")).isEqualTo("容量の見通し");
        assertThat(names.unique("メール設計（受信方式・容量・バックアップ）")).isEqualTo("メール設計");
        assertThat(names.unique("メール設計（受信方式・容量・バックアップ）")).isEqualTo("メール設計 (2)");
        assertThat(names.unique("Mailbox (shared)")).as("short enough with its brackets").isEqualTo("Mailbox (shared)");
        assertThat(names.unique("When mail stops working and nobody knows why at all")).isEqualTo("When mail stops working and");
    }

    @Test
    void shortTitlesStayAsTheyAreAndOnlyOneLongWordIsCut() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Forwarding and auto-reply")).isEqualTo("Forwarding and auto-reply");
        assertThat(names.unique("Forwarding and auto-reply")).isEqualTo("Forwarding and auto-reply (2)");
        assertThat(names.unique("x".repeat(40))).hasSize(SheetNames.MAX);
        assertThat(names.unique("a/b: c?")).isEqualTo("a_b_ c_");
    }
}
