package dev.mailbench.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKindTest {
    @Test
    void theAppIsGuessedFromTheDeviceName() {
        assertThat(ClientKind.guessFrom("田中さんの iPhone")).contains(ClientKind.IPHONE);
        assertThat(ClientKind.guessFrom("受付の ｉＰａｄ")).contains(ClientKind.IPHONE);
        assertThat(ClientKind.guessFrom("経理 PC（Outlook）")).contains(ClientKind.OUTLOOK_CLASSIC);
        assertThat(ClientKind.guessFrom("社長 PC 新しい Outlook")).contains(ClientKind.NEW_OUTLOOK);
        assertThat(ClientKind.guessFrom("デザイン用 MacBook")).contains(ClientKind.MAC_MAIL);
        assertThat(ClientKind.guessFrom("倉庫の Android")).contains(ClientKind.ANDROID_MAIL);
    }

    @Test
    void aNameThatNamesNoAppGuessesNothing() {
        assertThat(ClientKind.guessFrom("経理 PC")).isEmpty();
        assertThat(ClientKind.guessFrom("machine 2")).isEmpty();
        assertThat(ClientKind.guessFrom(null)).isEmpty();
    }
}
