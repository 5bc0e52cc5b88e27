package dev.mailbench.serverpanel.ui;

import dev.mailbench.kit.swing.LocalizedTableModel;
import dev.mailbench.kit.swing.WrappingLabel;
import dev.mailbench.api.I18nApi;
import dev.mailbench.api.PanelScope;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.services.ServerPanelService.PanelSnapshot;
import dev.mailbench.serverpanel.engine.ApiKey;
import dev.mailbench.serverpanel.engine.CredentialStore;
import dev.mailbench.serverpanel.engine.OsCredentialStore;
import dev.mailbench.serverpanel.engine.ImportDiff;
import dev.mailbench.serverpanel.engine.KeyInfo;
import dev.mailbench.serverpanel.engine.PanelChange;
import dev.mailbench.serverpanel.engine.PanelEndpoint;
import dev.mailbench.serverpanel.engine.PanelException;
import dev.mailbench.serverpanel.engine.PanelFailure;
import dev.mailbench.serverpanel.engine.PanelImporter;
import dev.mailbench.serverpanel.engine.PanelSection;
import dev.mailbench.serverpanel.engine.ProjectMerge;
import dev.mailbench.serverpanel.engine.XserverApi;
import dev.mailbench.serverpanel.engine.XserverConnector;
import java.awt.Font;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * サーバーパネル連携: connect with the customer's key, import the panel with progress and cancel, see the differences
 * field by field, merge as one undo step; DNS changes planned, confirmed, sent, audited and undone ({@link DnsChangesPane}). Thin over the engine. The key lives in the password field only (memory, this
 * session) and in no project, setting or log.
 */
public final class ServerPanelView extends JPanel {
    private final WorkbenchApi api;
    private final I18nApi i18n;
    private final PanelScope scope;
    private final JTextField servername = new JTextField(24);
    private final JPasswordField key = new JPasswordField(30);
    private final JButton keptKeyButton = new JButton();
    private final JCheckBox keepKey = new JCheckBox();
    private final Supplier<CredentialStore> credentials;
    /** The key read from the OS credential store; used while the key field is empty. */
    private ApiKey keptKey;
    private final JTextField baseUrl = new JTextField(30);
    private final JTextField caFile = new JTextField(30);
    private final JButton connectButton = new JButton();
    private final JButton importButton = new JButton();
    private final JButton mergeButton = new JButton();
    private final JButton cancelButton = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    /** The whole text of the last message (an error explanation is longer than the status line). */
    private final JTextArea message = new JTextArea(0, 60);
    private final JTextArea keyInfo = new JTextArea(0, 60);
    private final JTextArea hint = new JTextArea(1, 60);
    private LocalizedText hintText;
    private final WrappingLabel sub = new WrappingLabel("");
    private LocalizedText subText;
    private final ChangeTableModel toProject;
    private final ChangeTableModel sinceLast;
    private final JTabbedPane tabs = new JTabbedPane();
    private DnsChangesPane dnsChanges;
    private MailboxPane mailbox;
    private Supplier<String> statusText = () -> " ";
    private KeyInfo lastKeyInfo;
    private PanelSnapshot imported;
    private TasksApi.TaskHandle<?> running;

    private ProposalPane proposals;
    private final dev.mailbench.serverpanel.ProposalInbox inbox;

    public ServerPanelView(WorkbenchApi api, PanelScope scope) {
        this(api, scope, OsCredentialStore::system, new dev.mailbench.serverpanel.ProposalInbox());
    }

    public ServerPanelView(WorkbenchApi api, PanelScope scope, Supplier<CredentialStore> credentials,
            dev.mailbench.serverpanel.ProposalInbox inbox) {
        super(new MigLayout("fill, insets 12, gap 8 6", "[grow]", "[][][][][grow]"));
        this.api = api;
        this.i18n = api.i18n();
        this.scope = scope;
        this.credentials = credentials;
        this.inbox = inbox;
        this.toProject = new ChangeTableModel(i18n);
        this.sinceLast = new ChangeTableModel(i18n);
        setName("panel.view");
        title();
        connection();
        actions();
        results();
        prefill();
        updateButtons();
        scope.onLocaleChanged(locale -> rerender());
        scope.onDispose(() -> {
            if (running != null) {
                running.cancel();
            }
            java.util.Arrays.fill(key.getPassword(), '\0');
            key.setText("");
            if (keptKey != null) {
                keptKey.wipe();
            }
        });
    }

