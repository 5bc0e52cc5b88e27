package dev.mailbench.imap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailbench.api.PanelContribution;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Project;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.TlsMode;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerAccountFormTest {
    FakeWorkbenchApi api;
    ServerAccountForm form;

    @BeforeEach
    void build() {
        api = new FakeWorkbenchApi("test", Project.empty(), null, null);
        form = GuiActionRunner.execute(() -> (ServerAccountForm) api.openPanel(new PanelContribution("form",
                LocalizedText.of("フォーム", "Form"), null, null, 0,
                scope -> new ServerAccountForm(api.i18n(), "archive", ServerAccountForm.Options.imap().withProtocolChoice()))));
    }

    private <T extends Component> T field(Class<T> type, String name) {
        return find(form, type, "archive." + name);
    }

    private void fill(String host, String port, String user, String password) {
        GuiActionRunner.execute(() -> {
            field(JTextField.class, "host").setText(host);
            field(JTextField.class, "port").setText(port);
            field(JTextField.class, "user").setText(user);
            field(JPasswordField.class, "password").setText(password);
        });
    }

    private ServerAccountForm.InvalidInput invalid() {
        return GuiActionRunner.execute(() -> {
            try {
                form.account().clearPassword();
                throw new AssertionError("the form was accepted");
            } catch (ServerAccountForm.InvalidInput e) {
                return e;
            }
        });
    }

    private ImapAccount account() {
        return GuiActionRunner.execute(() -> form.account());
    }

    @Test
    void eachMissingOrWrongFieldIsNamedInBothLanguagesAndFocused() {
        fill("", "993", "taro@sample-shoji.test", "secret");
        assertThat(invalid()).satisfies(e -> {
            assertThat(e.text().ja()).contains("サーバー名を入力");
            assertThat(e.text().en()).contains("Enter the server name");
            assertThat(e.field().getName()).isEqualTo("archive.host");
        });

        fill("taro@sample-shoji.test", "993", "taro@sample-shoji.test", "secret");
        assertThat(invalid().field().getName()).isEqualTo("archive.host");

        fill("sv1234.xserver.test", "99999", "taro@sample-shoji.test", "secret");
        assertThat(invalid()).satisfies(e -> {
            assertThat(e.text().ja()).contains("ポートは 1〜65535").contains("993").contains("143");
            assertThat(e.field().getName()).isEqualTo("archive.port");
        });

        fill("sv1234.xserver.test", "993", " ", "secret");
        assertThat(invalid().field().getName()).isEqualTo("archive.user");

        fill("sv1234.xserver.test", "993", "taro@sample-shoji.test", "");
        assertThat(invalid()).satisfies(e -> {
            assertThat(e.text().ja()).contains("パスワードを入力");
            assertThat(e.text().en()).isEqualTo("Enter the password.");
            assertThat(e.field().getName()).isEqualTo("archive.password");
        });
    }

    @Test
    void aMissingOrUnreadableCaFileIsExplained(@TempDir Path dir) throws Exception {
        fill("sv1234.xserver.test", "993", "taro@sample-shoji.test", "secret");
        GuiActionRunner.execute(() -> field(JTextField.class, "ca").setText(dir.resolve("nothing.pem").toString()));
        assertThat(invalid()).satisfies(e -> {
            assertThat(e.text().ja()).startsWith("CA 証明書のファイルがありません");
            assertThat(e.field().getName()).isEqualTo("archive.ca");
        });

        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");
        GuiActionRunner.execute(() -> field(JTextField.class, "ca").setText(garbage.toString()));
        assertThat(invalid().text().en()).startsWith("Cannot read the CA certificate");
    }

    @Test
    void aValidFormGivesTheAccountWithTheChosenSecurity() {
        fill(" sv1234.xserver.test ", "993", "taro@sample-shoji.test", "secret");
        ImapAccount imaps = account();
        assertThat(imaps.host()).isEqualTo("sv1234.xserver.test");
        assertThat(imaps.port()).isEqualTo(993);
        assertThat(imaps.user()).isEqualTo("taro@sample-shoji.test");
        assertThat(imaps.password()).containsExactly("secret".toCharArray());
        assertThat(imaps.tls()).isEqualTo(TlsMode.IMPLICIT_TLS);

        fill("sv1234.xserver.test", "143", "taro@sample-shoji.test", "secret");
        assertThat(account().tls()).as("the standard STARTTLS port").isEqualTo(TlsMode.STARTTLS);

        fill("sv1234.xserver.test", "24993", "taro@sample-shoji.test", "secret");
        assertThat(account().tls()).as("another port keeps what was chosen").isEqualTo(TlsMode.STARTTLS);
        GuiActionRunner.execute(() -> form.setSecurity(TlsMode.IMPLICIT_TLS));
        assertThat(account().tls()).isEqualTo(TlsMode.IMPLICIT_TLS);
        GuiActionRunner.execute(() -> form.setSecurity(TlsMode.STARTTLS));
        assertThat(account().tls()).isEqualTo(TlsMode.STARTTLS);
    }

    @Test
    void switchingTheProtocolMovesAStandardPortAndKeepsATypedOne() {
        List<ServerAccountForm.Protocol> told = new ArrayList<>();
        GuiActionRunner.execute(() -> form.onProtocolChanged(told::add));
        @SuppressWarnings("unchecked")
        JComboBox<ServerAccountForm.Protocol> protocol = field(JComboBox.class, "protocol");

        GuiActionRunner.execute(() -> protocol.setSelectedItem(ServerAccountForm.Protocol.POP3));
        assertThat(GuiActionRunner.execute(() -> field(JTextField.class, "port").getText())).isEqualTo("995");
        assertThat(told).containsExactly(ServerAccountForm.Protocol.POP3);

        GuiActionRunner.execute(() -> field(JTextField.class, "port").setText("110"));
        assertThat(GuiActionRunner.execute(form::security)).isEqualTo(TlsMode.STARTTLS);
        GuiActionRunner.execute(() -> protocol.setSelectedItem(ServerAccountForm.Protocol.IMAP));
        assertThat(GuiActionRunner.execute(() -> field(JTextField.class, "port").getText())).isEqualTo("143");

        GuiActionRunner.execute(() -> field(JTextField.class, "port").setText("24995"));
        GuiActionRunner.execute(() -> protocol.setSelectedItem(ServerAccountForm.Protocol.POP3));
        assertThat(GuiActionRunner.execute(() -> field(JTextField.class, "port").getText())).isEqualTo("24995");
        assertThat(GuiActionRunner.execute(form::protocol)).isEqualTo(ServerAccountForm.Protocol.POP3);
    }

    @Test
    void labelsFollowTheLanguageSwitch() {
        assertThat(GuiActionRunner.execute(this::labels)).contains("サーバー", "ポート", "ユーザー名", "パスワード", "追加の CA");
        assertThat(GuiActionRunner.execute(() -> field(JButton.class, "browseCa").getText())).isEqualTo("参照…");

        GuiActionRunner.execute(() -> api.setLocale(Locale.ENGLISH));
        assertThat(GuiActionRunner.execute(this::labels)).contains("Server", "Port", "User name", "Password", "Extra CA")
                .doesNotContain("サーバー", "パスワード");
        assertThat(GuiActionRunner.execute(() -> field(JButton.class, "browseCa").getText())).isEqualTo("Browse…");
        assertThat(GuiActionRunner.execute(() -> field(JComboBox.class, "security").getToolTipText())).startsWith("SSL/TLS: encrypted");

        GuiActionRunner.execute(() -> api.setLocale(Locale.JAPANESE));
        assertThat(GuiActionRunner.execute(this::labels)).contains("サーバー", "パスワード");
    }

    @Test
    void withoutItsOwnCaFieldTheFormUsesTheTrustItIsGiven() throws Exception {
        ServerAccountForm destination = GuiActionRunner.execute(() -> new ServerAccountForm(api.i18n(), "copy.to",
                ServerAccountForm.Options.imap().withoutCa().withServerLabel(LocalizedText.of("IMAP サーバー", "IMAP server"))));
        assertThat(find(destination, JTextField.class, "copy.to.ca")).isNull();
        assertThat(find(destination, JComboBox.class, "copy.to.protocol")).isNull();
        GuiActionRunner.execute(() -> {
            find(destination, JTextField.class, "copy.to.host").setText("sv1234.xserver.test");
            find(destination, JTextField.class, "copy.to.user").setText("taro@sample-shoji.test");
            find(destination, JPasswordField.class, "copy.to.password").setText("secret");
        });
        javax.net.ssl.SSLContext trust = GuiActionRunner.execute(() -> form.trust());
        ImapAccount account = GuiActionRunner.execute(() -> destination.account(trust));
        assertThat(account.sslContext()).isSameAs(trust);
        assertThat(account.port()).isEqualTo(993);
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>();
        collectLabels(form, out);
        return out;
    }

    private static void collectLabels(Container root, List<String> out) {
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l) {
                out.add(l.getText());
            }
            if (c instanceof Container child) {
                collectLabels(child, out);
            }
        }
    }

    private static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof Container child) {
                T found = find(child, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
