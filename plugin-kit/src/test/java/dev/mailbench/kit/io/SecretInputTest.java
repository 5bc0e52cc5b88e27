package dev.mailbench.kit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretInputTest {
    @Test
    void readsOneLinePerSecretWithoutTheLineEnd() throws IOException {
        SecretInput in = input("pässwörd\r\nzweites Passwort\n");
        assertThat(in.read("source")).containsExactly("pässwörd".toCharArray());
        assertThat(in.read("destination")).containsExactly("zweites Passwort".toCharArray());
        assertThat(in.read("nothing left")).isEmpty();
    }

    @Test
    void keepsSpacesAndJapaneseAsTyped() throws IOException {
        assertThat(input(" 日本語 パス \n").read("p")).containsExactly(" 日本語 パス ".toCharArray());
    }

    @Test
    void aLongSecretIsReadWhole() throws IOException {
        String key = "k".repeat(5000);
        assertThat(input(key).read("api key")).hasSize(5000);
    }

    @Test
    void requireExplainsAMissingSecret() {
        assertThatThrownBy(() -> input("").require("p", "パスワードを標準入力から渡してください。"))
                .isInstanceOf(IOException.class).hasMessage("パスワードを標準入力から渡してください。");
    }

    @Test
    void wipeOverwritesTheCharacters() {
        char[] secret = "secret".toCharArray();
        SecretInput.wipe(secret);
        assertThat(new String(secret)).isEqualTo("\0\0\0\0\0\0");
        SecretInput.wipe(null);
    }

    private static SecretInput input(String text) {
        return SecretInput.from(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
