package dev.mailbench.host.handover.ui;

import dev.mailbench.api.TasksApi.TaskContext;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.handover.DocumentVersion;
import dev.mailbench.host.handover.HandoverExporter;
import dev.mailbench.host.handover.HandoverFileNames;
import dev.mailbench.host.handover.TemplateException;
import java.awt.Desktop;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * File → 引き渡し資料を出力: language, template folder, output folder and file names, then the export on a
 * background worker with progress and cancel, and an offer to open the folder.
 */
public final class HandoverExportDialog extends JDialog {
    private final HandoverUiContext context;
    private final JComboBox<String> language = new JComboBox<>(new String[] {"日本語", "English"});
    private final JTextField templateDir = new JTextField(28);
    private final JTextField outputDir = new JTextField(28);
    private final JTextField docxName = new JTextField(28);
    private final JTextField xlsxName = new JTextField(28);
    private final JTextField version = new JTextField(14);
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private final JButton exportButton;
    private final JButton cancelButton;
    private final JButton openFolderButton;
    private SwingWorker<HandoverExporter.Result, String> worker;
    private volatile boolean cancelRequested;

    private HandoverExportDialog(Window owner, HandoverUiContext context) {
        super(owner, context.t("引き渡し資料を出力", "Export handover documents"), ModalityType.APPLICATION_MODAL);
        this.context = context;
        setName("handover.exportDialog");
        exportButton = new JButton(context.t("出力", "Export"));
        cancelButton = new JButton(context.t("閉じる", "Close"));
        openFolderButton = new JButton(context.t("フォルダーを開く", "Open folder"));
        name(language, "handover.language");
        name(templateDir, "handover.templateDir");
        name(outputDir, "handover.outputDir");
        name(docxName, "handover.docxName");
        name(xlsxName, "handover.xlsxName");
        name(version, "handover.version");
        name(progress, "handover.progress");
        name(status, "handover.status");
        name(exportButton, "handover.export");
        name(cancelButton, "handover.cancel");
        name(openFolderButton, "handover.openFolder");
        setContentPane(content());
        prefill();
        getRootPane().setDefaultButton(exportButton);
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog for the session's project (modal; returns when it is closed). */
    /** What File-menu actions call: opens the dialog for the workbench's open project (on the EDT). */
    public static void show(Window owner, dev.mailbench.host.Workbench workbench) {
        show(owner, HandoverUiContext.of(workbench));
    }

    public static void show(Window owner, HandoverUiContext context) {
        new HandoverExportDialog(owner, context).setVisible(true);
    }

    /** Creates the dialog without showing it, for tests and for callers that position it themselves. */
    public static HandoverExportDialog create(Window owner, HandoverUiContext context) {
        return new HandoverExportDialog(owner, context);
    }

    private JPanel content() {
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 3, fillx", "[right][grow,fill][]", "[]"));
        JLabel heading = new JLabel(context.t("お客様にお渡しする Word と Excel を出力します。",
                "Writes the Word document and Excel workbook for the customer."));
        p.add(heading, "span 3, left, gapbottom para");
        p.add(new JLabel(context.t("言語", "Language")));
        p.add(language, "growx 0, wrap");
        p.add(new JLabel(context.t("テンプレート", "Templates")));
        p.add(templateDir);
        p.add(browse(templateDir, "handover.templateBrowse"));
        p.add(hint(context.t("空欄なら標準のテンプレートを使います", "Leave empty for the built-in templates")), "skip 1, span 2, wrap");
        p.add(new JLabel(context.t("出力先フォルダー", "Output folder")));
        p.add(outputDir);
        p.add(browse(outputDir, "handover.outputBrowse"));
        p.add(new JLabel(context.t("Word ファイル名", "Word file")));
        p.add(docxName, "span 2");
        p.add(new JLabel(context.t("Excel ファイル名", "Excel file")));
        p.add(xlsxName, "span 2");
        p.add(new JLabel(context.t("文書バージョン", "Document version")));
        p.add(version, "growx 0, span 2");
        p.add(progress, "span 3, growx, gaptop para");
        // Preferred width 0: a long status (file names) is cut with "…" rather than widening the dialog.
        status.setPreferredSize(new java.awt.Dimension(10, status.getPreferredSize().height));
        status.setMinimumSize(status.getPreferredSize());
        p.add(status, "span 3, growx, gapbottom para");
        // The buttons keep their place and size in every state: the open-folder button keeps its space while hidden
        // (hidemode 0), and Cancel/Close share one width that fits both words.
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[]push[][]", "[]"));
        buttons.add(openFolderButton, "hidemode 0");
        buttons.add(exportButton, "sg buttons, wmin 100");
        buttons.add(cancelButton, "sg buttons, wmin 100");
        p.add(buttons, "span 3, growx");
        openFolderButton.setVisible(false);
        progress.setStringPainted(false);
        language.addActionListener(e -> refreshFileNames());
        exportButton.addActionListener(e -> startExport());
        cancelButton.addActionListener(e -> cancelOrClose());
        openFolderButton.addActionListener(e -> openFolder());
        return p;
    }

    private void prefill() {
        Project project = context.session().project();
        boolean english = context.english();
        language.setSelectedIndex(english ? 1 : 0);
        context.environment().userTemplateDir().ifPresent(d -> templateDir.setText(d.toString()));
        Path folder = context.defaultExportDir()
                .or(() -> context.session().file().map(f -> f.toAbsolutePath().getParent()))
                .orElse(Path.of(System.getProperty("user.home")));
        outputDir.setText(folder.toString());
        version.setText(DocumentVersion.now());
        refreshFileNames();
        if (project.customer().name().isBlank()) {
            status.setText(context.t("お客様名が空です。表紙が空欄になります。", "The customer name is empty: the cover will show a blank."));
        }
    }

    private void refreshFileNames() {
        Project project = context.session().project();
        LocalDate today = LocalDate.now();
        docxName.setText(HandoverFileNames.docx(project, documentLocale(), today));
        xlsxName.setText(HandoverFileNames.xlsx(project, documentLocale(), today));
    }

    private Locale documentLocale() {
        return language.getSelectedIndex() == 1 ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private void startExport() {
        String folderText = outputDir.getText().strip();
        if (folderText.isEmpty() || docxName.getText().isBlank() || xlsxName.getText().isBlank()) {
            error(context.t("出力先フォルダーとファイル名を入力してください。", "Enter the output folder and file names."));
            return;
        }
        Path folder = Path.of(folderText);
        Path docx = folder.resolve(withExtension(docxName.getText().strip(), ".docx"));
        Path xlsx = folder.resolve(withExtension(xlsxName.getText().strip(), ".xlsx"));
        if ((Files.exists(docx) || Files.exists(xlsx)) && JOptionPane.showConfirmDialog(this,
                context.t("同じ名前のファイルがあります。上書きしますか？", "Files with these names exist. Overwrite them?"),
                getTitle(), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        Optional<Path> templates = templateDir.getText().isBlank() ? Optional.empty()
                : Optional.of(Path.of(templateDir.getText().strip()));
        Project project = context.session().project();
        var env = context.environment();
        var request = new HandoverExporter.Request(project, env.provider(project), documentLocale(), env.contributors(),
                templates, docx, xlsx, version.getText().strip(), LocalDate.now());
        setRunning(true);
        cancelRequested = false;
        worker = new SwingWorker<>() {
            @Override
            protected HandoverExporter.Result doInBackground() throws Exception {
                return new HandoverExporter().export(request, new TaskContext() {
                    @Override
                    public void progress(long done, long total, String message) {
                        setProgress(total <= 0 ? 0 : (int) Math.min(100, done * 100 / total));
                        publish(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested;
                    }
                });
            }

            @Override
            protected void process(List<String> messages) {
                progress.setValue(getProgress() * 10);
                status.setText(messages.get(messages.size() - 1));
            }

            @Override
            protected void done() {
                finished(this);
            }
        };
        worker.execute();
    }

    private void finished(SwingWorker<HandoverExporter.Result, String> w) {
        setRunning(false);
        try {
            HandoverExporter.Result result = w.get();
            progress.setValue(progress.getMaximum());
            String text = context.t("出力しました: ", "Written: ") + result.docx().getFileName() + context.t("、", ", ")
                    + result.xlsx().getFileName() + (canOpenFolders() ? "" : "（" + result.docx().getParent() + "）");
            if (!result.warnings().isEmpty()) {
                text += context.t("（警告 ", " (warnings: ") + result.warnings().size() + context.t(" 件）", ")");
            }
            status.setText(text);
            status.setToolTipText(result.docx() + " / " + result.xlsx());
            openFolderButton.setVisible(canOpenFolders());
            cancelButton.setText(context.t("閉じる", "Close"));
        } catch (CancellationException e) {
            cancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException) {
                cancelled();
            } else if (cause instanceof TemplateException te) {
                error(te.getMessage());
            } else {
                error(context.t("出力できませんでした: ", "Export failed: ") + cause.getMessage());
            }
        }
    }

    private void cancelled() {
        progress.setValue(0);
        status.setText(context.t("キャンセルしました。ファイルは書き込んでいません。", "Cancelled. No file was written."));
    }

    private void cancelOrClose() {
        if (worker != null && !worker.isDone()) {
            cancelRequested = true;
            status.setText(context.t("キャンセルしています…", "Cancelling…"));
            return;
        }
        dispose();
    }

    private void openFolder() {
        Path folder = Path.of(outputDir.getText().strip());
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (Exception e) {
                // The desktop's own words ("Failed to show URI:file:…") help nobody: give the path to copy instead.
                javax.swing.SwingUtilities.invokeLater(() -> showFolderPath(folder));
            }
        }, "open-export-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private void showFolderPath(Path folder) {
        javax.swing.JTextField path = new javax.swing.JTextField(folder.toAbsolutePath().toString());
        path.setName("handover.folderPath");
        path.setEditable(false);
        path.selectAll();
        javax.swing.JOptionPane.showMessageDialog(this, new Object[] {
                context.t("この PC ではフォルダーを自動で開けませんでした。次の場所を開いてください（選択してコピーできます）:",
                        "This computer could not open the folder. Open this location (select it to copy):"), path},
                context.t("保存先のフォルダー", "Output folder"), javax.swing.JOptionPane.INFORMATION_MESSAGE);
    }

    static boolean canOpenFolders() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    private void setRunning(boolean running) {
        exportButton.setEnabled(!running);
        language.setEnabled(!running);
        progress.setIndeterminate(false);
        progress.setValue(0);
        openFolderButton.setVisible(false);
        cancelButton.setText(running ? context.t("キャンセル", "Cancel") : context.t("閉じる", "Close"));
        if (running) {
            status.setText(context.t("出力しています…", "Exporting…"));
        }
    }

    private void error(String message) {
        status.setText(" ");
        JOptionPane.showMessageDialog(this, message, getTitle(), JOptionPane.ERROR_MESSAGE);
    }

    private JButton browse(JTextField target, String name) {
        JButton b = new JButton(context.t("参照…", "Browse…"));
        b.setName(name);
        b.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(target.getText().isBlank() ? null : target.getText());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                target.setText(chooser.getSelectedFile().toString());
            }
        });
        return b;
    }

    private static JLabel hint(String text) {
        JLabel l = new JLabel(text);
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 1f));
        return l;
    }

    private static String withExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static void name(JComponent c, String name) {
        c.setName(name);
    }
}
