package dev.mailbench.serverpanel.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.DnsCheckService;
import dev.mailbench.kit.io.SecretInput;
import dev.mailbench.serverpanel.engine.DnsChangeRunner;
import dev.mailbench.serverpanel.engine.MailboxCreation;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * メールアカウントの作成: the domain ownership record checked in live DNS, added through the panel after a confirmation
 * when it is missing (kept in the audit like any DNS change), then the account created with the consultant's password
 * or a generated one shown once. The engine ({@link MailboxCreation}) does the work.
 */
final class MailboxPane extends JPanel {
    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final Supplier<XserverConnector> connector;
    private final JTextField address = new JTextField(28);
    private final JTextField quota = new JTextField(7);
    private final JPasswordField password = new JPasswordField(18);
    private final JCheckBox generate = new JCheckBox();
    private final JTextField dnsServer = new JTextField(14);
    private final JButton checkButton = new JButton();
    private final JButton addRecordButton = new JButton();
    private final JButton createButton = new JButton();
    private final JTextArea result = new JTextArea(3, 60);
    private final JTextField shownPassword = new JTextField(20);
    private MailboxCreation.Ownership ownership;
    private boolean busy;
    private Supplier<String> resultText = () -> "";

    MailboxPane(WorkbenchApi api, PanelScope scope, Supplier<XserverConnector> connector) {
        super(new MigLayout("fill, insets 8, gap 6 6", "[right][grow,fill]", "[][][][][][][grow]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        this.connector = connector;
        setName("panel.mail");
        address.setName("panel.mail.address");
        quota.setName("panel.mail.quota");
        password.setName("panel.mail.password");
        generate.setName("panel.mail.generate");
        dnsServer.setName("panel.mail.dnsServer");
        checkButton.setName("panel.mail.check");
        addRecordButton.setName("panel.mail.addRecord");
        createButton.setName("panel.mail.create");
        result.setName("panel.mail.result");
        shownPassword.setName("panel.mail.shownPassword");
        shownPassword.setEditable(false);
        add(i18n.bind(new JLabel(), LocalizedText.of("メールアドレス", "Address")));
        JPanel account = new JPanel(new MigLayout("insets 0, gap 6 0"));
        account.add(address, "w 260!");
        account.add(i18n.bind(new JLabel(), LocalizedText.of("容量（MB）", "Quota (MB)")), "gapleft 12");
        account.add(quota, "w 80!");
        add(account, "growx 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("パスワード", "Password")));
        JPanel secret = new JPanel(new MigLayout("insets 0, gap 6 0"));
        secret.add(password, "w 200!");
        secret.add(i18n.bind(generate, LocalizedText.of("生成する（作成後に一度だけ表示）", "Generate (shown once after creation)")),
                "gapleft 12");
        add(secret, "growx 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("確認に使う DNS", "DNS to ask")));
        i18n.bindPlaceholder(dnsServer, LocalizedText.of("空欄ならシステムのリゾルバー", "empty: system resolver"));
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6 0"));
        row.add(i18n.bind(checkButton, LocalizedText.of("所有者の確認", "Check ownership")), "");
        row.add(i18n.bind(addRecordButton, LocalizedText.of("確認用レコードを追加…", "Add the ownership record…")));
        row.add(i18n.bind(createButton, LocalizedText.of("作成…", "Create…")), "gapleft 12");
        // the field on its own row and the buttons below: side by side they are wider than a tab on a 1024 wide screen
        add(dnsServer, "growx 0, w 200!, wrap");
        add(row, "skip 1, growx 0, wrap");
        ServerPanelView.wrapping(result);
        add(result, "skip 1, growx, wmin 0, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("生成したパスワード", "Generated password")));
        add(shownPassword, "growx 0, w 220!, wrap");
        generate.addActionListener(e -> password.setEnabled(!generate.isSelected()));
        checkButton.addActionListener(e -> checkOwnership());
        addRecordButton.addActionListener(e -> SwingUtilities.invokeLater(this::confirmAndAddRecord));
        createButton.addActionListener(e -> SwingUtilities.invokeLater(this::confirmAndCreate));
        updateButtons();
    }

    void rerender() {
        result.setText(resultText.get());
    }

    private void updateButtons() {
        checkButton.setEnabled(!busy);
        addRecordButton.setEnabled(!busy && ownership != null && ownership.proposal() != null);
        createButton.setEnabled(!busy && ownership != null && ownership.verified());
    }

    private void show(LocalizedText text) {
        resultText = () -> i18n.text(text);
        result.setText(resultText.get());
    }

    private String domain() {
        String a = address.getText().strip();
        int at = a.lastIndexOf('@');
        return at <= 0 || at == a.length() - 1 || a.chars().anyMatch(Character::isWhitespace) ? null : a.substring(at + 1);
    }

    private MailboxCreation creation(XserverConnector c) {
        DnsCheckService dns = api.services().find(DnsCheckService.class).orElse(null);
        return dns == null ? null : new MailboxCreation(c, dns, new DnsCheckService.Target(dnsServer.getText().strip(), null, false));
    }

    private void checkOwnership() {
        shownPassword.setText("");
        String d = domain();
        if (d == null) {
            show(LocalizedText.of("メールアドレスを「ユーザー名@ドメイン」の形で入力してください。", "Enter the address as name@domain."));
            return;
        }
        XserverConnector c = connector.get();
        if (c == null) {
            return;
        }
        MailboxCreation mc = creation(c);
        if (mc == null) {
            show(LocalizedText.of("DNS チェックのプラグインがないため、ドメイン所有者を確認できません。",
                    "The DNS checker plugin is missing, so the domain ownership cannot be checked."));
            return;
        }
        show(LocalizedText.of("ドメイン所有者の確認用レコードを DNS で確かめています…", "Looking up the ownership record in DNS…"));
        background(LocalizedText.of("ドメイン所有者の確認", "Domain ownership check"), ctx -> mc.checkOwnership(d, ctx::isCancelled), o -> {
            ownership = o;
            show(o.explanation());
        });
    }

    private void confirmAndAddRecord() {
        MailboxCreation.Ownership o = ownership;
        if (o == null || o.proposal() == null || scope.isDisposed()) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(SwingUtilities.getWindowAncestor(this),
                i18n.text("次のレコードをサーバーの DNS に追加します。", "This record is added to the server's DNS.") + "\n・"
                        + o.proposal().describe() + "\n\n" + i18n.text("よろしいですか？", "Go on?"),
                i18n.text("DNS の変更の確認", "Confirm DNS changes"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.YES_OPTION) {
            show(LocalizedText.of("送信していません（確認されませんでした）。", "Nothing was sent (not confirmed)."));
            return;
        }
        XserverConnector c = connector.get();
        MailboxCreation mc = c == null ? null : creation(c);
        if (mc == null) {
            return;
        }
        String d = o.domain();
        background(LocalizedText.of("確認用レコードの追加", "Adding the ownership record"), ctx -> {
            DnsChangeRunner.Outcome outcome = new DnsChangeRunner(c, Clock.systemUTC()).apply(List.of(o.proposal()), true, ctx::isCancelled);
            return new Added(outcome, outcome.complete() ? mc.checkOwnership(d, ctx::isCancelled) : null);
        }, added -> {
            DnsChangeRunner.Outcome outcome = added.outcome();
            List<dev.mailbench.serverpanel.engine.DnsChange> undo = outcome.applied().isEmpty()
                    ? ProjectMerge.section(api.project().current()).lastUndo() : outcome.undoPlan();
            api.project().update(i18n.text("ドメイン所有者の確認用レコード", "Ownership record"),
                    p -> ProjectMerge.recordRun(p, outcome.audit(), undo));
            if (!outcome.complete()) {
                show(outcome.failure().explanation());
                return;
            }
            ownership = added.after();
            show(added.after().verified()
                    ? LocalizedText.of("確認用レコードを追加し、公開を確かめました。作成できます。",
                            "The ownership record was added and is published: the mailbox can be created.")
                    : LocalizedText.of("確認用レコードを追加しました。DNS で見えるようになったら「所有者の確認」をもう一度押してください。",
                            "The ownership record was added. Check ownership again once it is visible in DNS."));
        });
    }

    private record Added(DnsChangeRunner.Outcome outcome, MailboxCreation.Ownership after) {
    }

    private void confirmAndCreate() {
        if (ownership == null || !ownership.verified() || scope.isDisposed()) {
            return;
        }
        String a = address.getText().strip();
        if (domain() == null || !domain().equalsIgnoreCase(ownership.domain())) {
            show(LocalizedText.of("アドレスのドメインが確認したドメインと違います。「所有者の確認」をもう一度押してください。",
                    "The address's domain is not the one checked. Check ownership again."));
            return;
        }
        Integer q;
        try {
            q = quota.getText().isBlank() ? null : Integer.valueOf(quota.getText().strip());
        } catch (NumberFormatException e) {
            q = -1;
        }
        if (q != null && (q < 1 || q > 50_000)) {
            show(LocalizedText.of("容量は 1〜50000 MB の整数で入力してください: " + quota.getText(),
                    "The quota must be a whole number from 1 to 50,000 MB: " + quota.getText()));
            return;
        }
        boolean generated = generate.isSelected();
        char[] secret = generated ? MailboxCreation.generatePassword() : password.getPassword();
        if (secret.length < 6) {
            SecretInput.wipe(secret);
            show(LocalizedText.of("パスワードは 6 文字以上にしてください（または「生成する」）。",
                    "The password needs at least 6 characters (or choose Generate)."));
            return;
        }
        int answer = JOptionPane.showConfirmDialog(SwingUtilities.getWindowAncestor(this),
                i18n.text("メールアカウント " + a + " をサーバーに作成します。よろしいですか？",
                        "The mail account " + a + " is created on the server. Go on?"),
                i18n.text("メールアカウントの作成", "Create a mail account"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
        XserverConnector c = connector.get();
        MailboxCreation mc = c == null ? null : creation(c);
        if (answer != JOptionPane.YES_OPTION || mc == null) {
            SecretInput.wipe(secret);
            show(LocalizedText.of("作成していません（確認されませんでした）。", "Nothing was created (not confirmed)."));
            return;
        }
        Integer quotaMb = q;
        background(LocalizedText.of("メールアカウントの作成", "Creating the mail account"), ctx -> {
            try {
                mc.create(a, secret, quotaMb, null, ctx::isCancelled);
                return generated ? new String(secret) : "";
            } finally {
                if (!generated) {
                    SecretInput.wipe(secret);
                }
            }
        }, shown -> {
            password.setText("");
            shownPassword.setText(shown);
            show(generated
                    ? LocalizedText.of("メールアカウント " + a + " を作成しました。生成したパスワードはこの一度だけ表示します（保存していません）。"
                            + "お客様に伝えてください。", "Mail account " + a + " created. The generated password is shown this once "
                            + "(stored nowhere): give it to the customer.")
                    : LocalizedText.of("メールアカウント " + a + " を作成しました。", "Mail account " + a + " created."));
        });
    }

    private <T> void background(LocalizedText title, PaneTask.Work<T> work, Consumer<T> done) {
        PaneTask.run(api, scope, title, work, done, value -> busy = value, this::updateButtons, this::show);
    }
}