    private void title() {
        JLabel title = i18n.bind(new JLabel(), LocalizedText.of("サーバーパネル連携", "Server panel"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 6f));
        add(title, "split 2");
        // wraps beside the title on a narrow tab (1024 wide screen) instead of widening the page
        subText = LocalizedText.of(
                "お客様の Xserver から、メールアカウント・容量と使用量・転送・振り分け・DNS を API で読み込みます。",
                "Reads mail accounts, quota and usage, forwarding, filters and DNS from the customer's Xserver through its API.");
        sub.setName("panel.subtitle");
        sub.setText(i18n.text(subText));
        sub.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(sub, "gapleft 12, growx, wmin 0, wrap");
    }

    private void connection() {
        JPanel box = new JPanel(new MigLayout("insets 8, gap 6 6", "[right][grow,fill]"));
        box.setBorder(BorderFactory.createTitledBorder(""));
        i18n.bind(box, LocalizedText.of("接続", "Connection"));
        servername.setName("panel.servername");
        key.setName("panel.key");
        baseUrl.setName("panel.baseUrl");
        caFile.setName("panel.ca");
        box.add(i18n.bind(new JLabel(), LocalizedText.of("サーバー名（初期ドメイン）", "Server name (initial domain)")));
        i18n.bindPlaceholder(servername, LocalizedText.of("例: xs123456.xsrv.jp", "e.g. xs123456.xsrv.jp"));
        box.add(servername, "growx 0, w 260!, wrap");
        box.add(i18n.bind(new JLabel(), LocalizedText.of("API キー", "API key")));
        i18n.bindPlaceholder(key, LocalizedText.of("xs_ で始まるキー（お客様の APIキー管理で発行）",
                "key starting with xs_ (issued in the customer's API key management)"));
        // the placeholder is cut on a narrow tab: the tooltip says it whole
        i18n.bindTooltip(key, LocalizedText.of("xs_ で始まるキー（お客様の APIキー管理で発行）",
                "key starting with xs_ (issued in the customer's API key management)"));
        keptKeyButton.setName("panel.keptKey");
        keepKey.setName("panel.keepKey");
        i18n.bind(keptKeyButton, LocalizedText.of("保管したキーを使う", "Use the kept key"));
        i18n.bind(keepKey, LocalizedText.of("接続できたらキーを OS の資格情報ストアに保管する",
                "Keep the key in the OS credential store once connected"));
        box.add(key, "split 2, growx");
        box.add(keptKeyButton, "growx 0, wrap");
        box.add(keepKey, "skip 1, wrap");
        keptKeyButton.addActionListener(e -> useKeptKey());
        box.add(i18n.bind(new JLabel(), LocalizedText.of("API の URL", "API URL")));
        i18n.bindPlaceholder(baseUrl, LocalizedText.of("空欄なら " + PanelEndpoint.XSERVER, "empty: " + PanelEndpoint.XSERVER));
        box.add(baseUrl, "wrap");
        box.add(i18n.bind(new JLabel(), LocalizedText.of("追加の CA 証明書", "Extra CA certificate")));
        i18n.bindPlaceholder(caFile, LocalizedText.of("社内プロキシや検証環境の CA（通常は空欄）", "company proxy or lab CA (usually empty)"));
        box.add(caFile, "wrap");
        hint.setName("panel.hint");
        wrapping(hint);
        hintText = LocalizedText.of(
                "キーはこの画面を開いている間だけメモリに置き、プロジェクト・設定・ログには保存しません（保管を選んだときだけ OS の"
                        + "資格情報ストアに保管します）。読み込みだけなら読み取り専用のキーで十分です。",
                "The key stays in memory while this screen is open and is never saved in the project, settings or logs (only "
                        + "the OS credential store keeps it, when you choose so). A read-only key is enough for reading.");
        hint.setText(i18n.text(hintText));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        box.add(hint, "skip 1, growx, wmin 0, wrap");
        keyInfo.setName("panel.keyInfo");
        wrapping(keyInfo);
        keyInfo.setVisible(false);
        box.add(keyInfo, "skip 1, growx, wmin 0, hidemode 3, wrap");
        add(box, "growx, wrap");
    }

