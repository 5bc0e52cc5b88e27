package dev.mailbench.migration.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.Sizes;
import dev.mailbench.imap.ui.ServerAccountForm;
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
import dev.mailbench.migration.model.MailboxSurvey;
import dev.mailbench.migration.model.MigrationSection;
import dev.mailbench.migration.model.OldHost;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
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
 *
 * <p>Fixed texts are bound through {@code api.i18n()}. The texts a run shows (status, summary, results, messages) are
 * kept as how to compute them, so a language switch computes them again in the new language.
 */
public final class CopyPanel extends JPanel {
    private static final LocalizedText MANUAL = LocalizedText.of("（手入力）", "(enter manually)");
    private static final LocalizedText IMAP_SERVER = LocalizedText.of("IMAP サーバー", "IMAP server");
    private static final LocalizedText FOLDER = LocalizedText.of("フォルダー", "Folder");
    private static final LocalizedText SOURCE = LocalizedText.of("コピー元", "Source");
    private static final LocalizedText[] SURVEY_COLUMNS = {FOLDER, LocalizedText.of("通数", "Messages"),
            LocalizedText.of("サイズ", "Size"), LocalizedText.of("最大", "Largest")};
    private static final LocalizedText[] COPY_COLUMNS = {FOLDER, SOURCE, LocalizedText.of("既にあり", "Already there"),
            LocalizedText.of("コピー", "Copied"), LocalizedText.of("失敗", "Failed")};
    private static final LocalizedText[] VERIFY_COLUMNS = {FOLDER, SOURCE, LocalizedText.of("コピー先", "Destination"),
            LocalizedText.of("不足", "Missing"), LocalizedText.of("重複", "Duplicated"),
            LocalizedText.of("コピー先のみ", "Only on destination"), LocalizedText.of("結果", "Result")};

    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final JComboBox<MailboxChoice> mailbox = new JComboBox<>();
    private final ServerAccountForm source;
    private final ServerAccountForm destination;
    private final JTextField sizeLimit = new JTextField(5);
    private final JButton surveyButton = new JButton();
    private final JButton copyButton = new JButton();
    private final JButton verifyButton = new JButton();
    private final JButton cancelButton = new JButton();
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
    /** The texts this panel computes, each kept as how to show it: a language switch runs them all again. */
    private final Map<JComponent, Runnable> computed = new LinkedHashMap<>();
    private TasksApi.TaskHandle<?> running;

    /** A mailbox of the project, or (null) the "type it in" entry. */
    record MailboxChoice(Mailbox mailbox) {
    }

    public CopyPanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("fill, insets 12, gap 8 6", "[grow]", "[][][][][grow][]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        setName("migration.copy");
        source = new ServerAccountForm(i18n, "copy.from", ServerAccountForm.Options.imap().withServerLabel(IMAP_SERVER));
        // one extra CA for both servers: the destination trusts what the source form trusts
        destination = new ServerAccountForm(i18n, "copy.to", ServerAccountForm.Options.imap().withoutCa()
                .withServerLabel(IMAP_SERVER));
        name();
        layoutTitle();
        layoutServers();
        layoutActions();
        layoutResults();
        prefill();
        wire();
        updateButtons();
        scope.onLocaleChanged(locale -> {
            List.copyOf(computed.values()).forEach(Runnable::run);
            mailbox.repaint();
        });
    }

