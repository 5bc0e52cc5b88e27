package dev.mailbench.archive.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.archive.engine.ArchiveExporter;
import dev.mailbench.archive.engine.ArchiveFormat;
import dev.mailbench.archive.engine.ArchiveProjectSection;
import dev.mailbench.archive.engine.ArchiveVerifier;
import dev.mailbench.archive.engine.ArchiveSummary;
import dev.mailbench.archive.engine.ExportReport;
import dev.mailbench.archive.engine.Inventory;
import dev.mailbench.archive.engine.InventoryScanner;
import dev.mailbench.archive.engine.Pop3Exporter;
import dev.mailbench.archive.engine.Pop3InventoryScanner;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.Sizes;
import dev.mailbench.imap.ui.ServerAccountForm;
import dev.mailbench.kit.swing.WrappingLabel;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.nio.file.Path;
import java.time.Instant;
import dev.mailbench.kit.text.TypedDates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * Connection form → folder inventory (Japanese names, counts, sizes) → export with progress, ETA and cancel.
 * All network and disk work runs through {@code api.tasks()}; this class only touches Swing on the EDT.
 *
 * <p>Fixed texts are bound through {@code api.i18n()}; the texts the panel computes (totals, status, messages)
 * are kept as recipes and rendered again after a language switch. A task still running when the panel is
 * disposed goes on in the status bar, but its result no longer touches this panel or the project.
 */
public final class ArchivePanel extends JPanel {
    private static final LocalizedText MANUAL_ENTRY = LocalizedText.of("（手入力）", "(enter manually)");
    private static final LocalizedText CANCELLED = LocalizedText.of("中止しました。もう一度エクスポートすると続きから再開します。",
            "Cancelled. Export again to resume where it stopped.");

    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final JComboBox<MailboxChoice> mailbox = new JComboBox<>();
    private final ServerAccountForm server;
    private final JButton inventoryButton = new JButton();
    private final FolderTableModel folders = new FolderTableModel();
    private final JTable table = new JTable(folders) {
        @Override
        protected void paintComponent(java.awt.Graphics g) {
            super.paintComponent(g);
            if (getRowCount() == 0) {
                // An empty table says what fills it, instead of looking broken.
                String hint = i18n.text("「棚卸し」を押すと、このメールボックスのフォルダーと件数がここに並びます。",
                        "Press Inventory to list this mailbox's folders and message counts here.");
                java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g2.setColor(javax.swing.UIManager.getColor("Label.disabledForeground"));
                java.awt.FontMetrics fm = g2.getFontMetrics(getFont());
                int x = Math.max(8, (getWidth() - fm.stringWidth(hint)) / 2);
                g2.drawString(hint, x, Math.min(getHeight() / 2, 48));
                g2.dispose();
            }
        }
    };
    private final JCheckBox selectAll = new JCheckBox("", true);
    private final JComboBox<ArchiveFormat> format = new JComboBox<>(ArchiveFormat.values());
    private final JTextField since = new JTextField(9);
    private final JTextField outDir = new JTextField(26);
    /** Dovecot allows 10 per user and IP; providers may allow fewer, so the default stays low. */
    private final JSpinner connections = new JSpinner(new SpinnerNumberModel(ArchiveExporter.DEFAULT_CONNECTIONS, 1, 10, 1));
    private final JButton exportButton = new JButton();
    private final JButton cancelButton = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final Computed totals = Computed.of(new JLabel(" "));
    /** Status and message wrap at the panel's width: a long explanation never widens the page (issue 15). */
    private final Computed status = Computed.of(new WrappingLabel(" "));
    private final Computed message = Computed.of(new WrappingLabel(" "));
    private TasksApi.TaskHandle<?> running;
    private Inventory inventory;

    /** A mailbox of the project, or the "type it in" entry (null mailbox). */
    record MailboxChoice(Mailbox mailbox) {
        String label() {
            return mailbox.displayName().isEmpty() ? mailbox.address() : mailbox.address() + " — " + mailbox.displayName();
        }
    }

    /** A label whose text the panel computes: shown now, and computed again in the new language after a switch. */
    private static final class Computed {
        final JComponent label;
        private final java.util.function.Consumer<String> setText;
        private Supplier<String> text = () -> " ";

        private Computed(JComponent label, java.util.function.Consumer<String> setText) {
            this.label = label;
            this.setText = setText;
        }

        static Computed of(JLabel label) {
            return new Computed(label, label::setText);
        }