    static JTextArea wrapping(JTextArea area) {
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setFont(UIManager.getFont("Label.font"));
        return area;
    }

    private void actions() {
        connectButton.setName("panel.connect");
        importButton.setName("panel.import");
        mergeButton.setName("panel.merge");
        cancelButton.setName("panel.cancel");
        progress.setName("panel.progress");
        status.setName("panel.status");
        i18n.bind(connectButton, LocalizedText.of("接続を確認", "Check connection"));
        i18n.bind(importButton, LocalizedText.of("読み込み", "Import"));
        i18n.bind(mergeButton, LocalizedText.of("プロジェクトに取り込む", "Merge into the project"));
        i18n.bind(cancelButton, LocalizedText.of("中止", "Cancel"));
        add(connectButton, "split 6, sg btn");
        add(importButton, "sg btn");
        add(cancelButton, "sg btn, gapright 12");
        add(progress, "w 40:200:200");
        add(status, "growx, pushx, wmin 0");
        add(mergeButton, "wrap");
        message.setName("panel.message");
        wrapping(message);
        message.setVisible(false);
        add(message, "growx, wmin 0, hidemode 3, wrap");
        connectButton.addActionListener(e -> runConnect());
        importButton.addActionListener(e -> runImport());
        mergeButton.addActionListener(e -> merge());
        cancelButton.addActionListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    private void results() {
        JTable projectTable = new JTable(toProject);
        projectTable.setName("panel.diff");
        JTable sinceTable = new JTable(sinceLast);
        sinceTable.setName("panel.since");
        tabs.setName("panel.tabs");
        tabs.addTab("", new JScrollPane(projectTable));
        tabs.addTab("", new JScrollPane(sinceTable));
        dnsChanges = new DnsChangesPane(api, scope, this::connector);
        dnsChanges.status = this::show;
        tabs.addTab("", dnsChanges);
        mailbox = new MailboxPane(api, scope, this::connector);
        tabs.addTab("", mailbox);
        proposals = new ProposalPane(api, scope, this::connector);
        proposals.status = this::show;
        tabs.addTab("", proposals);
        inbox.latest().ifPresent(proposals::show);
        Runnable stop = inbox.listen(p -> SwingUtilities.invokeLater(() -> {
            if (!scope.isDisposed()) {
                proposals.show(p);
                tabs.setSelectedComponent(proposals);
            }
        }));
        scope.onDispose(stop);
        add(tabs, "grow, wrap");
        rerenderTabs();
    }

    private void prefill() {
        api.project().readSection(PanelSection.class).map(PanelSection::lastImport)
                .ifPresent(last -> servername.setText(last.servername()));
    }

    private void updateButtons() {
        boolean busy = running != null;
        connectButton.setEnabled(!busy);
        keptKeyButton.setEnabled(!busy);
        importButton.setEnabled(!busy);
        cancelButton.setEnabled(busy);
        mergeButton.setEnabled(!busy && imported != null);
    }

    // ------------------------------------------------------------------ runs

    /** The connector for what the form says; null (with the message shown) when something is missing or wrong. */
    private XserverConnector connector() {
        char[] typed = key.getPassword();
        ApiKey apiKey = typed.length == 0 && keptKey != null ? keptKey : ApiKey.of(typed);
        java.util.Arrays.fill(typed, '\0');
        try {
            if (apiKey.isBlank() || !apiKey.looksLikeXserverKey()) {
                show(LocalizedText.of("API キーを入力してください（xs_ で始まる文字列）。", "Enter the API key (it starts with xs_)."));
                return null;
            }
            URI base = baseUrl.getText().isBlank() ? PanelEndpoint.XSERVER : URI.create(baseUrl.getText().strip());
            Path ca = caFile.getText().isBlank() ? null : Path.of(caFile.getText().strip());
            if (ca != null && !Files.isRegularFile(ca)) {
                show(LocalizedText.of("CA 証明書のファイルが見つかりません: " + ca, "CA certificate file not found: " + ca));
                return null;
            }
            return new XserverConnector(new XserverApi(new PanelEndpoint(base, ca, Duration.ofSeconds(20)), apiKey),
                    servername.getText());
        } catch (IllegalArgumentException e) {
            show(LocalizedText.of(e.getMessage(), e.getMessage()));
        } catch (PanelException e) {
            show(e.explanation());
        }
        return null;
    }

    private void runConnect() {
        XserverConnector connector = connector();
        if (connector == null) {
            return;
        }
        start(LocalizedText.of("接続を確認しています…", "Checking the connection…"));
        run(LocalizedText.of("サーバーパネルへの接続", "Server panel connection"), ctx -> connector.keyInfo(ctx::isCancelled),
                info -> {
                    lastKeyInfo = info;
                    show(LocalizedText.of("接続できました。", "Connected."));
                    if (keepKey.isSelected()) {
                        keep();
                    }
                });
    }

    /** Reads the key kept for the server name; the key field stays empty, so the key never becomes a String here. */
    private void useKeptKey() {
        String name = servername.getText().strip();
        if (name.isEmpty()) {
            show(LocalizedText.of("サーバー名を入力してください。", "Enter the server name."));
            return;
        }
        start(LocalizedText.of("OS の資格情報ストアを読んでいます…", "Reading the OS credential store…"));
        run(LocalizedText.of("API キーの読み込み（資格情報ストア）", "API key from the credential store"), ctx -> stored(name), result -> {
            if (result.key() != null) {
                keptKey = result.key();
                key.setText("");
                i18n.bindPlaceholder(key, LocalizedText.of("保管したキーを使います（入力すると入力したキーを使います）",
                        "using the kept key (type one to use that instead)"));
            }
            show(result.message());
        });
    }

    private record Stored(ApiKey key, LocalizedText message) {
    }

    private Stored stored(String name) {
        CredentialStore store = credentials.get();
        try {
            Optional<ApiKey> kept = store.load(name);
            return kept.map(k -> new Stored(k, LocalizedText.of(store.name().ja() + "に保管した " + name + " のキーを使います。",
                    "Using the key for " + name + " kept in " + store.name().en() + ".")))
                    .orElseGet(() -> new Stored(null, LocalizedText.of(store.name().ja() + "に " + name + " のキーはありません。",
                            "No key for " + name + " is kept in " + store.name().en() + ".")));
        } catch (CredentialStore.CredentialStoreException e) {
            return new Stored(null, e.explanation());
        }
    }

    /** After a connection proved the key: keeps it, or says why nothing was kept (no store: nothing, never a file). */
    private void keep() {
        String name = servername.getText().strip();
        char[] typed = key.getPassword();
        ApiKey typedKey = typed.length == 0 ? null : ApiKey.of(typed);
        java.util.Arrays.fill(typed, '\0');
        if (typedKey == null) {
            return; // the kept key was used: nothing new to keep
        }
        run(LocalizedText.of("API キーの保管（資格情報ストア）", "Keeping the API key"), ctx -> {
            CredentialStore store = credentials.get();
            try {
                store.save(name, typedKey);
                return LocalizedText.of(name + " のキーを" + store.name().ja() + "に保管しました。",
                        "The key for " + name + " is kept in " + store.name().en() + ".");
            } catch (CredentialStore.CredentialStoreException e) {
                return e.explanation();
            } finally {
                typedKey.wipe();
            }
        }, text -> show(LocalizedText.of("接続できました。" + text.ja(), "Connected. " + text.en())));
    }

    private void runImport() {
        XserverConnector connector = connector();
        if (connector == null) {
            return;
        }
        start(LocalizedText.of("読み込んでいます…", "Importing…"));
        run(LocalizedText.of("サーバーパネルの読み込み", "Server panel import"), ctx -> {
            KeyInfo info = connector.keyInfo(ctx::isCancelled);
            SwingUtilities.invokeLater(() -> {
                lastKeyInfo = info;
                rerenderKeyInfo();
            });
            return new PanelImporter(Clock.systemUTC()).run(connector, (done, total, what) -> {
                ctx.progress(done, total, what.get(i18n.locale()));
                SwingUtilities.invokeLater(() -> {
                    if (!scope.isDisposed()) {
                        progress.setMaximum(Math.max(1, total));
                        progress.setValue(done);
                        statusText = () -> i18n.text(what) + " (" + done + "/" + total + ")";
                        status.setText(statusText.get());
                    }
                });
            }, ctx::isCancelled);
        }, snapshot -> {
            imported = snapshot;
            toProject.setRows(ImportDiff.againstProject(api.project().current(), snapshot));
            Optional<PanelSnapshot> last = api.project().readSection(PanelSection.class).map(PanelSection::lastImport);
            sinceLast.setRows(last.map(l -> ImportDiff.sinceLastImport(l, snapshot)).orElse(List.of()));
            int accounts = snapshot.accounts().size();
            show(LocalizedText.of("読み込み完了: " + accounts + " アカウント。差分を確認してから取り込んでください。",
                    "Import complete: " + accounts + " accounts. Review the differences, then merge."));
            rerenderTabs();
        });
    }

    private void merge() {
        PanelSnapshot snapshot = imported;
        if (snapshot == null) {
            return;
        }
        api.project().update(i18n.text("サーバーパネルから取り込み", "Merge from the server panel"),
                p -> ProjectMerge.merge(p, snapshot));
        imported = null;
        toProject.setRows(ImportDiff.againstProject(api.project().current(), snapshot));
        show(LocalizedText.of("プロジェクトに取り込みました（元に戻すで一度に戻せます）。",
                "Merged into the project (one undo reverts it)."));
        updateButtons();
        rerenderTabs();
    }

    private interface Work<T> {
        T run(TasksApi.TaskContext ctx) throws Exception;
    }

    private <T> void run(LocalizedText title, Work<T> work, java.util.function.Consumer<T> done) {
        TasksApi.TaskHandle<T> handle = api.tasks().submit(title, work::run);
        running = handle;
        updateButtons();
        handle.result().whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            if (scope.isDisposed()) {
                return;
            }
            running = null;
            progress.setValue(0);
            if (error == null) {
                done.accept(result);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof CancellationException
                        || cause instanceof PanelException p && p.failure() == PanelFailure.CANCELLED) {
                    show(LocalizedText.of("中止しました。プロジェクトは変わっていません。", "Cancelled. The project is unchanged."));
                } else if (cause instanceof PanelException p) {
                    show(p.explanation());
                } else {
                    show(LocalizedText.of("予期しないエラー: " + cause.getClass().getSimpleName(),
                            "Unexpected error: " + cause.getClass().getSimpleName()));
                }
            }
            rerenderKeyInfo();
            updateButtons();
        }));
    }

    private void start(LocalizedText text) {
        show(text);
        progress.setIndeterminate(false);
        progress.setValue(0);
    }

    private void show(LocalizedText text) {
        statusText = () -> i18n.text(text);
        rerenderStatus();
    }

    private void rerenderStatus() {
        String text = statusText.get();
        status.setText(text);
        status.setToolTipText(text);
        // the full text below the buttons when the status line cannot show it all
        boolean long_ = text.length() > 60 || text.contains("\n");
        message.setText(long_ ? text : "");
        message.setVisible(long_);
    }

    // ------------------------------------------------------------------ texts computed from results

    private void rerender() {
        hint.setText(i18n.text(hintText));
        sub.setText(i18n.text(subText));
        rerenderStatus();
        rerenderKeyInfo();
        rerenderTabs();
        toProject.fireTableStructureChanged();
        sinceLast.fireTableStructureChanged();
        dnsChanges.rerender();
        mailbox.rerender();
        proposals.rerender();
    }

    private void rerenderKeyInfo() {
        keyInfo.setVisible(lastKeyInfo != null);
        if (lastKeyInfo == null) {
            keyInfo.setText("");
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text("権限: ", "Permission: ") + i18n.text(lastKeyInfo.permissionLabel()) + "　"
                + i18n.text("有効期限: ", "Expires: ") + (lastKeyInfo.expiresAt() == null ? i18n.text("なし", "never")
                : lastKeyInfo.expiresAt().toString()));
        for (LocalizedText advice : lastKeyInfo.advice(Instant.now(), true)) {
            lines.add("⚠ " + i18n.text(advice));
        }
        keyInfo.setText(String.join("\n", lines));
    }

    private void rerenderTabs() {
        tabs.setTitleAt(0, i18n.text("プロジェクトとの差分", "Differences to the project") + " (" + toProject.getRowCount() + ")");
        tabs.setTitleAt(1, i18n.text("前回の読み込みからの変化", "Changes since the last import") + " (" + sinceLast.getRowCount() + ")");
        tabs.setTitleAt(2, i18n.text("DNS の変更", "DNS changes"));
        tabs.setTitleAt(3, i18n.text("メールアカウントの作成", "New mail account"));
        tabs.setTitleAt(4, i18n.text("提案された変更", "Proposed changes"));
    }

    /** Rows of changes: kind, area, key, field, before, after. */
    static final class ChangeTableModel extends LocalizedTableModel<PanelChange> {
        ChangeTableModel(I18nApi i18n) {
            super(i18n, LocalizedText.of("区分", "Kind"), LocalizedText.of("種類", "Area"),
                LocalizedText.of("対象", "Item"), LocalizedText.of("項目", "Field"), LocalizedText.of("現在", "Now"),
                LocalizedText.of("パネル", "Panel"));
        }

        @Override
        public Object getValueAt(int row, int column) {
            PanelChange c = row(row);
            return switch (column) {
                case 0 -> switch (c.kind()) {
                    case NEW -> i18n.text("新規", "New");
                    case CHANGED -> i18n.text("変更", "Changed");
                    case GONE -> i18n.text("パネルになし", "Not in panel");
                };
                case 1 -> area(c.area());
                case 2 -> c.key();
                case 3 -> field(c.field());
                case 4 -> c.before();
                default -> c.after();
            };
        }

        private String field(String field) {
            return switch (field) {
                case "serverId" -> i18n.text("サーバー ID", "Server ID");
                case "quotaMb" -> i18n.text("容量 (MB)", "Quota (MB)");
                case "usedMb" -> i18n.text("使用量 (MB)", "Used (MB)");
                case "forwardTo" -> i18n.text("転送先", "Forward to");
                case "keepInMailbox" -> i18n.text("転送時にメールボックスに残す", "Keep a copy when forwarding");
                case "memo" -> i18n.text("メモ", "Memo");
                case "priority" -> i18n.text("優先度", "Priority");
                case "conditions" -> i18n.text("条件", "Conditions");
                case "action" -> i18n.text("処理", "Action");
                case "content" -> i18n.text("内容", "Content");
                case "host" -> i18n.text("ホスト", "Host");
                case "type" -> i18n.text("タイプ", "Type");
                default -> field;
            };
        }

        private String area(String area) {
            return switch (area) {
                case "server" -> i18n.text("サーバー", "Server");
                case "domain" -> i18n.text("ドメイン", "Domain");
                case "mailbox" -> i18n.text("メールボックス", "Mailbox");
                case "filter" -> i18n.text("振り分け", "Filter");
                case "dns" -> "DNS";
                default -> area;
            };
        }
    }

    /** For tests: the import waiting to be merged. */
    PanelSnapshot imported() {
        return imported;
    }

    Locale locale() {
        return i18n.locale();
    }
}
