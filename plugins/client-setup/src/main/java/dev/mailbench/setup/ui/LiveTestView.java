package dev.mailbench.setup.ui;

import dev.mailbench.api.I18nApi;
import dev.mailbench.api.TasksApi;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.Endpoints;
import dev.mailbench.setup.engine.ServerSetting.Service;
import dev.mailbench.setup.engine.Symptom;
import dev.mailbench.setup.engine.live.Diagnosis;
import dev.mailbench.setup.engine.live.LiveTestHistory;
import dev.mailbench.setup.engine.live.LiveTestReport;
import dev.mailbench.setup.engine.live.LiveTester;
import dev.mailbench.setup.engine.live.ProbeResult;
import dev.mailbench.setup.engine.live.ProbeTarget;
import dev.mailbench.setup.engine.live.ReportTable;
import java.awt.Color;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The live connection test: server and user as the device has them, a password typed in (kept in memory
 * only, wiped after the run), then the result matrix with a plain-language diagnosis per failure.
 */
final class LiveTestView extends JPanel {
    private final SetupPanel panel;
    private final JTextField host = new JTextField();
    private final JTextField user = new JTextField();
    private final JPasswordField password = new JPasswordField();
    private final JTextField ca = new JTextField();
    private final JComboBox<Symptom> symptom;
    /** The device and address picked on the left: its client kind and address go with the test. */
    private DeviceSetup current;
    private final JCheckBox roundTrip;
    private final JCheckBox port25;
    private final JButton run;
    private final JButton cancel;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel state = new JLabel(" ");
    private final DefaultTableModel model = new DefaultTableModel() {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable matrix = new JTable(model);
    private final JTextArea diagnosis = new JTextArea();
    private TasksApi.TaskHandle<LiveTestReport> handle;
    private LiveTester tester;
    /** The last result shown, re-rendered when the language changes; null before the first run. */
    private LiveTestReport shown;

    LiveTestView(SetupPanel panel) {
        super(new MigLayout("fill, insets 12", "[right][grow,fill][right][grow,fill]", "[][][][][]8[]8[grow 40][grow 60]"));
        this.panel = panel;
        I18nApi i18n = panel.i18n();
        host.setName("setup.live.host");
        user.setName("setup.live.user");
        password.setName("setup.live.password");
        ca.setName("setup.live.ca");
        i18n.bindTooltip(ca, LocalizedText.of("社内・検証用の CA 証明書 (PEM)。通常は空のまま（OS 標準の認証局を使います）",
                "A company or lab CA (PEM). Usually empty: the standard authorities are used"));
        add(i18n.bind(new JLabel(), LocalizedText.of("サーバー", "Server")));
        // wmin: the fields give way before the page needs a sideways scroll on a 1024 wide screen
        add(host, "wmin 60");
        add(i18n.bind(new JLabel(), LocalizedText.of("ユーザー名", "User name")));
        add(user, "wmin 60, wrap");
        add(i18n.bind(new JLabel(), LocalizedText.of("パスワード", "Password")));
        add(password, "wmin 60");
        add(i18n.bind(new JLabel(), LocalizedText.of("追加の CA", "Extra CA")));
        // Says what it does: a bare "…" left the consultant guessing.
        JButton browse = i18n.bind(new JButton(), LocalizedText.of("参照…", "Browse…"));
        i18n.bindTooltip(browse, LocalizedText.of("お客様の社内 CA など、追加で信頼する証明書（PEM）を選びます",
                "Choose an extra certificate (PEM) to trust, such as the customer's own CA"));
        browse.setName("setup.live.caBrowse");
        browse.addActionListener(e -> {
            JFileChooser c = new JFileChooser();
            if (c.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                ca.setText(c.getSelectedFile().getPath());
            }
        });
        add(ca, "split 2, growx, wmin 60");
        add(browse, "wrap");
        symptom = SymptomCombo.create("setup.live.symptom", panel);
        i18n.bindTooltip(symptom, LocalizedText.of("お客様の言う症状。端末のメールソフトと合わせて原因を示します",
                "What the customer reports; with the device's mail client it names the cause"));
        add(i18n.bind(new JLabel(), LocalizedText.of("見えている症状", "Observed symptom")));
        add(symptom, "span 3, growx, wmin 120, wrap");
        JLabel note = i18n.bind(new JLabel(), LocalizedText.of(
                "<html>パスワードは保存・記録しません<br>（メモリ上でのみ使い、終了後に消去）。</html>",
                "<html>The password is never saved or logged<br>(used in memory only, wiped afterwards).</html>"));
        note.setForeground(Color.GRAY);
        add(note, "span, left, wrap");
        roundTrip = i18n.bind(new JCheckBox("", true), LocalizedText.of("自分宛てにテストメールを送り IMAP で受信を確認", "Send a test message to itself and find it by IMAP"));
        roundTrip.setName("setup.live.roundTrip");
        port25 = i18n.bind(new JCheckBox(), LocalizedText.of("ポート 25 も確認 (OP25B)", "Also check port 25 (OP25B)"));
        port25.setName("setup.live.port25");
        run = i18n.bind(new JButton(), LocalizedText.of("接続テスト開始", "Run test"));
        run.setName("setup.live.run");
        run.addActionListener(e -> start());
        cancel = i18n.bind(new JButton(), LocalizedText.of("中止", "Cancel"));
        cancel.setName("setup.live.cancel");
        cancel.setEnabled(false);
        cancel.addActionListener(e -> stop());
        // each option on a row of its own, then the buttons and progress: side by side they do not fit 1024 wide
        add(roundTrip, "span, left, wrap");
        add(port25, "span, left, wrap");
        add(run, "span, left, split 3");
        add(cancel);
        add(progress, "w 160!, wrap");
        state.setName("setup.live.status");
        add(state, "span, left, wrap");
        progress.setName("setup.live.progress");

        List<LocalizedText> header = ReportTable.columns();
        header.forEach(c -> model.addColumn(i18n.text(c)));
        i18n.bindColumns(matrix, header.toArray(LocalizedText[]::new));
        matrix.setName("setup.live.matrix");
        matrix.setRowHeight(matrix.getRowHeight() + 6);
        matrix.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
                super.getTableCellRendererComponent(t, v, sel, focus, row, col);
                String s = String.valueOf(v);
                if (!sel) {
                    setForeground(s.startsWith("OK") || s.equals("正常") ? new Color(0x1B7F3A) : s.equals("NG") || col == t.getColumnCount() - 1 && !s.isEmpty()
                            ? new Color(0xB3261E) : t.getForeground());
                }
                return this;
            }
        });
        matrix.getColumnModel().getColumn(0).setMinWidth(170);
        for (int c = 1; c < header.size() - 1; c++) {
            matrix.getColumnModel().getColumn(c).setMinWidth(92);
        }
        matrix.getColumnModel().getColumn(header.size() - 1).setPreferredWidth(420);
        add(new JScrollPane(matrix), "span, grow, wmin 0, wrap");
        diagnosis.setName("setup.live.diagnosis");
        diagnosis.setEditable(false);
        diagnosis.setLineWrap(true);
        diagnosis.setWrapStyleWord(true);
        add(new JScrollPane(diagnosis), "span, grow, wmin 0");
        panel.scope().onLocaleChanged(l -> showReport());
        panel.scope().onDispose(this::stop);
    }

    void show(DeviceSetup d) {
        if (d == null || d.settings().incoming() == null || handle != null) {
            return;
        }
        current = d;
        host.setText(d.settings().incoming().host());
        user.setText(d.settings().username());
    }

    private void start() {
        String h = host.getText();
        String u = user.getText();
        if (h.isBlank() || u.isBlank()) {
            state(LocalizedText.of("サーバーとユーザー名を入力してください。", "Enter the server and the user name."));
            return;
        }
        char[] pw = password.getPassword();
        if (pw.length == 0) {
            state(LocalizedText.of("パスワードを入力してください。", "Enter the password."));
            return;
        }
        Path caFile = ca.getText().isBlank() ? null : Path.of(ca.getText().strip());
        if (caFile != null && !Files.isReadable(caFile)) {
            Arrays.fill(pw, '\0');
            state(LocalizedText.of("CA ファイルを読めません: " + caFile, "Cannot read the CA file: " + caFile));
            return;
        }
        Endpoints ep = Endpoints.of(panel.api().project().provider());
        List<ProbeTarget> targets = new ArrayList<>(ProbeTarget.standard(ep, false));
        if (port25.isSelected()) {
            targets.add(new ProbeTarget(Service.SMTP, Endpoints.SMTP_RELAY_PORT, Encryption.NONE, true));
        }
        LiveTester.Context context = new LiveTester.Context(panel.api().project().provider(),
                current == null ? "" : current.mailbox().address(), panel.setup().domains(),
                current == null ? null : current.device().client(), (Symptom) symptom.getSelectedItem());
        LiveTester.Request request = new LiveTester.Request(h, u, pw, targets, caFile, ep.implicitTlsPorts(), ep.host(),
                Duration.ofSeconds(4), Duration.ofSeconds(6), roundTrip.isSelected(), Duration.ofSeconds(30), context);
        shown = null;
        showReport();
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setIndeterminate(true);
        state(LocalizedText.of("接続テスト中…", "Testing…"));
        LiveTester t = new LiveTester();
        tester = t;
        handle = panel.api().tasks().submit(LocalizedText.of("接続テスト: " + h, "Connection test: " + h), ctx -> {
            try {
                return t.run(request, (done, total, message) -> {
                    if (ctx.isCancelled()) {
                        t.cancel();
                    }
                    ctx.progress(done, total, message);
                    SwingUtilities.invokeLater(() -> {
                        progress.setIndeterminate(false);
                        progress.setMaximum(total);
                        progress.setValue(done);
                        if (!message.isEmpty()) {
                            state(LocalizedText.of("確認中: " + message, "Checking: " + message));
                        }
                    });
                });
            } finally {
                Arrays.fill(pw, '\0');
            }
        });
        handle.result().whenComplete((report, error) -> SwingUtilities.invokeLater(() -> finished(report, error)));
    }

    private void stop() {
        if (tester != null) {
            tester.cancel();
        }
        if (handle != null) {
            handle.cancel();
        }
    }

    private void state(LocalizedText text) {
        panel.i18n().bind(state, text);
    }

    private void finished(LiveTestReport report, Throwable error) {
        if (panel.scope().isDisposed()) {
            return;
        }
        handle = null;
        tester = null;
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        if (error != null || report == null) {
            String why = error == null ? "" : ArtifactView.rootMessage(error);
            state(error == null || why.contains("cancel")
                    ? LocalizedText.of("中止しました。", "Cancelled.") : LocalizedText.of("テストできません: " + why, "Cannot test: " + why));
            return;
        }
        shown = report;
        showReport();
        state(report.cancelled() ? LocalizedText.of("中止しました。", "Cancelled.")
                : report.allOk() && !report.notes().isEmpty() ? LocalizedText.of("この回線からの接続はすべて正常です。症状の原因は下の説明を見てください。",
                        "Every connection from this line works: see below for the cause of the symptom.")
                : report.allOk() ? LocalizedText.of("すべて正常です。", "All checks passed.")
                : LocalizedText.of("失敗した項目があります。下の診断を見てください。", "Some checks failed: see the diagnoses below."));
        if (!report.cancelled()) {
            Object section = panel.api().project().readSection(Map.class).orElse(null);
            panel.api().project().recordSection(LiveTestHistory.with(section, report));
        }
    }

    /** The matrix and the diagnoses of the last report, in the current language (empty before a run). */
    private void showReport() {
        model.setRowCount(0);
        diagnosis.setText("");
        if (shown == null) {
            return;
        }
        Locale l = panel.i18n().locale();
        for (List<String> row : ReportTable.rows(shown, l)) {
            model.addRow(row.toArray());
        }
        StringBuilder sb = new StringBuilder();
        for (ProbeResult p : shown.probes()) {
            if (!p.ok() || p.diagnosis().code() == Diagnosis.Code.PORT_25_OPEN) {
                sb.append("■ ").append(p.target().label()).append("  [").append(p.diagnosis().code()).append("]\n  ")
                        .append(p.diagnosis().cause().get(l)).append('\n');
                if (!p.diagnosis().fix().get(l).isEmpty()) {
                    sb.append("  → ").append(p.diagnosis().fix().get(l)).append('\n');
                }
                sb.append('\n');
            }
        }
        if (shown.roundTrip() != null) {
            sb.append(ReportTable.roundTripLine(shown.roundTrip(), l)).append('\n');
        }
        if (!shown.notes().isEmpty()) {
            sb.append('\n');
            ReportTable.noteLines(shown, l).forEach(line -> sb.append(line).append('\n'));
        }
        diagnosis.setText(sb.toString().strip());
        diagnosis.setCaretPosition(0);
    }

}
