package dev.mailbench.host.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.api.provider.ProviderProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderProfilesTest {
    private final ProviderProfiles profiles = new ProviderProfiles();

    @Test
    void xserverResolvesTheServerId() {
        assertThat(profiles.ids()).contains("xserver");
        ProviderProfile p = profiles.resolve(new ProviderRef("xserver", "sv1234", Map.of()));
        assertThat(p.mailHost()).isEqualTo("sv1234.xserver.jp");
        assertThat(p.imap().port()).isEqualTo(993);
        assertThat(p.smtpSsl().encryption()).isEqualTo(ProviderProfile.Encryption.SSL_TLS);
        assertThat(p.rules().get("certificateNames")).isEqualTo("sv1234.xserver.jp");
        assertThat(p.spfFor("sample-shoji.test"))
                .isEqualTo("v=spf1 +a:sv1234.xserver.jp +a:sample-shoji.test +mx include:spf.sender.xserver.jp ~all");
        assertThat(p.usernameFor("info@sample-shoji.test")).isEqualTo("info@sample-shoji.test");
    }

    @Test
    void overridesApply() {
        ProviderProfile p = profiles.resolve(new ProviderRef("xserver", "sv1234",
                Map.of("mailHost", "mail.example.test", "smtpSsl.port", "2465", "spfInclude", "spf.example.test",
                        "rules.note", "客先で確認")));
        assertThat(p.mailHost()).isEqualTo("mail.example.test");
        assertThat(p.smtpSsl().port()).isEqualTo(2465);
        assertThat(p.spfInclude()).isEqualTo("spf.example.test");
        assertThat(p.rules()).containsEntry("note", "客先で確認");
    }

    @Test
    void badOverrideKeysAndValuesAreExplained() {
        assertThatThrownBy(() -> profiles.resolve(new ProviderRef("xserver", "sv1", Map.of("mailHots", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailHots")
                .hasMessageContaining("ありません");
        assertThatThrownBy(() -> profiles.resolve(new ProviderRef("xserver", "sv1", Map.of("smtpSsl.port", "abc"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("数値");
        assertThatThrownBy(() -> profiles.resolve(new ProviderRef("nosuch", "sv1", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuch");
    }

    @Test
    void userFilesCorrectBundledValuesAndAddProviders(@TempDir Path config) throws Exception {
        Path dir = ProviderProfiles.userDirIn(config);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("xserver.json"), "{ \"spfInclude\": \"spf.corrected.test\", \"rules\": { \"extra\": \"1\" } }");
        Files.writeString(dir.resolve("broken.json"), "{ nope");
        ProviderProfiles withUser = new ProviderProfiles(dir);
        ProviderProfile p = withUser.resolve(new ProviderRef("xserver", "sv9", Map.of()));
        assertThat(p.spfInclude()).isEqualTo("spf.corrected.test");
        assertThat(p.mailHost()).isEqualTo("sv9.xserver.jp");
        assertThat(p.rules()).containsEntry("extra", "1").containsKey("smtpAuthRequired");
        assertThat(withUser.loadErrors()).singleElement().asString().contains("broken.json");
    }

    @Test
    void profilesAreReadWhenFirstAskedNotWhenTheWorkbenchIsBuilt(@TempDir Path config) throws Exception {
        Path dir = ProviderProfiles.userDirIn(config);
        ProviderProfiles lazy = new ProviderProfiles(dir);
        // Written after construction: seen only because nothing was read before the first question.
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("later.json"), "{ \"displayName\": \"Later\", \"mailHost\": \"mail.later.test\" }");

        assertThat(lazy.ids()).contains("xserver", "later");
        assertThat(lazy.raw("later")).get().extracting(ProviderProfile::displayName).isEqualTo("Later");
    }
}