        static Computed of(WrappingLabel label) {
            return new Computed(label, label::setText);
        }

        void show(Supplier<String> recipe) {
            text = recipe;
            refresh();
        }

        void refresh() {
            String t = text.get();
            setText.accept(t == null || t.isEmpty() ? " " : t);
        }
    }

    public ArchivePanel(WorkbenchApi api, PanelScope scope) {
        super(new MigLayout("fill, insets 12, gap 8 6", "[grow]", "[][][][grow][][][]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        this.server = new ServerAccountForm(i18n, "archive", ServerAccountForm.Options.imap().withProtocolChoice());
        setName("archive.panel");
        name();
        layoutTitle();
        layoutConnection();
        layoutFolders();
        layoutExport();
        fillMailboxes();
        wire();
        updateButtons();
        scope.onLocaleChanged(locale -> relabelComputed());
    }

    private void name() {
        mailbox.setName("archive.mailbox");
        inventoryButton.setName("archive.inventory");
        table.setName("archive.folders");
        selectAll.setName("archive.selectAll");
        totals.label.setName("archive.totals");
        format.setName("archive.format");
        since.setName("archive.since");
        outDir.setName("archive.out");
        connections.setName("archive.connections");
        exportButton.setName("archive.export");
        cancelButton.setName("archive.cancel");
        progress.setName("archive.progress");
        status.label.setName("archive.status");
        message.label.setName("archive.message");
    }

    private JLabel label(String ja, String en) {
        return i18n.bind(new JLabel(), LocalizedText.of(ja, en));
    }

    private JLabel hint(String ja, String en) {
        JLabel hint = label(ja, en);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        return hint;
    }

    private void layoutTitle() {
        JLabel title = label("メールアーカイブ", "Mail archive");
        title.setName("archive.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 6f));
        add(title, "split 2");
        // wraps beside the title on a narrow tab (1024 wide screen) instead of widening the page
        WrappingLabel lead = new WrappingLabel("");
        lead.setName("archive.lead");
        lead.setForeground(UIManager.getColor("Label.disabledForeground"));
        LocalizedText leadText = LocalizedText.of("サーバーのメールを、受け取ったままのバイト列で保存します。既読フラグは変わりません。",
                "Saves mail byte for byte as the server sends it. Read flags are not changed.");
        lead.setText(i18n.text(leadText));
        scope.onLocaleChanged(locale -> lead.setText(i18n.text(leadText)));
        add(lead, "gapleft 12, growx, wmin 0, wrap");
    }

    private void layoutConnection() {
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill]"));
        box.setBorder(BorderFactory.createTitledBorder(""));
        i18n.bind(box, LocalizedText.of("接続", "Connection"));
        box.add(label("メールボックス", "Mailbox"));
        mailbox.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                MailboxChoice c = (MailboxChoice) value;
                String text = c == null ? "" : c.mailbox() == null ? i18n.text(MANUAL_ENTRY) : c.label();
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        box.add(mailbox, "growx, wrap");
        box.add(server, "span, growx, wrap");
        i18n.bind(inventoryButton, LocalizedText.of("棚卸し", "Inventory"));
        box.add(inventoryButton, "span, alignx right, w pref!, wrap");
        add(box, "growx, wrap");
        add(hint("パスワードはどこにも保存されません。", "The password is never saved."), "gapleft 8, wrap");
    }

    private void layoutFolders() {
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 6));
        table.setFillsViewportHeight(true);
        i18n.bindColumns(table, FolderTableModel.HEADERS);
        table.getColumnModel().getColumn(0).setMaxWidth(36);
        table.getColumnModel().getColumn(1).setPreferredWidth(320);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 2; c < folders.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
            table.getColumnModel().getColumn(c).setPreferredWidth(90);
        }
        add(new JScrollPane(table), "grow, wrap, h 160:300:");
        i18n.bind(selectAll, LocalizedText.of("すべて選択", "Select all"));
        add(selectAll, "split 2");
        add(totals.label, "gapleft 16, growx, wrap");
    }

    private void layoutExport() {
        // Two rows of settings (what and how, then where) so the box fits a narrow tab (1024 wide screen).
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill]"));
        box.setBorder(BorderFactory.createTitledBorder(""));
        i18n.bind(box, LocalizedText.of("エクスポート", "Export"));
        i18n.bindTooltip(connections, LocalizedText.of("同時に使う IMAP 接続の数（プロバイダーの上限以内で）",
                "Parallel IMAP connections (within the provider's limit)"));
        format.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                String text = value == null ? "" : switch ((ArchiveFormat) value) {
                    case MBOX -> i18n.text("mbox（1 フォルダー 1 ファイル）", "mbox (one file per folder)");
                    case EML -> i18n.text("EML（1 通 1 ファイル）", "EML (one file per message)");
                    case MAILDIR -> "Maildir";
                };
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        box.add(label("形式", "Format"));
        box.add(format, "split 5, growx 0");
        box.add(label("この日以降", "Since"), "gapleft 12, growx 0");
        since.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
        box.add(since, "growx 0, w 110!");
        box.add(label("同時接続", "Connections"), "gapleft 12, growx 0");
        box.add(connections, "growx 0, w 60!, wrap");
        box.add(label("保存先", "Save to"));
        box.add(outDir, "split 2, growx, wmin 80");
        JButton browseOut = i18n.bind(new JButton(), LocalizedText.of("参照…", "Browse…"));
        browseOut.setName("archive.browseOut");
        browseOut.addActionListener(e -> chooseOutDir());
        box.add(browseOut, "growx 0, wrap");
        box.add(progress, "skip 1, split 3, growx, wmin 40, h 18!");
        i18n.bind(exportButton, LocalizedText.of("エクスポート", "Export"));
        i18n.bind(cancelButton, LocalizedText.of("中止", "Cancel"));
        box.add(exportButton, "growx 0, sg btn");
        box.add(cancelButton, "growx 0, sg btn, wrap");
        box.add(status.label, "span, growx, wmin 0");
        progress.setStringPainted(true);
        progress.setString("");
        add(box, "growx, wrap");
        add(message.label, "growx, wmin 0");
    }

    /** After a language switch: the bound texts are already relabelled; these are the ones the panel builds. */
    private void relabelComputed() {
        updateButtons();
        table.repaint();
        totals.refresh();
        status.refresh();
        message.refresh();
        mailbox.repaint();
        format.repaint();
    }

    private void fillMailboxes() {
        mailbox.addItem(new MailboxChoice(null));
        api.project().current().mailboxes().forEach(m -> mailbox.addItem(new MailboxChoice(m)));
        String mailHost = api.project().provider() == null ? null : api.project().provider().mailHost();
        server.setHost(mailHost);
        if (mailbox.getItemCount() > 1) {
            mailbox.setSelectedIndex(1);
            applyMailbox();
        }
    }

    private void applyMailbox() {
        selectedMailbox().ifPresent(m -> server.setUser(api.project().provider() == null ? m.address()
                : api.project().provider().usernameFor(m.address())));
    }

    private void wire() {
        mailbox.addActionListener(e -> applyMailbox());
        server.onProtocolChanged(p -> applyProtocol());
        inventoryButton.addActionListener(e -> runInventory());
        exportButton.addActionListener(e -> runExport());
        cancelButton.addActionListener(e -> {
            if (running != null) {
                running.cancel();
                status.show(() -> i18n.text("中止しています…（書き込み中のメールを保存してから止まります）",
                        "Cancelling… (finishing the message being written)"));
            }
        });
        selectAll.addActionListener(e -> folders.selectAll(selectAll.isSelected()));
        folders.addTableModelListener(e -> updateButtons());
    }

    private boolean pop3() {
        return server.protocol() == ServerAccountForm.Protocol.POP3;
    }

    /** POP3: one connection, no date filter (POP3 has no arrival dates); the old inventory is void. */
    private void applyProtocol() {
        boolean pop3 = pop3();
        connections.setEnabled(!pop3);
        since.setEnabled(!pop3);
        if (pop3) {
            since.setText("");
        }
        inventory = null;
        folders.setFolders(List.of());
        totals.show(() -> " ");
        status.show(() -> pop3 ? i18n.text("POP3: 受信箱 (INBOX) だけを UIDL で管理して保存します。サーバーのメールは変更しません。",
                "POP3: the inbox only, tracked by UIDL; nothing on the server changes.") : " ");
        updateButtons();
    }

    private void updateButtons() {
        boolean busy = running != null;
        inventoryButton.setEnabled(!busy);
        exportButton.setEnabled(!busy && inventory != null && !folders.selectedFolders().isEmpty());
        // A disabled button says why, and what to do first.
        exportButton.setToolTipText(busy ? i18n.text("処理中です。終わるか中止すると押せます。", "Working; available when done or cancelled.")
                : inventory == null ? i18n.text("先に「棚卸し」でフォルダーを数えてください。", "Run Inventory first to list the folders.")
                : folders.selectedFolders().isEmpty() ? i18n.text("保存するフォルダーにチェックを入れてください。",
                        "Tick the folders to save.")
                : null);
        cancelButton.setEnabled(busy);
    }

    /** Reads the form; shows what is wrong and returns null when something is. */
    private ImapAccount account() {
        try {
            return server.account();
        } catch (ServerAccountForm.InvalidInput e) {
            return fail(e.text(), e.field());
        }
    }

    private ImapAccount fail(LocalizedText text, JComponent focus) {
        showMessage(text, true);
        focus.requestFocusInWindow();
        return null;
    }

    private void showMessage(LocalizedText text, boolean error) {
        message.show(() -> i18n.text(text));
        message.label.setForeground(error ? new Color(0xC0392B) : UIManager.getColor("Label.foreground"));
    }

    private void clearMessage() {
        showMessage(LocalizedText.of(" ", " "), false);
    }

    /** Runs {@code action} on the EDT unless the panel has been disposed meanwhile. */
    private void later(Runnable action) {
        SwingUtilities.invokeLater(() -> {
            if (!scope.isDisposed()) {
                action.run();
            }
        });
    }

    private void runInventory() {
        ImapAccount account = account();
        if (account == null) {
            return;
        }
        clearMessage();
        status.show(() -> i18n.text("フォルダーを数えています…", "Counting folders…"));
        progress.setIndeterminate(true);
        boolean pop3 = pop3();
        Optional<Mailbox> forMailbox = selectedMailbox();
        var handle = api.tasks().submit(LocalizedText.of("メールボックスの棚卸し", "Mailbox inventory"), ctx -> {
            try {
                if (pop3) {
                    return Pop3InventoryScanner.scan(account);
                }
                return InventoryScanner.scan(account, (done, total, folder) -> {
                    ctx.progress(done, total, folder);
                    later(() -> status.show(() -> folder + " (" + done + "/" + total + ")"));
                }, ctx::isCancelled);
            } finally {
                account.clearPassword();
            }
        });
        running = handle;
        updateButtons();
        handle.result().whenComplete((inv, error) -> later(() -> {
            running = null;
            progress.setIndeterminate(false);
            if (error != null) {
                status.show(() -> " ");
                showMessage(explain(error), true);
            } else {
                showInventory(inv, forMailbox);
            }
            updateButtons();
        }));
    }

    private void showInventory(Inventory inv, Optional<Mailbox> forMailbox) {
        inventory = inv;
        folders.setFolders(inv.folders());
        selectAll.setSelected(true);
        totals.show(() -> {
            String quota = inv.quotaUsedBytes() < 0 ? ""
                    : i18n.text("　サーバー使用量 ", "   Server use ") + Sizes.human(inv.quotaUsedBytes())
                            + (inv.quotaLimitBytes() > 0 ? " / " + Sizes.human(inv.quotaLimitBytes()) : "");
            return i18n.text("合計 ", "Total ") + String.format("%,d", inv.messages()) + i18n.text(" 通　", " messages   ")
                    + Sizes.human(inv.bytes()) + i18n.text("　最大 ", "   largest ") + Sizes.human(inv.largestBytes()) + quota;
        });
        status.show(() -> i18n.text("棚卸しが終わりました。", "Inventory done."));
        forMailbox.ifPresent(m -> api.project().recordSection(section().withInventory(m.id(), m.address(), inv).toPlain()));
    }

    private Optional<Mailbox> selectedMailbox() {
        MailboxChoice c = (MailboxChoice) mailbox.getSelectedItem();
        return Optional.ofNullable(c == null ? null : c.mailbox());
    }

    private ArchiveProjectSection section() {
        return ArchiveProjectSection.fromPlain(api.project().current().plugins().get(MailboxArchivePlugin.ID));
    }

    private void runExport() {
        if (outDir.getText().isBlank()) {
            fail(LocalizedText.of("保存先のフォルダーを選んでください。", "Choose the folder to save to."), outDir);
            return;
        }
        Instant sinceInstant = null;
        if (!since.getText().isBlank()) {
            Optional<LocalDate> date = TypedDates.parse(since.getText(), LocalDate.now());
            if (date.isEmpty()) {
                fail(LocalizedText.of("日付として読めません（例: 2024/4/1）。", "Not a date (e.g. 2024/4/1)."), since);
                return;
            }
            sinceInstant = date.get().atStartOfDay(ZoneId.systemDefault()).toInstant();
        }
        ImapAccount account = account();
        if (account == null) {
            return;
        }
        clearMessage();
        Path out = Path.of(outDir.getText().trim()).toAbsolutePath();
        boolean pop3 = pop3();
        ArchiveExporter.Options options = ArchiveExporter.Options.of(out, (ArchiveFormat) format.getSelectedItem())
                .withFolders(folders.allSelected() ? List.of() : folders.selectedFolders()).withSince(sinceInstant)
                .withConnections(pop3 ? 1 : (Integer) connections.getValue());
        Optional<Mailbox> forMailbox = selectedMailbox();
        AtomicInteger planned = new AtomicInteger();
        AtomicLong plannedBytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        AtomicLong doneBytes = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<LocalizedText> fewer = new java.util.concurrent.atomic.AtomicReference<>();
        long start = System.nanoTime();
        progress.setIndeterminate(true);
        status.show(() -> i18n.text("準備しています…", "Preparing…"));
        java.util.concurrent.atomic.AtomicReference<ArchiveVerifier.Report> verified = new java.util.concurrent.atomic.AtomicReference<>();
        recordExportState(forMailbox, ArchiveProjectSection.ExportState.started(Instant.now()));
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
                            long elapsed = System.nanoTime() - start;
                            later(() -> showProgress(n, planned.get(), b, plannedBytes.get(), elapsed));
                        }
                    }

                    @Override
                    public void fewerConnections(int accepted, int wanted, Throwable cause) {
                        LocalizedText notice = fewerConnectionsNotice(accepted, wanted);
                        fewer.set(notice);
                        later(() -> showMessage(notice, false));
                    }
                };
                ExportReport report = pop3 ? new Pop3Exporter(account).export(account.host(), account.user(), options, listener, ctx::isCancelled)
                        : new ArchiveExporter(account).export(account.host(), account.user(), options, listener, ctx::isCancelled);
                if (!report.cancelled() && report.failures().isEmpty()) {
                    verified.set(verifyQuietly(out));
                }
                return report;
            } finally {
                account.clearPassword();
            }
        });
        running = handle;
        updateButtons();
        handle.result().whenComplete((report, error) -> later(() -> {
            running = null;
            progress.setIndeterminate(false);
            if (error != null) {
                showMessage(isCancel(error) ? CANCELLED : explain(error), !isCancel(error));
                recordExportState(forMailbox, isCancel(error) ? ArchiveProjectSection.ExportState.cancelled(Instant.now())
                        : ArchiveProjectSection.ExportState.failed(Instant.now(), explain(error)));
                int saved = done.get();
                int total = planned.get();
                status.show(() -> saved + " / " + total + i18n.text(" 通を保存済み", " messages saved"));
            } else {
                finished(report, out, forMailbox, fewer.get(), verified.get());
            }
            updateButtons();
        }));
    }

    private void showProgress(int n, int total, long bytes, long totalBytes, long elapsedNanos) {
        progress.setIndeterminate(false);
        progress.setMaximum(1000);
        progress.setValue(totalBytes == 0 ? 1000 : (int) (bytes * 1000 / totalBytes));
        progress.setString(String.format("%,d / %,d", n, total));
        double secs = Math.max(0.001, elapsedNanos / 1e9);
        double rate = bytes / secs;
        long etaSecs = rate <= 0 ? -1 : (long) ((totalBytes - bytes) / rate);
        status.show(() -> String.format(Locale.ROOT, "%s / %s · %.0f %s · %s/s · %s", Sizes.human(bytes),
                Sizes.human(totalBytes), n / secs, i18n.text("通/秒", "msg/s"), Sizes.human((long) rate), eta(etaSecs)));
    }

    private String eta(long secs) {
        if (secs < 0) {
            return "";
        }
        if (secs < 60) {
            return i18n.text("残り 1 分未満", "under a minute left");
        }
        long minutes = (secs + 59) / 60;
        return i18n.text("残り 約 " + minutes + " 分", "about " + minutes + " min left");
    }

    /** The server took fewer connections than asked: said while the export runs and again with its result. */
    static LocalizedText fewerConnectionsNotice(int accepted, int wanted) {
        return LocalizedText.of("サーバーが受け付けた接続は " + accepted + " 本でした（" + wanted + " 本を要求）。" + accepted
                        + " 本で続けます。",
                "The server accepted " + accepted + " of " + wanted + " connections; going on with " + accepted + ".");
    }

    /** @param fewer the notice that the server took fewer connections than asked, or null */
    /** Re-reads the fresh archive against its manifests (local files only); null when it cannot be read. */
    private ArchiveVerifier.Report verifyQuietly(Path out) {
        try {
            return ArchiveVerifier.verify(out);
        } catch (java.io.IOException | RuntimeException e) {
            api.log().warn("cannot verify archive " + out, e);
            return null;
        }
    }

    /** Kept in the project as a result (not an edit), so the visit route can tell a started or failed export. */
    private void recordExportState(Optional<Mailbox> forMailbox, ArchiveProjectSection.ExportState state) {
        forMailbox.ifPresent(m -> api.project().recordSection(section().withExportState(m.id(), m.address(), state).toPlain()));
    }

    private static ArchiveProjectSection.ExportState outcome(ExportReport report, ArchiveVerifier.Report verified) {
        Instant now = Instant.now();
        if (report.cancelled()) {
            return ArchiveProjectSection.ExportState.cancelled(now);
        }
        if (!report.failures().isEmpty()) {
            int n = report.failures().size();
            return ArchiveProjectSection.ExportState.failed(now, LocalizedText.of("取得できなかったメールが " + n + " 通あります。",
                    n + " message(s) could not be fetched."));
        }
        return ArchiveProjectSection.ExportState.finished(now, verified == null ? null : now,
                verified == null ? 0 : verified.problems().size());
    }

    private void finished(ExportReport report, Path out, Optional<Mailbox> forMailbox, LocalizedText fewer,
                          ArchiveVerifier.Report verified) {
        progress.setValue(progress.getMaximum());
        progress.setString(String.format("%,d / %,d", report.fetched(), report.fetched()));
        int archived = report.folders().stream().mapToInt(f -> f.alreadyArchived() + f.fetched()).sum();
        status.show(() -> i18n.text("新規 ", "New ") + String.format("%,d", report.fetched()) + i18n.text(" 通（", " messages (")
                + Sizes.human(report.fetchedBytes()) + i18n.text("）、保存済み合計 ", "), archived in total ")
                + String.format("%,d", archived) + i18n.text(" 通", ""));
        if (report.cancelled()) {
            showMessage(CANCELLED, false);
        } else if (!report.failures().isEmpty()) {
            message.show(() -> {
                StringBuilder sb = new StringBuilder(i18n.text("取得できなかったメール: ", "Not fetched: "));
                report.failuresByCause().forEach((cause, list) -> sb.append(cause).append(" ").append(list.size())
                        .append(i18n.text(" 通　", "  ")));
                return sb.append(i18n.text("（もう一度エクスポートすると再試行します）", "(export again to retry)")).toString();
            });
            message.label.setForeground(new Color(0xC0392B));
        } else {
            showMessage(fewer == null ? LocalizedText.of("完了しました: " + out, "Done: " + out)
                    : LocalizedText.of("完了しました: " + out + "　" + fewer.ja(), "Done: " + out + "  " + fewer.en()), false);
        }
        forMailbox.ifPresent(m -> {
            try {
                api.project().writeSection(i18n.text("アーカイブ情報を保存", "Save archive record"), section().withArchive(m.id(),
                        m.address(), ArchiveProjectSection.ArchiveRecord.of(ArchiveSummary.of(out), Instant.now()))
                        .withExportState(m.id(), m.address(), outcome(report, verified)).toPlain());
            } catch (java.io.IOException e) {
                api.log().warn("cannot summarise archive " + out, e);
                recordExportState(forMailbox, outcome(report, verified));
            }
        });
    }

    private static boolean isCancel(Throwable e) {
        return e instanceof CancellationException || e.getCause() instanceof CancellationException;
    }

    private static LocalizedText explain(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return ConnectionProblems.describe(e);
    }

    private void chooseOutDir() {
        JFileChooser chooser = new JFileChooser(outDir.getText().isBlank() ? null : outDir.getText());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            outDir.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    /** For tests: the decoded folder names in table order. */
    List<String> folderNames() {
        return IntStream.range(0, folders.getRowCount()).mapToObj(i -> folders.folder(i).name()).toList();
    }
}