    private void name() {
        mailbox.setName("copy.mailbox");
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
        JLabel title = i18n.bind(new JLabel(), LocalizedText.of("コピーと検証", "Copy and verify"));
        title.setName("copy.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 6f));
        add(title, "wrap");
        JLabel sub = i18n.bind(new JLabel(), LocalizedText.of(
                "<html>旧サーバーのメールを新サーバーへ、フォルダー名・フラグ・受信日時ごとコピーします。<br>旧サーバーは読むだけで変更しません。</html>",
                "<html>Copies mail from the old host to the new one with folder names, flags and dates.<br>The old host is only read.</html>"));
        sub.setForeground(UIManager.getColor("Label.disabledForeground"));
        // under the title, in two lines: beside it the sentence alone was wider than a 1024 wide screen's tab
        add(sub, "wrap");
    }

    private void layoutServers() {
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill]"));
        box.setName("copy.connection");
        box.setBorder(BorderFactory.createTitledBorder(""));
        i18n.bind(box, LocalizedText.of("接続", "Connection"));
        box.add(i18n.bind(new JLabel(), LocalizedText.of("メールボックス", "Mailbox")));
        box.add(mailbox, "growx, wrap");
        box.add(heading(LocalizedText.of("コピー元（旧サーバー）", "Source (old host)")), "span, alignx left, gaptop 4, wrap");
        box.add(source, "span, growx, wrap");
        box.add(heading(LocalizedText.of("コピー先（新サーバー）", "Destination (new host)")), "span, alignx left, gaptop 4, wrap");
        box.add(destination, "span, growx, wrap");
        box.add(i18n.bind(new JLabel(), LocalizedText.of("1 通の上限", "Size limit")), "gaptop 4");
        sizeLimit.putClientProperty("JTextField.placeholderText", "MB");
        i18n.bindTooltip(sizeLimit, LocalizedText.of("新サーバーが受け付ける 1 通の最大サイズ (MB)。空欄なら判定しません。",
                "Largest message the new host accepts (MB); empty = not checked"));
        box.add(sizeLimit, "split 2, growx 0, w 70!");
        box.add(new JLabel("MB"), "wrap");
        JLabel hint = i18n.bind(new JLabel(), LocalizedText.of(
                "<html>パスワードはどこにも保存されません。<br>証明書は必ず検証します（追加の CA はコピー先にも使います）。</html>",
                "<html>Passwords are never saved.<br>Certificates are always verified (the extra CA counts for the destination too).</html>"));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        box.add(hint, "skip 1, span, wrap");
        add(box, "growx, wrap");
    }

    private JLabel heading(LocalizedText text) {
        JLabel l = i18n.bind(new JLabel(), text);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        return l;
    }

