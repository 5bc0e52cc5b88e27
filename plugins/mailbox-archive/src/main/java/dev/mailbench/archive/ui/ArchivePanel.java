package dev.mailbench.archive.ui;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.kit.net.TrustStores;

import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.archive.engine.ArchiveExporter;
import dev.mailbench.archive.engine.ArchiveFormat;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveSummary;
import dev.mailbench.archive.engine.ExportReport;
import dev.mailbench.archive.engine.Inventory;
import dev.mailbench.archive.engine.InventoryScanner;
import dev.mailbench.archive.engine.Pop3Exporter;
import dev.mailbench.archive.engine.Pop3InventoryScanner;
import dev.mailbench.imap.Sizes;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * Connection form → folder inventory (Japanese names, counts, sizes) → export with progress, ETA and cancel.
 * All network and disk work runs through {@code api.tasks()}; this class only touches Swing on the EDT.
 */
public final class ArchivePanel extends JPanel {
    private final WorkbenchApi api;
    private final boolean en;
    private final JComboBox<MailboxChoice> mailbox = new JComboBox<>();
    private final JTextField host = new JTextField(18);
    /** IMAP, or POP3 for accounts that have no IMAP: one folder, keyed by UIDL. */
    private final JComboBox<String> protocol = new JComboBox<>(new String[] {"IMAP", "POP3"});
    private final JTextField port = new JTextField("993", 5);
    private final JTextField user = new JTextField(22);
    private final JPasswordField password = new JPasswordField(14);
    private final JTextField ca = new JTextField(18);
    private final JButton inventoryButton;
    private final FolderTableModel folders;
    private final JTable table;
    private final JCheckBox selectAll;
    private final JLabel totals = new JLabel(" ");
    private final JComboBox<ArchiveFormat> format = new JComboBox<>(ArchiveFormat.values());
    private final JTextField since = new JTextField(9);
    private final JTextField outDir = new JTextField(26);
    /** Dovecot allows 10 per user and IP; providers may allow fewer, so the default stays low. */
    private final javax.swing.JSpinner connections = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(2, 1, 10, 1));
    private final JButton exportButton;
    private final JButton cancelButton;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private TasksApi.TaskHandle<?> running;
    private Inventory inventory;

    /** A mailbox of the project, or the "type it in" entry. */
    record MailboxChoice(Mailbox mailbox, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public ArchivePanel(WorkbenchApi api) {
        super(new MigLayout("fill, insets 12, gap 8 6", "[grow]", "[][][][grow][][][]"));
        this.api = api;
        this.en = "en".equals(api.i18n().locale().getLanguage());
        setName("archive.panel");
        inventoryButton = new JButton(t("棚卸し", "Inventory"));
        exportButton = new JButton(t("エクスポート", "Export"));
        cancelButton = new JButton(t("中止", "Cancel"));
        selectAll = new JCheckBox(t("すべて選択", "Select all"), true);
        folders = new FolderTableModel(en
                ? new String[] {"", "Folder", "Messages", "Unread", "Size", "Largest"}
                : new String[] {"", "フォルダー", "通数", "未読", "サイズ", "最大"});
        table = new JTable(folders);
        name();
        layoutTitle();
        layoutConnection();
        layoutFolders();
        layoutExport();
        fillMailboxes();
        wire();
        updateButtons();
    }

    private void name() {
        mailbox.setName("archive.mailbox");
        host.setName("archive.host");
        port.setName("archive.port");
        protocol.setName("archive.protocol");
        user.setName("archive.user");
        password.setName("archive.password");
        ca.setName("archive.ca");
        inventoryButton.setName("archive.inventory");
        table.setName("archive.folders");
        selectAll.setName("archive.selectAll");
        totals.setName("archive.totals");
        format.setName("archive.format");
        since.setName("archive.since");
        outDir.setName("archive.out");
        connections.setName("archive.connections");
        exportButton.setName("archive.export");
        cancelButton.setName("archive.cancel");
        progress.setName("archive.progress");
        status.setName("archive.status");
        message.setName("archive.message");
    }

    private void layoutTitle() {
        JLabel title = new JLabel(t("メールアーカイブ", "Mail archive"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 6f));
        add(title, "split 2");
        JLabel sub = new JLabel(t("サーバーのメールを、受け取ったままのバイト列で保存します。既読フラグは変わりません。",
                "Saves mail byte for byte as the server sends it. Read flags are not changed."));
        sub.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(sub, "gapleft 12, wrap");
    }

    private void layoutConnection() {
        JPanel form = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill][right][fill][right][grow,fill]"));
        form.setBorder(javax.swing.BorderFactory.createTitledBorder(t("接続", "Connection")));
        form.add(new JLabel(t("メールボックス", "Mailbox")));
        form.add(mailbox, "span 5, growx, wrap");
        form.add(new JLabel(t("サーバー", "Server")));
        form.add(host);
        form.add(new JLabel(t("ポート", "Port")));
        form.add(protocol, "split 2");
        form.add(port, "w 60!");
        form.add(new JLabel(t("ユーザー名", "User name")));
        form.add(user, "wrap");
        form.add(new JLabel(t("パスワード", "Password")));
        form.add(password);
        form.add(new JLabel(t("追加の CA", "Extra CA")));
        form.add(ca, "span 2, split 2, growx");
        JButton browseCa = new JButton(t("参照…", "Browse…"));
        browseCa.setName("archive.browseCa");
        browseCa.addActionListener(e -> choose(ca, false));
        form.add(browseCa);
        form.add(inventoryButton, "span, alignx right, w pref!, wrap");
        add(form, "growx, wrap");
        JLabel hint = new JLabel(t("パスワードはどこにも保存されません。", "The password is never saved."));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(hint, "gapleft 8, wrap");
    }

    private void layoutFolders() {
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 6));
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setMaxWidth(36);
        table.getColumnModel().getColumn(1).setPreferredWidth(320);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 2; c < folders.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
            table.getColumnModel().getColumn(c).setPreferredWidth(90);
        }
        add(new JScrollPane(table), "grow, wrap, h 160:300:");
        add(selectAll, "split 2");
        add(totals, "gapleft 16, growx, wrap");
    }

    private void layoutExport() {
        JPanel form = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][fill][right][fill][right][grow,fill][]"));
        form.setBorder(javax.swing.BorderFactory.createTitledBorder(t("エクスポート", "Export")));
        connections.setToolTipText(t("同時に使う IMAP 接続の数（プロバイダーの上限以内で）", "Parallel IMAP connections (within the provider's limit)"));
        format.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                String text = switch ((ArchiveFormat) value) {
                    case MBOX -> t("mbox（1 フォルダー 1 ファイル）", "mbox (one file per folder)");
                    case EML -> t("EML（1 通 1 ファイル）", "EML (one file per message)");
                    case MAILDIR -> "Maildir";
                };
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        form.add(new JLabel(t("形式", "Format")));
        form.add(format);
        form.add(new JLabel(t("この日以降", "Since")));
        since.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
        form.add(since);
        form.add(new JLabel(t("保存先", "Save to")));
        form.add(outDir);
        JButton browseOut = new JButton(t("参照…", "Browse…"));
        browseOut.setName("archive.browseOut");
        browseOut.addActionListener(e -> choose(outDir, true));
        form.add(browseOut, "wrap");
        form.add(new JLabel(t("同時接続", "Connections")));
        form.add(connections, "w 60!, wrap");
        form.add(progress, "span 6, growx, h 18!");
        form.add(exportButton, "split 2, sg btn");
        form.add(cancelButton, "sg btn, wrap");
        form.add(status, "span, growx");
        progress.setStringPainted(true);
        progress.setString("");
        add(form, "growx, wrap");
        add(message, "growx");
    }

    private void fillMailboxes() {
        mailbox.addItem(new MailboxChoice(null, t("（手入力）", "(enter manually)")));
        for (Mailbox m : api.project().current().mailboxes()) {
            String label = m.displayName().isEmpty() ? m.address() : m.address() + " — " + m.displayName();
            mailbox.addItem(new MailboxChoice(m, label));
        }
        String mailHost = api.project().provider() == null ? null : api.project().provider().mailHost();
        host.setText(mailHost == null ? "" : mailHost);
        if (mailbox.getItemCount() > 1) {
            mailbox.setSelectedIndex(1);
            applyMailbox();
        }
    }

    private void applyMailbox() {
        MailboxChoice c = (MailboxChoice) mailbox.getSelectedItem();
        if (c != null && c.mailbox() != null) {
            user.setText(api.project().provider() == null ? c.mailbox().address()
                    : api.project().provider().usernameFor(c.mailbox().address()));
        }
    }

    private void wire() {
        mailbox.addActionListener(e -> applyMailbox());
        protocol.addActionListener(e -> applyProtocol());
        inventoryButton.addActionListener(e -> runInventory());
        exportButton.addActionListener(e -> runExport());
        cancelButton.addActionListener(e -> {
            if (running != null) {
                running.cancel();
                status.setText(t("中止しています…（書き込み中のメールを保存してから止まります）",
                        "Cancelling… (finishing the message being written)"));
            }
        });
        selectAll.addActionListener(e -> folders.selectAll(selectAll.isSelected()));
        folders.addTableModelListener(e -> updateButtons());
    }

    private boolean pop3() {
        return "POP3".equals(protocol.getSelectedItem());
    }

    /** POP3: default port 995, one connection, no date filter (POP3 has no arrival dates); the old inventory is void. */
    private void applyProtocol() {
        boolean pop3 = pop3();
        String other = pop3 ? "993" : "995";
        if (port.getText().trim().equals(other) || port.getText().isBlank()) {
            port.setText(pop3 ? "995" : "993");
        }
        connections.setEnabled(!pop3);
        since.setEnabled(!pop3);
        if (pop3) {
            since.setText("");
        }
        inventory = null;
        folders.setFolders(List.of());
        totals.setText(" ");
        status.setText(pop3 ? t("POP3: 受信箱 (INBOX) だけを UIDL で管理して保存します。サーバーのメールは変更しません。",
                "POP3: the inbox only, tracked by UIDL; nothing on the server changes.") : " ");
        updateButtons();
    }

    private void updateButtons() {
        boolean busy = running != null;
        inventoryButton.setEnabled(!busy);
        exportButton.setEnabled(!busy && inventory != null && !folders.selectedFolders().isEmpty());
        cancelButton.setEnabled(busy);
    }

    /** Reads the form; shows what is wrong and returns null when something is. */
    private ImapAccount account() {
        String h = host.getText().trim();
        String u = user.getText().trim();
        int p;
        try {
            p = Integer.parseInt(port.getText().trim());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (h.isEmpty()) {
            return fail(t("サーバーを入力してください。", "Enter the server."), host);
        }
        if (p <= 0 || p > 65535) {
            return fail(t("ポートは 1〜65535 の数字です（IMAPS は通常 993、POP3S は 995）。",
                    "The port is a number 1-65535 (IMAPS: 993, POP3S: 995)."), port);
        }
        if (u.isEmpty()) {
            return fail(t("ユーザー名を入力してください。", "Enter the user name."), user);
        }
        if (password.getPassword().length == 0) {
            return fail(t("パスワードを入力してください。", "Enter the password."), password);
        }
        SSLContext ssl;
        try {
            ssl = TrustStores.systemPlus(ca.getText().isBlank() ? null : Path.of(ca.getText().trim()));
        } catch (Exception e) {
            return fail(t("CA 証明書を読み込めません: ", "Cannot read the CA certificate: ") + e.getMessage(), ca);
        }
        return new ImapAccount(h, p, u, password.getPassword(), ssl);
    }

    private ImapAccount fail(String text, java.awt.Component focus) {
        showMessage(text, true);
        focus.requestFocusInWindow();
        return null;
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.setForeground(error ? new Color(0xC0392B) : UIManager.getColor("Label.foreground"));
    }

    private void runInventory() {
        ImapAccount account = account();
        if (account == null) {
            return;
        }
        showMessage(" ", false);
        status.setText(t("フォルダーを数えています…", "Counting folders…"));
        progress.setIndeterminate(true);
        boolean pop3 = pop3();
        var handle = api.tasks().submit(LocalizedText.of("メールボックスの棚卸し", "Mailbox inventory"), ctx -> {
            try {
                if (pop3) {
                    return Pop3InventoryScanner.scan(account);
                }
                return InventoryScanner.scan(account, (done, total, folder) -> {
                    ctx.progress(done, total, folder);
                    SwingUtilities.invokeLater(() -> status.setText(folder + " (" + done + "/" + total + ")"));
                }, ctx::isCancelled);
            } finally {
                account.clearPassword();
            }
        });
        running = handle;
        updateButtons();
        handle.result().whenComplete((inv, error) -> SwingUtilities.invokeLater(() -> {
            running = null;
            progress.setIndeterminate(false);
            if (error != null) {
                status.setText(" ");
                showMessage(explain(error), true);
            } else {
                showInventory(inv);
            }
            updateButtons();
        }));
    }

    private void showInventory(Inventory inv) {
        inventory = inv;
        folders.setFolders(inv.folders());
        selectAll.setSelected(true);
        String quota = inv.quotaUsedBytes() < 0 ? ""
                : t("　サーバー使用量 ", "   Server use ") + Sizes.human(inv.quotaUsedBytes())
                        + (inv.quotaLimitBytes() > 0 ? " / " + Sizes.human(inv.quotaLimitBytes()) : "");
        totals.setText(t("合計 ", "Total ") + String.format("%,d", inv.messages()) + t(" 通　", " messages   ")
                + Sizes.human(inv.bytes()) + t("　最大 ", "   largest ") + Sizes.human(inv.largestBytes()) + quota);
        status.setText(t("棚卸しが終わりました。", "Inventory done."));
        selectedMailbox().ifPresent(m -> api.project().writeSection(t("棚卸し結果を保存", "Save inventory"),
                section().withInventory(m.id(), m.address(), inv).toPlain()));
    }

    private java.util.Optional<Mailbox> selectedMailbox() {
        MailboxChoice c = (MailboxChoice) mailbox.getSelectedItem();
        return java.util.Optional.ofNullable(c == null ? null : c.mailbox());
    }

    private ArchiveProjectSection section() {
        return ArchiveProjectSection.fromPlain(api.project().current().plugins().get(dev.mailbench.archive.MailboxArchivePlugin.ID));
    }

    private void runExport() {
        if (outDir.getText().isBlank()) {
            fail(t("保存先のフォルダーを選んでください。", "Choose the folder to save to."), outDir);
            return;
        }
        Instant sinceInstant = null;
        if (!since.getText().isBlank()) {
            try {
                sinceInstant = LocalDate.parse(since.getText().trim()).atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                fail(t("日付は 2024-04-01 の形で入力してください。", "Enter the date as 2024-04-01."), since);
                return;
            }
        }
        ImapAccount account = account();
        if (account == null) {
            return;
        }
        showMessage(" ", false);
        Path out = Path.of(outDir.getText().trim()).toAbsolutePath();
        ArchiveExporter.Options options = ArchiveExporter.Options.of(out, (ArchiveFormat) format.getSelectedItem())
                .withFolders(folders.allSelected() ? List.of() : folders.selectedFolders()).withSince(sinceInstant)
                .withConnections(pop3() ? 1 : (Integer) connections.getValue());
        AtomicInteger planned = new AtomicInteger();
        AtomicLong plannedBytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        AtomicLong doneBytes = new AtomicLong();
        long start = System.nanoTime();
        progress.setIndeterminate(true);
        status.setText(t("準備しています…", "Preparing…"));
        boolean pop3 = pop3();
        var handle = api.tasks().submit(LocalizedText.of("メールのエクスポート", "Mail export"), ctx -> {
            try {
                ArchiveExporter.Progress listener = new ArchiveExporter.Progress() {
                    @Override
                    public void planned(int messages, long bytes) {
                        planned.set(messages);
                        plannedBytes.set(bytes);
                    }

                    @Override
                    public void messageArchived(String folder, long bytes) {
                        int n = done.incrementAndGet();
                        long b = doneBytes.addAndGet(bytes);
                        ctx.progress(b, plannedBytes.get(), folder);
                        if (n % 10 == 0 || n == planned.get()) {
                            SwingUtilities.invokeLater(() -> showProgress(n, planned.get(), b, plannedBytes.get(), start));
                        }
                    }
                };
                return pop3 ? new Pop3Exporter(account).export(account.host(), account.user(), options, listener, ctx::isCancelled)
                        : new ArchiveExporter(account).export(account.host(), account.user(), options, listener, ctx::isCancelled);
            } finally {
                account.clearPassword();
            }
        });
        running = handle;
        updateButtons();
        handle.result().whenComplete((report, error) -> SwingUtilities.invokeLater(() -> {
            running = null;
            progress.setIndeterminate(false);
            if (error != null) {
                showMessage(isCancel(error) ? t("中止しました。もう一度エクスポートすると続きから再開します。",
                        "Cancelled. Export again to resume where it stopped.") : explain(error), !isCancel(error));
                status.setText(done.get() + " / " + planned.get() + t(" 通を保存済み", " messages saved"));
            } else {
                finished(report, out, start);
            }
            updateButtons();
        }));
    }

    private void showProgress(int n, int total, long bytes, long totalBytes, long start) {
        progress.setIndeterminate(false);
        progress.setMaximum(1000);
        progress.setValue(totalBytes == 0 ? 1000 : (int) (bytes * 1000 / totalBytes));
        progress.setString(String.format("%,d / %,d", n, total));
        double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        double rate = bytes / secs;
        long etaSecs = rate <= 0 ? -1 : (long) ((totalBytes - bytes) / rate);
        status.setText(String.format(Locale.ROOT, "%s / %s · %.0f %s · %s/s · %s", Sizes.human(bytes), Sizes.human(totalBytes),
                n / secs, t("通/秒", "msg/s"), Sizes.human((long) rate), eta(etaSecs)));
    }

    private String eta(long secs) {
        if (secs < 0) {
            return "";
        }
        if (secs < 60) {
            return t("残り 1 分未満", "under a minute left");
        }
        return t("残り 約 " + (secs + 59) / 60 + " 分", "about " + (secs + 59) / 60 + " min left");
    }

    private void finished(ExportReport report, Path out, long start) {
        progress.setValue(progress.getMaximum());
        progress.setString(String.format("%,d / %,d", report.fetched(), report.fetched()));
        status.setText(t("新規 ", "New ") + String.format("%,d", report.fetched()) + t(" 通（", " messages (")
                + Sizes.human(report.fetchedBytes()) + t("）、保存済み合計 ", "), archived in total ")
                + String.format("%,d", report.folders().stream().mapToInt(f -> f.alreadyArchived() + f.fetched()).sum())
                + t(" 通", ""));
        if (report.cancelled()) {
            showMessage(t("中止しました。もう一度エクスポートすると続きから再開します。", "Cancelled. Export again to resume."), false);
        } else if (!report.failures().isEmpty()) {
            StringBuilder sb = new StringBuilder(t("取得できなかったメール: ", "Not fetched: "));
            report.failuresByCause().forEach((cause, list) -> sb.append(cause).append(" ").append(list.size()).append(t(" 通　", "  ")));
            sb.append(t("（もう一度エクスポートすると再試行します）", "(export again to retry)"));
            showMessage(sb.toString(), true);
        } else {
            showMessage(t("完了しました: ", "Done: ") + out, false);
        }
        selectedMailbox().ifPresent(m -> {
            try {
                api.project().writeSection(t("アーカイブ情報を保存", "Save archive record"), section().withArchive(m.id(), m.address(),
                        ArchiveProjectSection.ArchiveRecord.of(ArchiveSummary.of(out), Instant.now())).toPlain());
            } catch (java.io.IOException e) {
                api.log().warn("cannot summarise archive " + out, e);
            }
        });
    }

    private boolean isCancel(Throwable e) {
        return e instanceof CancellationException || e.getCause() instanceof CancellationException;
    }

    private String explain(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return ConnectionProblems.explain(e);
    }

    private void choose(JTextField field, boolean directory) {
        JFileChooser chooser = new JFileChooser(field.getText().isBlank() ? null : field.getText());
        chooser.setFileSelectionMode(directory ? JFileChooser.DIRECTORIES_ONLY : JFileChooser.FILES_ONLY);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            field.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    private String t(String ja, String english) {
        return en ? english : ja;
    }

    /** For tests: the decoded folder names in table order. */
    List<String> folderNames() {
        return java.util.stream.IntStream.range(0, folders.getRowCount()).mapToObj(i -> folders.folder(i).name()).toList();
    }
}
