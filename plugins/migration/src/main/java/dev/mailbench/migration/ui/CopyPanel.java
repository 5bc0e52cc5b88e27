package dev.mailbench.migration.ui;

import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.net.TrustStores;
import dev.mailbench.migration.copy.CopyFailure;
import dev.mailbench.migration.copy.CopyOptions;
import dev.mailbench.migration.copy.CopyProgress;
import dev.mailbench.migration.copy.CopyReport;
import dev.mailbench.migration.copy.FolderCopyResult;
import dev.mailbench.migration.copy.FolderVerifyResult;
import dev.mailbench.migration.copy.MailboxCopier;
import dev.mailbench.migration.copy.MailboxSurveyor;
import dev.mailbench.migration.copy.MailboxVerifier;
import dev.mailbench.migration.copy.SurveyOptions;
import dev.mailbench.migration.copy.SurveyResult;
import dev.mailbench.migration.copy.VerifyReport;
import dev.mailbench.imap.Sizes;
import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The コピーと検証 tab: old host → new host for one mailbox. Survey (stored in the project for the plan), copy and
 * verify run through {@code api.tasks()} with progress, rate and cancel; results show per folder. Passwords live in
 * the password fields only and are wiped from the accounts after each run.
 */
public final class CopyPanel extends JPanel {
    private final WorkbenchApi api;
    private final boolean en;
    private final JComboBox<MailboxChoice> mailbox = new JComboBox<>();
    private final JTextField fromHost = new JTextField(18);
    private final JTextField fromPort = new JTextField("993", 5);
    private final JTextField fromUser = new JTextField(22);
    private final JPasswordField fromPassword = new JPasswordField(14);
    private final JTextField toHost = new JTextField(18);
    private final JTextField toPort = new JTextField("993", 5);
    private final JTextField toUser = new JTextField(22);
    private final JPasswordField toPassword = new JPasswordField(14);
    private final JTextField ca = new JTextField(24);
    private final JTextField sizeLimit = new JTextField(5);
    private final JButton surveyButton;
    private final JButton copyButton;
    private final JButton verifyButton;
    private final JButton cancelButton;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    private final JLabel summary = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final DefaultTableModel results = new DefaultTableModel() {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable table = new JTable(results);
    private final JTextArea failures = new JTextArea(4, 60);
    private final JScrollPane failuresScroll = new JScrollPane(failures);
    private TasksApi.TaskHandle<?> running;

    /** A mailbox of the project, or the "type it in" entry. */
    record MailboxChoice(Mailbox mailbox, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public CopyPanel(WorkbenchApi api) {
        super(new MigLayout("fill, insets 12, gap 8 6", "[grow]", "[][][][][grow][]"));
        this.api = api;
        this.en = "en".equals(api.i18n().locale().getLanguage());
        setName("migration.copy");
        surveyButton = new JButton(t("調査", "Survey"));
        copyButton = new JButton(t("コピー", "Copy"));
        verifyButton = new JButton(t("検証", "Verify"));
        cancelButton = new JButton(t("中止", "Cancel"));
        name();
        layoutTitle();
        layoutServers();
        layoutActions();
        layoutResults();
        prefill();
        wire();
        updateButtons();
    }

    private void name() {
        mailbox.setName("copy.mailbox");
        fromHost.setName("copy.fromHost");
        fromPort.setName("copy.fromPort");
        fromUser.setName("copy.fromUser");
        fromPassword.setName("copy.fromPassword");
        toHost.setName("copy.toHost");
        toPort.setName("copy.toPort");
        toUser.setName("copy.toUser");
        toPassword.setName("copy.toPassword");
        ca.setName("copy.ca");
        sizeLimit.setName("copy.sizeLimit");
        surveyButton.setName("copy.survey");
        copyButton.setName("copy.copy");
        verifyButton.setName("copy.verify");
        cancelButton.setName("copy.cancel");
        progress.setName("copy.progress");
        status.setName("copy.status");
        summary.setName("copy.summary");
        message.setName("copy.message");
        table.setName("copy.results");
        failures.setName("copy.failures");
    }

    private void layoutTitle() {
        JLabel title = new JLabel(t("コピーと検証", "Copy and verify"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 6f));
        add(title, "split 2");
        JLabel sub = new JLabel(t("旧サーバーのメールを新サーバーへ、フォルダー名・フラグ・受信日時ごとコピーします。旧サーバーは読むだけで変更しません。",
                "Copies mail from the old host to the new one with folder names, flags and dates. The old host is only read."));
        sub.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(sub, "gapleft 12, wrap");
    }

    private void layoutServers() {
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill][right][fill][right][grow,fill][right][fill]"));
        box.setBorder(BorderFactory.createTitledBorder(t("接続", "Connection")));
        box.add(new JLabel(t("メールボックス", "Mailbox")));
        box.add(mailbox, "span 7, growx, wrap");
        box.add(heading(t("コピー元（旧サーバー）", "Source (old host)")), "span, alignx left, gaptop 4, wrap");
        serverRow(box, fromHost, fromPort, fromUser, fromPassword);
        box.add(heading(t("コピー先（新サーバー）", "Destination (new host)")), "span, alignx left, gaptop 4, wrap");
        serverRow(box, toHost, toPort, toUser, toPassword);
        box.add(new JLabel(t("追加の CA", "Extra CA")), "gaptop 4");
        box.add(ca, "span 3, split 2, growx");
        JButton browse = new JButton(t("参照…", "Browse…"));
        browse.setName("copy.browseCa");
        browse.addActionListener(e -> chooseCa());
        box.add(browse);
        box.add(new JLabel(t("1 通の上限", "Size limit")));
        sizeLimit.putClientProperty("JTextField.placeholderText", "MB");
        sizeLimit.setToolTipText(t("新サーバーが受け付ける 1 通の最大サイズ (MB)。空欄なら判定しません。",
                "Largest message the new host accepts (MB); empty = not checked"));
        box.add(sizeLimit, "split 2, w 70!");
        box.add(new JLabel("MB"), "wrap");
        JLabel hint = new JLabel(t("パスワードはどこにも保存されません。証明書は必ず検証します。",
                "Passwords are never saved. Certificates are always verified."));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        box.add(hint, "skip 1, span, wrap");
        add(box, "growx, wrap");
    }

    private JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        return l;
    }

