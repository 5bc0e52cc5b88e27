package dev.mailbench.setup.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.setup.engine.ClientSettings;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.LintCode;
import dev.mailbench.setup.engine.LintFinding;
import dev.mailbench.setup.engine.ObservedSettings;
import dev.mailbench.setup.engine.SettingsLint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The settings lint: type (or copy) what the device has, get each mistake with its fix. */
final class LintView extends JPanel {
    private static final String[] YES_NO = {"", "on", "off"};
    private static final String[] ENCRYPTIONS = {"", "SSL/TLS", "STARTTLS", "none"};

    private final SetupPanel panel;
    private final Map<String, JComponent> inputs = new LinkedHashMap<>();
    private final JTextArea result = new JTextArea();
    private DeviceSetup current;
    /** Shows the last result again, in the current language. */
    private Runnable showResult = () -> { };

    LintView(SetupPanel panel) {
        super(new MigLayout("fill, insets 12 8 12 8", "[right][grow,fill]12[right][grow,fill]", "[][][][][][][][][]12[grow]"));
        this.panel = panel;
        JLabel hint = panel.i18n().bind(new JLabel(), LocalizedText.of(
                "<html>端末に今入っている値をそのまま入力します<br>（空白や全角もそのまま）。</html>",
                "<html>Enter exactly what the device has now<br>(spaces and full-width characters included).</html>"));
        add(hint, "span, left, wrap");
        text("incomingHost", "受信サーバー", "Incoming server");
        text("outgoingHost", "送信サーバー", "Outgoing server");
        text("incomingPort", "受信ポート", "Incoming port");
        text("outgoingPort", "送信ポート", "Outgoing port");
        combo("incomingEncryption", "受信の暗号化", "Incoming encryption", ENCRYPTIONS);
        combo("outgoingEncryption", "送信の暗号化", "Outgoing encryption", ENCRYPTIONS);
        text("username", "ユーザー名", "User name");
        text("outgoingUsername", "送信のユーザー名", "Outgoing user name");
        combo("incomingProtocol", "受信方式", "Account type", new String[] {"", "IMAP", "POP3"});
        combo("smtpAuth", "SMTP認証", "SMTP authentication", YES_NO);
        combo("spa", "SPA", "SPA", YES_NO);
        combo("popDeleteFromServer", "POP: サーバーから削除", "POP: delete from server", YES_NO);
        combo("gmailPopFetch", "Gmail の POP 取得", "Gmail POP fetch", YES_NO);
        JComboBox<dev.mailbench.setup.engine.Symptom> symptom = SymptomCombo.create("setup.lint.symptom", panel);
        inputs.put("symptom", symptom);
        // a row of its own: the longest symptom is wider than a field of the two-column grid
        add(panel.i18n().bind(new JLabel(), LocalizedText.of("見えている症状", "Observed symptom")), "newline");
        add(symptom, "span 3, growx, wmin 120, wrap");
        JButton prefill = panel.i18n().bind(new JButton(), LocalizedText.of("正しい値を入れる", "Fill in the right values"));
        prefill.setName("setup.lint.prefill");
        prefill.addActionListener(e -> prefill());
        JButton run = panel.i18n().bind(new JButton(), LocalizedText.of("チェック", "Check"));
        run.setName("setup.lint.run");
        run.addActionListener(e -> runLint());
        add(prefill, "span, left, split 2");
        add(run, "wrap");
        result.setName("setup.lint.result");
        result.setEditable(false);
        result.setLineWrap(true);
        result.setWrapStyleWord(true);
        add(new JScrollPane(result), "span, grow, wmin 0");
        panel.scope().onLocaleChanged(l -> showResult.run());
    }

    /** Two label/field pairs per row: the second field of a row ends it. */
    private void text(String key, String ja, String en) {
        JTextField f = new JTextField();
        f.setName("setup.lint." + key);
        inputs.put(key, f);
        boolean second = inputs.size() % 2 == 0;
        add(panel.i18n().bind(new JLabel(), LocalizedText.of(ja, en)));
        add(f, "wmin 60" + (second ? ", wrap" : ""));
    }

