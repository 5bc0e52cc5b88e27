package dev.mailbench.setup.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsEngineTest {
    private final ProjectSetup setup = new ProjectSetup(SampleProject.project(), SampleProject.xserver(), null);

    private Mailbox mailbox(String id) {
        return setup.project().mailbox(id).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = ClientKind.class, names = {"OUTLOOK_CLASSIC", "OUTLOOK_2021", "NEW_OUTLOOK", "IPHONE", "MAC_MAIL",
            "THUNDERBIRD", "GMAIL_APP", "ANDROID_MAIL"})
    void imapSettingsForEveryClient(ClientKind client) {
        ClientSettings s = setup.settings(mailbox("m-info"), client);
        assertThat(s.incoming().host()).isEqualTo("sv1234.xserver.jp");
        assertThat(s.incoming().port()).isEqualTo(993);
        assertThat(s.incoming().encryption()).isEqualTo(Encryption.SSL_TLS);
        assertThat(s.outgoing().port()).isEqualTo(465);
        assertThat(s.username()).isEqualTo("info@sample-shoji.test");
        String ja = Instructions.sheet(s, "PC", Locale.JAPANESE);
        String en = Instructions.sheet(s, "PC", Locale.ENGLISH);
        assertThat(ja).contains("sv1234.xserver.jp", "info@sample-shoji.test", "993", "465", "## 手順");
        assertThat(en).contains("sv1234.xserver.jp", "## Steps", "Incoming server");
    }

    @Test
    void notesPerClient() {
        assertThat(setup.settings(mailbox("m-info"), ClientKind.NEW_OUTLOOK).hasNote(SettingsEngine.NOTE_NEW_OUTLOOK_CLOUD)).isTrue();
        assertThat(setup.settings(mailbox("m-info"), ClientKind.GMAIL_APP).hasNote(SettingsEngine.NOTE_GMAIL_POP_FETCH)).isTrue();
        assertThat(setup.settings(mailbox("m-info"), ClientKind.MAC_MAIL).hasNote(SettingsEngine.NOTE_SPECIAL_FOLDERS)).isTrue();
        assertThat(setup.settings(mailbox("m-info"), ClientKind.IPHONE).hasNote(SettingsEngine.NOTE_SPECIAL_FOLDERS)).isTrue();
        assertThat(setup.settings(mailbox("m-info"), ClientKind.OUTLOOK_CLASSIC).hasNote(SettingsEngine.NOTE_SPA_OFF)).isTrue();
        assertThat(setup.settings(mailbox("m-info"), ClientKind.THUNDERBIRD).hasNote(SettingsEngine.NOTE_SPECIAL_FOLDERS)).isFalse();
    }

    @Test
    void instructionsNameTheRealDialogFields() {
        assertThat(Instructions.sheet(setup.settings(mailbox("m-info"), ClientKind.OUTLOOK_CLASSIC), "", Locale.JAPANESE))
                .contains("送信サーバー (SMTP) は認証が必要", "受信メールサーバーと同じ設定を使用する", "このサーバーは暗号化された接続 (SSL/TLS) が必要",
                        "セキュリティで保護されたパスワード認証 (SPA)");
        assertThat(Instructions.sheet(setup.settings(mailbox("m-taro"), ClientKind.OUTLOOK_CLASSIC), "", Locale.JAPANESE))
                .contains("サーバーにメッセージのコピーを置く", "POP", "995");
        assertThat(Instructions.sheet(setup.settings(mailbox("m-info"), ClientKind.IPHONE), "", Locale.JAPANESE))
                .contains("その他", "メールアカウントを追加", "受信メールサーバー", "ホスト名", "ユーザ名", "SSLを使用", "サーバポート", "メールボックスの特性");
        assertThat(Instructions.sheet(setup.settings(mailbox("m-info"), ClientKind.MAC_MAIL), "", Locale.JAPANESE)).contains("特別なメールボックスに使用");
        assertThat(Instructions.sheet(setup.settings(mailbox("m-info"), ClientKind.NEW_OUTLOOK), "", Locale.JAPANESE)).contains("国外アクセス制限");
        assertThat(Instructions.sheet(setup.settings(mailbox("m-yamada"), ClientKind.GMAIL_APP), "", Locale.JAPANESE))
                .contains("他のアカウントのメールを確認", "廃止");
    }

    @Test
    void popUndecidedAndForwardOnly() {
        ClientSettings pop = setup.settings(mailbox("m-taro"), ClientKind.THUNDERBIRD);
        assertThat(pop.incoming().service()).isEqualTo(ServerSetting.Service.POP3);
        assertThat(pop.incoming().port()).isEqualTo(995);
        assertThat(pop.leaveCopy()).isTrue();
        Mailbox undecided = mailbox("m-info").withProtocol(MailProtocol.UNDECIDED);
        ClientSettings u = setup.engine().settingsFor(undecided, undecided.protocol(), ClientKind.THUNDERBIRD, true, null);
        assertThat(u.protocol()).isEqualTo(MailProtocol.IMAP);
        assertThat(u.hasNote(SettingsEngine.NOTE_UNDECIDED)).isTrue();
        ClientSettings fwd = setup.settings(mailbox("m-contact"), ClientKind.IPHONE);
        assertThat(fwd.forwardOnly()).isTrue();
        assertThat(fwd.incoming()).isNull();
        assertThat(Instructions.sheet(fwd, "", Locale.JAPANESE)).contains("転送専用");
        ClientSettings shared = setup.engine().settingsFor(mailbox("m-info"), MailProtocol.POP_DELETE, ClientKind.OUTLOOK_CLASSIC, true, null);
        assertThat(shared.hasNote(SettingsEngine.NOTE_POP_DELETE_SHARED)).isTrue();
        assertThat(shared.leaveCopy()).isTrue();
    }

    @Test
    void deviceSetupsCoverEveryDeviceAndMailbox() {
        assertThat(setup.deviceSetups()).hasSize(11);
        assertThat(setup.isShared(mailbox("m-info"))).isTrue();
        assertThat(setup.isShared(mailbox("m-contact"))).isFalse();
        assertThat(setup.domains()).containsExactly("sample-shoji.test");
    }
}