    private void serverRow(JPanel box, JTextField host, JTextField port, JTextField user, JPasswordField password) {
        box.add(new JLabel(t("IMAP サーバー", "IMAP server")));
        box.add(host);
        box.add(new JLabel(t("ポート", "Port")));
        box.add(port, "w 60!");
        box.add(new JLabel(t("ユーザー名", "User name")));
        box.add(user);
        box.add(new JLabel(t("パスワード", "Password")));
        box.add(password, "w 140!, wrap");
    }

    private void layoutActions() {
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[][][][][grow,fill]"));
        box.add(surveyButton, "sg btn");
        box.add(copyButton, "sg btn");
        box.add(verifyButton, "sg btn");
        box.add(cancelButton, "sg btn, gapright 12");
        progress.setStringPainted(true);
        progress.setString("");
        box.add(progress, "h 18!, wrap");
        box.add(status, "span, growx, wrap");
        add(box, "growx, wrap");
        add(summary, "growx, wrap");
    }

    private void layoutResults() {
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 6));
        table.setFillsViewportHeight(true);
        setColumns(t("フォルダー", "Folder"), t("コピー元", "Source"), t("既にあり", "Already there"), t("コピー", "Copied"),
                t("失敗", "Failed"));
        add(new JScrollPane(table), "grow, wrap, h 140:260:");
        failures.setEditable(false);
        failures.setLineWrap(true);
        failures.setFont(UIManager.getFont("TextArea.font"));
        failuresScroll.setName("copy.failuresScroll");
        add(failuresScroll, "growx, h 60:90:, wrap, hidemode 3");
        failuresScroll.setVisible(false);
        add(message, "growx");
    }

    private void prefill() {
        mailbox.addItem(new MailboxChoice(null, t("（手入力）", "(enter manually)")));
        for (Mailbox m : api.project().current().mailboxes()) {
            mailbox.addItem(new MailboxChoice(m, m.displayName().isEmpty() ? m.address() : m.address() + " — " + m.displayName()));
        }
        OldHost old = section().oldHost();
        if (old != null) {
            fromHost.setText(old.imapHost());
            if (old.imapPort() > 0) {
                fromPort.setText(Integer.toString(old.imapPort()));
            }
        }
        ProviderProfile p = api.project().provider();
        if (p != null) {
            toHost.setText(p.mailHost() == null ? "" : p.mailHost());
            if (p.imap() != null && p.imap().port() > 0) {
                toPort.setText(Integer.toString(p.imap().port()));
            }
        }
        if (mailbox.getItemCount() > 1) {
            mailbox.setSelectedIndex(1);
            applyMailbox();
        }
    }

    private void applyMailbox() {
        selectedMailbox().ifPresent(m -> {
            fromUser.setText(m.address());
            ProviderProfile p = api.project().provider();
            toUser.setText(p == null ? m.address() : p.usernameFor(m.address()));
        });
    }

    private void wire() {
        mailbox.addActionListener(e -> applyMailbox());
        surveyButton.addActionListener(e -> runSurvey());
        copyButton.addActionListener(e -> runCopy());
        verifyButton.addActionListener(e -> runVerify());
        cancelButton.addActionListener(e -> {
            if (running != null) {
                running.cancel();
                status.setText(t("中止しています…（送信中の 1 通を終えてから止まります）", "Cancelling… (after the message in flight)"));
            }
        });
    }

    private void updateButtons() {
        boolean busy = running != null;
        surveyButton.setEnabled(!busy);
        copyButton.setEnabled(!busy);
        verifyButton.setEnabled(!busy);
        cancelButton.setEnabled(busy);
    }

    // ------------------------------------------------------------------ runs

    private void runSurvey() {
        ImapAccount source = account(fromHost, fromPort, fromUser, fromPassword);
        Long limit = source == null ? null : sizeLimitBytes();
        if (source == null || limit == null) {
            return;
        }
        Optional<Mailbox> box = selectedMailbox();
        SurveyOptions options = SurveyOptions.defaults().withSizeLimit(limit);
        start(t("旧サーバーを調査しています…", "Surveying the old host…"), true);
        run(LocalizedText.of("旧サーバーの調査", "Survey of the old host"), ctx -> {
            try {
                return new MailboxSurveyor(source).survey(box.map(Mailbox::id).orElse(source.user()), box.map(Mailbox::address)
                        .orElse(source.user()), options, new MailboxSurveyor.Progress() {
                            @Override
                            public void folder(String name, int index, int count) {
                                ctx.progress(index, count, name);
                                later(() -> showProgress(index, count, name + " (" + index + "/" + count + ")"));
                            }

                            @Override
                            public void sampling(int messages, long bytes) {
                                later(() -> status.setText(t("転送速度を測っています… ", "Measuring the transfer rate… ")
                                        + messages + t(" 通 ", " messages ") + Sizes.human(bytes)));
                            }
                        }, ctx::isCancelled);
            } finally {
                source.clearPassword();
            }
        }, result -> {
            if (result == null) {
                status.setText(t("中止しました。", "Cancelled."));
                return;
            }
            showSurvey(result, limit);
            if (box.isPresent()) {
                api.project().writeSection(t("旧サーバーの調査結果を保存", "Save the survey of the old host"),
                        section().withSurvey(result.survey()));
                status.setText(t("調査が終わりました。結果はプロジェクトに保存され、移行計画のコピー時間の見積もりに使われます。",
                        "Survey done; saved in the project for the plan's copy-time estimate."));
            } else {
                status.setText(t("調査が終わりました（手入力のため、プロジェクトには保存していません）。",
                        "Survey done (not saved: the mailbox was entered manually)."));
            }
        });
    }

    private void runCopy() {
        ImapAccount[] accounts = accounts();
        if (accounts == null) {
            return;
        }
        start(t("コピー元とコピー先を比較しています…", "Comparing source and destination…"), true);
        run(LocalizedText.of("メールのコピー", "Mail copy"), ctx -> {
            try {
                return new MailboxCopier(accounts[0], accounts[1], CopyOptions.defaults()).copy(new CopyProgress() {
                    private long planned;

                    @Override
                    public void comparing(String folder, int index, int count) {
                        later(() -> status.setText(t("比較中 ", "Comparing ") + folder + " (" + index + "/" + count + ")"));
                    }

                    @Override
                    public void planned(long messages, long bytes) {
                        planned = messages;
                        ctx.progress(0, messages, "");
                        later(() -> {
                            progress.setIndeterminate(false);
                            showProgress(0, messages, t("コピー予定 ", "To copy ") + String.format(Locale.ROOT, "%,d", messages)
                                    + t(" 通 ", " messages ") + Sizes.human(bytes));
                        });
                    }

                    @Override
                    public void copied(String folder, long messages, long bytes, double rate) {
                        ctx.progress(messages, planned, folder);
                        long total = planned;
                        later(() -> showProgress(messages, total, String.format(Locale.ROOT, "%,d / %,d", messages, total)
                                + t(" 通　", " messages   ") + Sizes.human(bytes) + "　" + Sizes.human(rate) + "/s　" + folder));
                    }

                    @Override
                    public void retrying(String folder, int attempt, long delayMillis, String cause) {
                        later(() -> status.setText(t("接続が切れました。再接続します（", "Connection lost; reconnecting (")
                                + attempt + t(" 回目）: ", "): ") + cause));
                    }
                }, ctx::isCancelled);
            } finally {
                accounts[0].clearPassword();
                accounts[1].clearPassword();
            }
        }, this::showCopy);
    }

    private void runVerify() {
        ImapAccount[] accounts = accounts();
        if (accounts == null) {
            return;
        }
        start(t("フォルダーごとに比較しています…", "Comparing folder by folder…"), false);
        run(LocalizedText.of("コピーの検証", "Copy verification"), ctx -> {
            try {
                return new MailboxVerifier(accounts[0], accounts[1]).verify(List.of(), new CopyProgress() {
                    @Override
                    public void comparing(String folder, int index, int count) {
                        ctx.progress(index, count, folder);
                        later(() -> showProgress(index - 1, count, folder + " (" + index + "/" + count + ")"));
                    }
                }, ctx::isCancelled);
            } finally {
                accounts[0].clearPassword();
                accounts[1].clearPassword();
            }
        }, this::showVerify);
    }

    private void start(String text, boolean indeterminate) {
        message.setText(" ");
        failures.setText("");
        failuresScroll.setVisible(false);
        status.setText(text);
        progress.setIndeterminate(indeterminate);
        progress.setValue(0);
        progress.setString("");
    }

    /**
     * Runs {@code body} as a workbench task and shows its outcome. The buttons come back only when the body has really
     * returned (a cancelled copy finishes the message in flight first), so two copies never run at once.
     */
    private <T> void run(LocalizedText title, TasksApi.BackgroundTask<T> body, Consumer<T> onResult) {
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Void> exited = new CompletableFuture<>();
        TasksApi.TaskHandle<T> handle = api.tasks().submit(title, ctx -> {
            started.set(true);
            try {
                return body.run(ctx);
            } finally {
                exited.complete(null);
            }
        });
        running = handle;
        updateButtons();
        handle.result().whenComplete((result, error) -> (started.get() ? exited
                : CompletableFuture.completedFuture((Void) null)).thenRun(() -> later(() -> {
            if (running != handle) {
                return;
            }
            running = null;
            progress.setIndeterminate(false);
            updateButtons();
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    status.setText(t("中止しました。もう一度実行すると続きから再開します。", "Cancelled; run again to continue."));
                } else {
                    status.setText(" ");
                    showMessage(cause instanceof IllegalArgumentException ? cause.getMessage() : ConnectionProblems.explain(cause), true);
                }
                return;
            }
            onResult.accept(result);
        })));
    }

    private void showProgress(long done, long total, String text) {
        progress.setIndeterminate(false);
        progress.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
        progress.setValue((int) Math.min(Integer.MAX_VALUE, done));
        progress.setString(total <= 0 ? "" : (done * 100 / Math.max(1, total)) + "%");
        status.setText(text);
    }

    // ------------------------------------------------------------------ results

    private void showSurvey(SurveyResult r, long limit) {
        MailboxSurvey s = r.survey();
        setColumns(t("フォルダー", "Folder"), t("通数", "Messages"), t("サイズ", "Size"), t("最大", "Largest"));
        for (MailboxSurvey.FolderSurvey f : s.folders()) {
            results.addRow(new Object[] {f.name(), String.format(Locale.ROOT, "%,d", f.messages()), Sizes.human(f.bytes()),
                    Sizes.human(f.largestBytes())});
        }
        StringBuilder sb = new StringBuilder();
        sb.append(t("合計 ", "Total ")).append(String.format(Locale.ROOT, "%,d", s.messages())).append(t(" 通　", " messages   "))
                .append(Sizes.human(s.bytes())).append(t("　最大 ", "   largest ")).append(Sizes.human(s.largestBytes()));
        if (limit > 0) {
            sb.append(t("　上限超過 ", "   over the limit ")).append(s.overLimitMessages()).append(t(" 通", ""));
        }
        sb.append(t("　実測 ", "   measured ")).append(Sizes.human(s.measuredBytesPerSecond())).append("/s");
        if (s.measuredBytesPerSecond() > 0) {
            long minutes = Math.round(s.bytes() / s.measuredBytesPerSecond() / 60);
            sb.append(minutes < 1 ? t("（全件の読み出し目安 1 分未満）", " (reading everything: under a minute)")
                    : t("（全件の読み出し目安 約 ", " (reading everything: about ") + minutes + t(" 分）", " min)"));
        }
        summary.setText(sb.toString());
        progress.setValue(progress.getMaximum());
        progress.setString("100%");
        if (!r.overLimit().isEmpty()) {
            StringBuilder over = new StringBuilder(t("新サーバーの上限を超えるメール（コピーできない可能性があります）:\n",
                    "Messages over the new host's limit (may not copy):\n"));
            r.overLimit().stream().limit(50).forEach(m -> over.append("  ").append(m.folder()).append("  UID ").append(m.uid())
                    .append("  ").append(Sizes.human(m.size())).append('\n'));
            showFailures(over.toString());
        }
    }

    private void showCopy(CopyReport r) {
        setColumns(t("フォルダー", "Folder"), t("コピー元", "Source"), t("既にあり", "Already there"), t("コピー", "Copied"),
                t("失敗", "Failed"));
        for (FolderCopyResult f : r.folders()) {
            results.addRow(new Object[] {folderLabel(f.source(), f.destination()), f.onSource(), f.alreadyThere(), f.copied(),
                    f.failed()});
        }
        summary.setText(String.format(Locale.ROOT, t("コピー %,d 通　%s　%.1f 秒（%.1f 通/s、%s/s）", "Copied %,d messages   %s   %.1f s (%.1f msg/s, %s/s)"),
                r.copiedMessages(), Sizes.human(r.copiedBytes()), r.elapsed().toMillis() / 1000.0, r.messagesPerSecond(),
                Sizes.human(r.bytesPerSecond())) + (r.reconnections() > 0 ? t("　再接続 ", "   reconnections ") + r.reconnections() : ""));
        if (r.complete()) {
            progress.setValue(progress.getMaximum());
            progress.setString("100%");
            status.setText(t("完了: コピー元のメールはすべてコピー先にあります。", "Complete: every source message is on the destination."));
        } else if (r.cancelled()) {
            status.setText(t("中止しました。もう一度コピーすると続きから再開します。", "Cancelled; copy again to continue."));
        } else {
            status.setText(t("コピーできなかったメールがあります（下の一覧）。原因を直してもう一度コピーしてください。",
                    "Some messages were not copied (listed below). Fix the cause and copy again."));
        }
        if (!r.failures().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            r.failuresByCause().forEach((cause, list) -> {
                sb.append(cause.get(api.i18n().locale())).append(": ").append(list.size()).append(t(" 通\n", "\n"));
                for (CopyFailure f : list.stream().limit(10).toList()) {
                    sb.append("  ").append(f.folder()).append("  UID ").append(f.uid()).append("  ").append(Sizes.human(f.size()))
                            .append("  ").append(f.detail().get(api.i18n().locale())).append('\n');
                }
            });
            showFailures(sb.toString());
        }
    }

    private void showVerify(VerifyReport r) {
        setColumns(t("フォルダー", "Folder"), t("コピー元", "Source"), t("コピー先", "Destination"), t("不足", "Missing"),
                t("重複", "Duplicated"), t("コピー先のみ", "Only on destination"), t("結果", "Result"));
        for (FolderVerifyResult f : r.folders()) {
            results.addRow(new Object[] {folderLabel(f.source(), f.destination()), f.onSource(),
                    f.destinationExists() ? f.onDestination() : t("フォルダーなし", "no folder"), f.missing(), f.duplicated(),
                    f.extra(), f.matches() ? "OK" : t("要確認", "Check")});
        }
        progress.setValue(progress.getMaximum());
        progress.setString("100%");
        summary.setText(t("不足 ", "Missing ") + r.missing() + t("　重複 ", "   duplicated ") + r.duplicated()
                + t("　コピー先のみ ", "   only on destination ") + r.extra());
        if (r.matches()) {
            status.setText(t("検証 OK: すべてのメールがコピー先にあり、重複はありません。", "Verified: every message is there, no duplicates."));
        } else {
            status.setText(" ");
            showMessage(t("差異があります。もう一度コピーすると不足分だけコピーします。", "Differences found; copy again to fill in what is missing."), true);
        }
    }

    private static String folderLabel(String source, String destination) {
        return source.equals(destination) ? source : source + " → " + destination;
    }

    private void setColumns(String... names) {
        results.setRowCount(0);
        results.setColumnIdentifiers(names);
        table.getColumnModel().getColumn(0).setPreferredWidth(300);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 1; c < names.length; c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
            table.getColumnModel().getColumn(c).setPreferredWidth(110);
        }
    }

    private void showFailures(String text) {
        failures.setText(text);
        failures.setCaretPosition(0);
        failuresScroll.setVisible(true);
        revalidate();
    }

    // ------------------------------------------------------------------ form

    /** Used by tests to read the stored section. */
    MigrationSection section() {
        return api.project().readSection(MigrationSection.class).orElse(MigrationSection.empty());
    }

    private Optional<Mailbox> selectedMailbox() {
        MailboxChoice c = (MailboxChoice) mailbox.getSelectedItem();
        return Optional.ofNullable(c == null ? null : c.mailbox());
    }

    private ImapAccount[] accounts() {
        ImapAccount source = account(fromHost, fromPort, fromUser, fromPassword);
        if (source == null) {
            return null;
        }
        ImapAccount destination = account(toHost, toPort, toUser, toPassword);
        if (destination == null) {
            source.clearPassword();
            return null;
        }
        return new ImapAccount[] {source, destination};
    }

    /** Reads one server's fields; shows what is wrong and returns null when something is. */
    private ImapAccount account(JTextField host, JTextField port, JTextField user, JPasswordField password) {
        if (host.getText().isBlank()) {
            return invalid(t("IMAP サーバーを入力してください。", "Enter the IMAP server."), host);
        }
        int p;
        try {
            p = Integer.parseInt(port.getText().trim());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            return invalid(t("ポートは 1〜65535 の数字です（IMAPS は通常 993）。", "The port is a number 1-65535 (IMAPS is usually 993)."), port);
        }
        if (user.getText().isBlank()) {
            return invalid(t("ユーザー名を入力してください。", "Enter the user name."), user);
        }
        if (password.getPassword().length == 0) {
            return invalid(t("パスワードを入力してください。", "Enter the password."), password);
        }
        SSLContext trust;
        try {
            trust = TrustStores.systemPlus(ca.getText().isBlank() ? null : Path.of(ca.getText().trim()));
        } catch (Exception e) {
            return invalid(t("CA 証明書を読めません: ", "Cannot read the CA certificate: ") + e.getMessage(), ca);
        }
        return new ImapAccount(host.getText().trim(), p, user.getText().trim(), password.getPassword(), trust);
    }

    /** The size limit in bytes, 0 when empty; null (after showing why) when not a number. */
    private Long sizeLimitBytes() {
        String text = sizeLimit.getText().trim();
        if (text.isEmpty()) {
            return 0L;
        }
        try {
            double mb = Double.parseDouble(text);
            if (mb > 0) {
                return (long) (mb * 1024 * 1024);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message
        }
        invalid(t("1 通の上限は MB の数字で入力してください（例 100）。空欄なら判定しません。",
                "Enter the size limit in MB (e.g. 100), or leave it empty."), sizeLimit);
        return null;
    }

    private <T> T invalid(String text, JComponent field) {
        showMessage(text, true);
        field.requestFocusInWindow();
        return null;
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        Color red = UIManager.getColor("Component.error.focusedBorderColor");
        message.setForeground(error ? (red == null ? Color.RED.darker() : red) : UIManager.getColor("Label.foreground"));
    }

    private void chooseCa() {
        JFileChooser chooser = new JFileChooser();
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            ca.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    private static void later(Runnable r) {
        SwingUtilities.invokeLater(r);
    }

    private String t(String ja, String english) {
        return en ? english : ja;
    }
}