    private void combo(String key, String ja, String en, String[] values) {
        JComboBox<String> c = new JComboBox<>(values);
        c.setName("setup.lint." + key);
        inputs.put(key, c);
        boolean second = inputs.size() % 2 == 0;
        add(panel.i18n().bind(new JLabel(), LocalizedText.of(ja, en)));
        // a combo may give up the room beyond its longest value ("STARTTLS") so two pairs fit a 1024 wide screen
        add(c, "wmin 80" + (second ? ", wrap" : ""));
    }

    void show(DeviceSetup d) {
        current = d;
    }

    private String value(String key) {
        JComponent c = inputs.get(key);
        if (c instanceof JTextField f) {
            return f.getText();
        }
        Object v = ((JComboBox<?>) c).getSelectedItem();
        return v == null ? "" : v.toString();
    }

    private void set(String key, String value) {
        JComponent c = inputs.get(key);
        if (c instanceof JTextField f) {
            f.setText(value);
        } else {
            ((JComboBox<?>) c).setSelectedItem(value);
        }
    }

    private void prefill() {
        if (current == null || current.settings().incoming() == null) {
            return;
        }
        ClientSettings s = current.settings();
        set("incomingHost", s.incoming().host());
        set("outgoingHost", s.outgoing().host());
        set("incomingPort", Integer.toString(s.incoming().port()));
        set("outgoingPort", Integer.toString(s.outgoing().port()));
        set("incomingEncryption", s.incoming().encryptionLabel(java.util.Locale.ENGLISH));
        set("outgoingEncryption", s.outgoing().encryptionLabel(java.util.Locale.ENGLISH));
        set("username", s.username());
        set("outgoingUsername", "");
        set("incomingProtocol", s.incoming().service().name());
        set("smtpAuth", "on");
        set("spa", "off");
        set("popDeleteFromServer", s.leaveCopy() || !s.protocol().isPop() ? "" : "on");
        set("gmailPopFetch", "");
        ((JComboBox<?>) inputs.get("symptom")).setSelectedIndex(0);
    }

    void runLint() {
        if (current == null) {
            showMessage(LocalizedText.of("左で端末とアドレスを選んでください。", "Pick a device and address on the left."));
            return;
        }
        Map<String, String> m = new LinkedHashMap<>();
        inputs.keySet().forEach(k -> m.put(k, value(k)));
        m.put("client", current.device().client().name());
        m.put("address", current.mailbox().address());
        m.put("shared", panel.setup().isShared(current.mailbox()) ? "yes" : "no");
        SettingsLint lint = new SettingsLint(panel.api().project().provider(), panel.setup().domains(),
                panel.setup().protocolOf(current.mailbox()));
        List<LintFinding> findings = lint.lint(ObservedSettings.fromMap(m));
        if (findings.isEmpty()) {
            showMessage(LocalizedText.of("間違いは見つかりませんでした。", "No mistakes found."));
            panel.status(LocalizedText.of("設定チェック: 問題なし", "Settings lint: clean"));
            return;
        }
        showResult = () -> showFindings(findings);
        showResult.run();
        panel.status(LocalizedText.of("設定チェック: " + findings.size() + " 件の指摘", "Settings lint: " + findings.size() + " findings"));
    }

    private void showMessage(LocalizedText message) {
        showResult = () -> result.setText(panel.i18n().text(message));
        showResult.run();
    }

    private void showFindings(List<LintFinding> findings) {
        I18nApi i18n = panel.i18n();
        StringBuilder sb = new StringBuilder();
        for (LintFinding f : findings) {
            sb.append(f.severity() == LintCode.Severity.ERROR ? "✖ " : "⚠ ").append(i18n.text(f.code().title()))
                    .append("  [").append(f.code()).append("]\n")
                    .append("   ").append(i18n.text(f.explanation())).append('\n')
                    .append("   → ").append(i18n.text(f.fix())).append("\n\n");
        }
        result.setText(sb.toString().strip());
        result.setCaretPosition(0);
    }
}