    private void layoutActions() {
        i18n.bind(surveyButton, LocalizedText.of("調査", "Survey"));
        i18n.bind(copyButton, LocalizedText.of("コピー", "Copy"));
        i18n.bind(verifyButton, LocalizedText.of("検証", "Verify"));
        i18n.bind(cancelButton, LocalizedText.of("中止", "Cancel"));
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
        showTable(COPY_COLUMNS, rows -> { });
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
        mailbox.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, label((MailboxChoice) value), index, selected, focus);
            }
        });
        mailbox.addItem(new MailboxChoice(null));
        for (Mailbox m : api.project().current().mailboxes()) {
            mailbox.addItem(new MailboxChoice(m));
        }
        OldHost old = section().oldHost();
        if (old != null) {
            source.setHost(old.imapHost());
            if (old.imapPort() > 0) {
                source.setPort(old.imapPort());
            }
        }
        ProviderProfile p = api.project().provider();
        if (p != null) {
            destination.setHost(p.mailHost());
            if (p.imap() != null && p.imap().port() > 0) {
                destination.setPort(p.imap().port());
            }
        }
        if (mailbox.getItemCount() > 1) {
            mailbox.setSelectedIndex(1);
            applyMailbox();
        }
    }

    private String label(MailboxChoice choice) {
        if (choice == null) {
            return "";
        }
        Mailbox m = choice.mailbox();
        if (m == null) {
            return i18n.text(MANUAL);
        }
        return m.displayName().isEmpty() ? m.address() : m.address() + " — " + m.displayName();
    }

    private void applyMailbox() {
        selectedMailbox().ifPresent(m -> {
            source.setUser(m.address());
            ProviderProfile p = api.project().provider();
            destination.setUser(p == null ? m.address() : p.usernameFor(m.address()));
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
                showStatus(LocalizedText.of("中止しています…（送信中の 1 通を終えてから止まります）", "Cancelling… (after the message in flight)"));
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
        ImapAccount account = sourceAccount();
        if (account == null) {
            return;
        }
        Long limit = sizeLimitBytes();
        if (limit == null) {
            account.clearPassword();
            return;
        }
        Optional<Mailbox> box = selectedMailbox();
        SurveyOptions options = SurveyOptions.defaults().withSizeLimit(limit);
        start(LocalizedText.of("旧サーバーを調査しています…", "Surveying the old host…"), true);
        run(LocalizedText.of("旧サーバーの調査", "Survey of the old host"), ctx -> {
            try {
                return new MailboxSurveyor(account).survey(box.map(Mailbox::id).orElse(account.user()), box.map(Mailbox::address)
                        .orElse(account.user()), options, new MailboxSurveyor.Progress() {
                            @Override
                            public void folder(String name, int index, int count) {
                                ctx.progress(index, count, name);
                                later(() -> showProgress(index, count, name + " (" + index + "/" + count + ")"));
                            }

                            @Override
                            public void sampling(int messages, long bytes) {
                                later(() -> showStatus(() -> i18n.text("転送速度を測っています… ", "Measuring the transfer rate… ")
                                        + messages + i18n.text(" 通 ", " messages ") + Sizes.human(bytes)));
                            }
                        }, ctx::isCancelled);
            } finally {
                account.clearPassword();
            }
        }, result -> {
            if (result == null) {
                showStatus(LocalizedText.of("中止しました。", "Cancelled."));
                return;
            }
            showSurvey(result, limit);
            if (box.isPresent()) {
                api.project().recordSection(section().withSurvey(result.survey()));
                showStatus(LocalizedText.of("調査が終わりました。結果はプロジェクトに保存され、移行計画のコピー時間の見積もりに使われます。",
                        "Survey done; saved in the project for the plan's copy-time estimate."));
            } else {
                showStatus(LocalizedText.of("調査が終わりました（手入力のため、プロジェクトには保存していません）。",
                        "Survey done (not saved: the mailbox was entered manually)."));
            }
        });
    }

    private void runCopy() {
        ImapAccount[] accounts = accounts();
        if (accounts == null) {
            return;
        }
        start(LocalizedText.of("コピー元とコピー先を比較しています…", "Comparing source and destination…"), true);
        run(LocalizedText.of("メールのコピー", "Mail copy"), ctx -> {
            try {
                return new MailboxCopier(accounts[0], accounts[1], CopyOptions.defaults()).copy(new CopyProgress() {
                    private long planned;

                    @Override
                    public void comparing(String folder, int index, int count) {
                        later(() -> showStatus(() -> i18n.text("比較中 ", "Comparing ") + folder + " (" + index + "/" + count + ")"));
                    }

                    @Override
                    public void planned(long messages, long bytes) {
                        planned = messages;
                        ctx.progress(0, messages, "");
                        later(() -> {
                            progress.setIndeterminate(false);
                            showProgress(0, messages, () -> i18n.text("コピー予定 ", "To copy ")
                                    + String.format(Locale.ROOT, "%,d", messages) + i18n.text(" 通 ", " messages ") + Sizes.human(bytes));
                        });
                    }

                    @Override
                    public void copied(String folder, long messages, long bytes, double rate) {
                        ctx.progress(messages, planned, folder);
                        long total = planned;
                        later(() -> showProgress(messages, total, () -> String.format(Locale.ROOT, "%,d / %,d", messages, total)
                                + i18n.text(" 通　", " messages   ") + Sizes.human(bytes) + "　" + Sizes.human(rate) + "/s　" + folder));
                    }

                    @Override
                    public void retrying(String folder, int attempt, long delayMillis, String cause) {
                        later(() -> showStatus(() -> i18n.text("接続が切れました。再接続します（", "Connection lost; reconnecting (")
                                + attempt + i18n.text(" 回目）: ", "): ") + cause));
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
        start(LocalizedText.of("フォルダーごとに比較しています…", "Comparing folder by folder…"), false);
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

    private void start(LocalizedText text, boolean indeterminate) {
        showText(message, () -> " ");
        hideFailures();
        showStatus(text);
        progress.setIndeterminate(indeterminate);
        progress.setValue(0);
        progress.setString("");
    }

    /**
     * Runs {@code body} as a workbench task and shows its outcome. The buttons come back only when the body has really
     * returned (a cancelled copy finishes the message in flight first), so two copies never run at once. A run that
     * ends after the panel was closed keeps its result to itself.
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
            if (running != handle || scope.isDisposed()) {
                return;
            }
            running = null;
            progress.setIndeterminate(false);
            updateButtons();
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException) {
                    showStatus(LocalizedText.of("中止しました。もう一度実行すると続きから再開します。", "Cancelled; run again to continue."));
                } else {
                    showText(status, () -> " ");
                    // a folder the source lacks: the engine's message already says it in both languages
                    showMessage(cause instanceof IllegalArgumentException ? LocalizedText.of(cause.getMessage(), cause.getMessage())
                            : ConnectionProblems.describe(cause), true);
                }
                return;
            }
            onResult.accept(result);
        })));
    }

    private void showProgress(long done, long total, String text) {
        showProgress(done, total, () -> text);
    }

    private void showProgress(long done, long total, Supplier<String> text) {
        progress.setIndeterminate(false);
        progress.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
        progress.setValue((int) Math.min(Integer.MAX_VALUE, done));
        progress.setString(total <= 0 ? "" : (done * 100 / Math.max(1, total)) + "%");
        showStatus(text);
    }

    private void showFinished() {
        progress.setValue(progress.getMaximum());
        progress.setString("100%");
    }

    // ------------------------------------------------------------------ results

    private void showSurvey(SurveyResult r, long limit) {
        MailboxSurvey s = r.survey();
        showTable(SURVEY_COLUMNS, rows -> {
            for (MailboxSurvey.FolderSurvey f : s.folders()) {
                rows.addRow(new Object[] {f.name(), String.format(Locale.ROOT, "%,d", f.messages()), Sizes.human(f.bytes()),
                        Sizes.human(f.largestBytes())});
            }
        });
        showText(summary, () -> {
            StringBuilder sb = new StringBuilder();
            sb.append(i18n.text("合計 ", "Total ")).append(String.format(Locale.ROOT, "%,d", s.messages()))
                    .append(i18n.text(" 通　", " messages   ")).append(Sizes.human(s.bytes()))
                    .append(i18n.text("　最大 ", "   largest ")).append(Sizes.human(s.largestBytes()));
            if (limit > 0) {
                sb.append(i18n.text("　上限超過 ", "   over the limit ")).append(s.overLimitMessages()).append(i18n.text(" 通", ""));
            }
            sb.append(i18n.text("　実測 ", "   measured ")).append(Sizes.human(s.measuredBytesPerSecond())).append("/s");
            if (s.measuredBytesPerSecond() > 0) {
                long minutes = Math.round(s.bytes() / s.measuredBytesPerSecond() / 60);
                sb.append(minutes < 1 ? i18n.text("（全件の読み出し目安 1 分未満）", " (reading everything: under a minute)")
                        : i18n.text("（全件の読み出し目安 約 ", " (reading everything: about ") + minutes + i18n.text(" 分）", " min)"));
            }
            return sb.toString();
        });
        showFinished();
        if (!r.overLimit().isEmpty()) {
            showFailures(() -> {
                StringBuilder over = new StringBuilder(i18n.text("新サーバーの上限を超えるメール（コピーできない可能性があります）:\n",
                        "Messages over the new host's limit (may not copy):\n"));
                r.overLimit().stream().limit(50).forEach(m -> over.append("  ").append(m.folder()).append("  UID ").append(m.uid())
                        .append("  ").append(Sizes.human(m.size())).append('\n'));
                return over.toString();
            });
        }
    }

    private void showCopy(CopyReport r) {
        showTable(COPY_COLUMNS, rows -> {
            for (FolderCopyResult f : r.folders()) {
                rows.addRow(new Object[] {folderLabel(f.source(), f.destination()), f.onSource(), f.alreadyThere(), f.copied(),
                        f.failed()});
            }
        });
        showText(summary, () -> String.format(Locale.ROOT, i18n.text("コピー %,d 通　%s　%.1f 秒（%.1f 通/s、%s/s）",
                        "Copied %,d messages   %s   %.1f s (%.1f msg/s, %s/s)"), r.copiedMessages(), Sizes.human(r.copiedBytes()),
                r.elapsed().toMillis() / 1000.0, r.messagesPerSecond(), Sizes.human(r.bytesPerSecond()))
                + (r.reconnections() > 0 ? i18n.text("　再接続 ", "   reconnections ") + r.reconnections() : ""));
        if (r.complete()) {
            showFinished();
            showStatus(LocalizedText.of("完了: コピー元のメールはすべてコピー先にあります。", "Complete: every source message is on the destination."));
        } else if (r.cancelled()) {
            showStatus(LocalizedText.of("中止しました。もう一度コピーすると続きから再開します。", "Cancelled; copy again to continue."));
        } else {
            showStatus(LocalizedText.of("コピーできなかったメールがあります（下の一覧）。原因を直してもう一度コピーしてください。",
                    "Some messages were not copied (listed below). Fix the cause and copy again."));
        }
        if (!r.failures().isEmpty()) {
            showFailures(() -> {
                StringBuilder sb = new StringBuilder();
                r.failuresByCause().forEach((cause, list) -> {
                    sb.append(i18n.text(cause)).append(": ").append(list.size()).append(i18n.text(" 通\n", "\n"));
                    for (CopyFailure f : list.stream().limit(10).toList()) {
                        sb.append("  ").append(f.folder()).append("  UID ").append(f.uid()).append("  ").append(Sizes.human(f.size()))
                                .append("  ").append(i18n.text(f.detail())).append('\n');
                    }
                });
                return sb.toString();
            });
        }
    }

    private void showVerify(VerifyReport r) {
        showTable(VERIFY_COLUMNS, rows -> {
            for (FolderVerifyResult f : r.folders()) {
                rows.addRow(new Object[] {folderLabel(f.source(), f.destination()), f.onSource(),
                        f.destinationExists() ? f.onDestination() : i18n.text("フォルダーなし", "no folder"), f.missing(), f.duplicated(),
                        f.extra(), f.matches() ? "OK" : i18n.text("要確認", "Check")});
            }
        });
        showFinished();
        showText(summary, () -> i18n.text("不足 ", "Missing ") + r.missing() + i18n.text("　重複 ", "   duplicated ") + r.duplicated()
                + i18n.text("　コピー先のみ ", "   only on destination ") + r.extra());
        if (r.matches()) {
            showStatus(LocalizedText.of("検証 OK: すべてのメールがコピー先にあり、重複はありません。", "Verified: every message is there, no duplicates."));
        } else {
            showText(status, () -> " ");
            showMessage(LocalizedText.of("差異があります。もう一度コピーすると不足分だけコピーします。",
                    "Differences found; copy again to fill in what is missing."), true);
        }
    }

    private static String folderLabel(String source, String destination) {
        return source.equals(destination) ? source : source + " → " + destination;
    }

    // ------------------------------------------------------------------ computed texts

    /** Shows what {@code render} puts in {@code where}, now and again after every language switch. */
    private void show(JComponent where, Runnable render) {
        computed.put(where, render);
        render.run();
    }

    private void showText(JLabel label, Supplier<String> text) {
        show(label, () -> label.setText(text.get()));
    }

    private void showStatus(LocalizedText text) {
        showText(status, () -> i18n.text(text));
    }

    private void showStatus(Supplier<String> text) {
        showText(status, text);
    }

    private void showMessage(LocalizedText text, boolean error) {
        showText(message, () -> i18n.text(text));
        Color red = UIManager.getColor("Component.error.focusedBorderColor");
        message.setForeground(error ? (red == null ? Color.RED.darker() : red) : UIManager.getColor("Label.foreground"));
    }

    /** The result table: its headers and rows (which hold words such as "no folder") are redone after a switch. */
    private void showTable(LocalizedText[] columns, Consumer<DefaultTableModel> rows) {
        show(table, () -> {
            results.setRowCount(0);
            results.setColumnIdentifiers(Arrays.stream(columns).map(i18n::text).toArray());
            table.getColumnModel().getColumn(0).setPreferredWidth(300);
            DefaultTableCellRenderer right = new DefaultTableCellRenderer();
            right.setHorizontalAlignment(SwingConstants.RIGHT);
            for (int c = 1; c < columns.length; c++) {
                table.getColumnModel().getColumn(c).setCellRenderer(right);
                table.getColumnModel().getColumn(c).setPreferredWidth(110);
            }
            rows.accept(results);
        });
    }

    private void showFailures(Supplier<String> text) {
        show(failures, () -> {
            failures.setText(text.get());
            failures.setCaretPosition(0);
        });
        failuresScroll.setVisible(true);
        revalidate();
    }

    private void hideFailures() {
        computed.remove(failures);
        failures.setText("");
        failuresScroll.setVisible(false);
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

    /** The source account, or null after showing what to correct. */
    private ImapAccount sourceAccount() {
        try {
            return source.account();
        } catch (ServerAccountForm.InvalidInput e) {
            return invalid(e.text(), e.field());
        }
    }

    /** Both accounts (the destination with the source form's trust), or null after showing what to correct. */
    private ImapAccount[] accounts() {
        ImapAccount from = sourceAccount();
        if (from == null) {
            return null;
        }
        try {
            return new ImapAccount[] {from, destination.account(from.sslContext())};
        } catch (ServerAccountForm.InvalidInput e) {
            from.clearPassword();
            return invalid(e.text(), e.field());
        }
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
        return invalid(LocalizedText.of("1 通の上限は MB の数字で入力してください（例 100）。空欄なら判定しません。",
                "Enter the size limit in MB (e.g. 100), or leave it empty."), sizeLimit);
    }

    private <T> T invalid(LocalizedText text, JComponent field) {
        showMessage(text, true);
        field.requestFocusInWindow();
        return null;
    }

    private static void later(Runnable r) {
        SwingUtilities.invokeLater(r);
    }
}
