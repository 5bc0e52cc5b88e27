package dev.mailbench.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailboxRoleTest {
    @Test
    void theUsualRoleWordsAreGuessed() {
        assertThat(MailboxRole.guessFrom("info")).isEqualTo(MailboxRole.REPRESENTATIVE);
        assertThat(MailboxRole.guessFrom("Info")).isEqualTo(MailboxRole.REPRESENTATIVE);
        assertThat(MailboxRole.guessFrom("keiri")).isEqualTo(MailboxRole.BILLING);
        assertThat(MailboxRole.guessFrom("billing")).isEqualTo(MailboxRole.BILLING);
        assertThat(MailboxRole.guessFrom("contact")).isEqualTo(MailboxRole.FORM);
        assertThat(MailboxRole.guessFrom("otoiawase")).isEqualTo(MailboxRole.FORM);
        assertThat(MailboxRole.guessFrom("saiyo")).isEqualTo(MailboxRole.RECRUIT);
        assertThat(MailboxRole.guessFrom("recruit")).isEqualTo(MailboxRole.RECRUIT);
    }

    @Test
    void aPersonsNameOrNothingIsPersonal() {
        assertThat(MailboxRole.guessFrom("taro.yamada")).isEqualTo(MailboxRole.PERSONAL);
        assertThat(MailboxRole.guessFrom("")).isEqualTo(MailboxRole.PERSONAL);
        assertThat(MailboxRole.guessFrom(null)).isEqualTo(MailboxRole.PERSONAL);
    }
}
