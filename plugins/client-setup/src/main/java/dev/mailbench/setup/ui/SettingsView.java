package dev.mailbench.setup.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.setup.engine.ClientSettings;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.SetupNote;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/** The settings of the selected device and mailbox, each value with a copy button. */
final class SettingsView extends JPanel {
    private final SetupPanel panel;
    private final JLabel title = new JLabel(" ");
    private final Map<String, CopyField> fields = new LinkedHashMap<>();
    private final JTextArea notes = new JTextArea(6, 40);
    private DeviceSetup shown;

    SettingsView(SetupPanel panel) {
        super(new MigLayout("fillx, insets 12", "[right][grow,fill][]", "[]12[]"));
        this.panel = panel;
        title.setName("setup.settings.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 2f));
        add(title, "span, left, wrap");
        row("address", "メールアドレス", "Email address");
        row("username", "ユーザー名", "User name");
        row("incomingType", "受信方式", "Account type");
        row("incomingHost", "受信サーバー", "Incoming server");
        row("incomingPort", "受信ポート", "Incoming port");
        row("incomingEncryption", "暗号化", "Encryption");
        row("outgoingHost", "送信サーバー (SMTP)", "Outgoing server (SMTP)");
        row("outgoingPort", "送信ポート", "Outgoing port");
        row("outgoingEncryption", "暗号化", "Encryption");
        // the sign-in method and SMTP AUTH are two settings on the device's screen, and one line did not fit 1024 wide
        row("auth", "認証", "Authentication");
        row("smtpAuth", "SMTP認証", "SMTP authentication");
        notes.setName("setup.notes");
        notes.setEditable(false);
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        add(panel.i18n().bind(new JLabel(), LocalizedText.of("注意", "Notes")), "top");
        add(new JScrollPane(notes), "span 2, growx, h 120!, wrap");
        panel.scope().onLocaleChanged(l -> show(shown));
    }

    private void row(String key, String ja, String en) {
        CopyField f = new CopyField(panel, key);
        fields.put(key, f);
        add(panel.i18n().bind(new JLabel(), LocalizedText.of(ja, en)));
        add(f.field);
        add(f.copy, "wrap");
    }

    void show(DeviceSetup d) {
        shown = d;
        fields.values().forEach(f -> f.field.setText(""));
        notes.setText("");
        if (d == null) {
            title.setText(" ");
            return;
        }
        I18nApi i18n = panel.i18n();
        ClientSettings s = d.settings();
        title.setText(d.device().name() + " — " + i18n.text(d.device().client().label()));
        set("address", s.address());
        set("username", s.username());
        set("incomingType", i18n.text(s.protocol().label()));
        if (s.incoming() != null) {
            set("incomingHost", s.incoming().host());
            set("incomingPort", Integer.toString(s.incoming().port()));
            set("incomingEncryption", s.incoming().encryptionLabel(i18n.locale()));
            set("outgoingHost", s.outgoing().host());
            set("outgoingPort", Integer.toString(s.outgoing().port()));
            set("outgoingEncryption", s.outgoing().encryptionLabel(i18n.locale()));
            set("auth", i18n.text("通常のパスワード（SPA オフ）", "Normal password (SPA off)"));
            set("smtpAuth", i18n.text("必要（受信と同じ設定）", "Required (same as incoming)"));
        }
        StringBuilder sb = new StringBuilder();
        for (SetupNote n : s.notes()) {
            sb.append(n.level() == SetupNote.Level.WARNING ? "⚠ " : "・").append(i18n.text(n.text())).append('\n');
        }
        notes.setText(sb.toString().strip());
        notes.setCaretPosition(0);
    }

    private void set(String key, String value) {
        fields.get(key).field.setText(value);
        fields.get(key).field.setCaretPosition(0);
    }
}
