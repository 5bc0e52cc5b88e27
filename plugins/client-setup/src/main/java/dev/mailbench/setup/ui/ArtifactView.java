package dev.mailbench.setup.ui;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.setup.engine.AppleProfile;
import dev.mailbench.setup.engine.AutodiscoverPox;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.Instructions;
import dev.mailbench.setup.engine.ProjectGenerator;
import dev.mailbench.setup.engine.ThunderbirdAutoconfig;
import dev.mailbench.setup.engine.WebBundle;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/** Preview and save each setup file and instruction sheet for the selected device and mailbox. */
final class ArtifactView extends JPanel {
    enum Kind {
        STEPS_JA("手順書（日本語）", "Steps (Japanese)", ".ja.md"),
        STEPS_EN("手順書（英語）", "Steps (English)", ".en.md"),
        MOBILECONFIG("iPhone / Mac プロファイル (.mobileconfig)", "iPhone / Mac profile (.mobileconfig)", ".mobileconfig"),
        AUTODISCOVER("Outlook 自動設定 (Autodiscover XML)", "Outlook Autodiscover XML", ".autodiscover.xml"),
        AUTOCONFIG("Thunderbird 自動設定 (config-v1.1.xml)", "Thunderbird autoconfig (config-v1.1.xml)", "config-v1.1.xml"),
        HTACCESS("Web 公開用 .htaccess", "Web .htaccess", ".htaccess"),
        AUTODISCOVER_PHP("Web 公開用 autodiscover.php", "Web autodiscover.php", "autodiscover.php");

        final LocalizedText label;
        final String suffix;

        Kind(String ja, String en, String suffix) {
            this.label = LocalizedText.of(ja, en);
            this.suffix = suffix;
        }
    }

    private final SetupPanel panel;
    private final JComboBox<Kind> kind = new JComboBox<>(Kind.values());
    private final JTextArea preview = new JTextArea();
    private final JButton save;
    private final JButton saveAll;
    private byte[] content = new byte[0];

    ArtifactView(SetupPanel panel) {
        super(new MigLayout("fill, insets 12", "[grow][][]", "[][grow]"));
        this.panel = panel;
        kind.setName("setup.artifact");
        kind.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                if (v instanceof Kind k) {
                    setText(panel.i18n().text(k.label));
                }
                return this;
            }
        });
        kind.addActionListener(e -> show(panel.selected()));
        preview.setName("setup.preview");
        preview.setEditable(false);
        preview.setFont(preview.getFont().deriveFont(Font.PLAIN, 12f));
        preview.setLineWrap(false);
        save = panel.i18n().bind(new JButton(), LocalizedText.of("保存…", "Save…"));
        save.setName("setup.save");
        save.addActionListener(e -> saveOne());
        saveAll = panel.i18n().bind(new JButton(), LocalizedText.of("全端末分を書き出し…", "Export all devices…"));
        saveAll.setName("setup.saveAll");
        panel.i18n().bindTooltip(saveAll, LocalizedText.of("プロジェクトの全端末・全アドレスの設定ファイルと手順書をフォルダーに書き出します",
                "Write every file and sheet of the project into a folder"));
        saveAll.addActionListener(e -> exportAll());
        // wmin: a long file name in the list or a long line in the preview must not widen the page past its tab
        add(kind, "growx, wmin 120");
        add(save);
        add(saveAll, "wrap");
        add(new JScrollPane(preview), "span, grow, wmin 0");
        panel.scope().onLocaleChanged(l -> kind.repaint());
    }

    void show(DeviceSetup d) {
        content = new byte[0];
        if (d == null) {
            preview.setText("");
            return;
        }
        Kind k = (Kind) kind.getSelectedItem();
        try {
            content = build(d, k);
            preview.setText(new String(content, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            preview.setText(e.getMessage());
        }
        preview.setCaretPosition(0);
        save.setEnabled(content.length > 0);
    }

    private byte[] build(DeviceSetup d, Kind k) {
        var setup = panel.setup();
        String org = setup.project().customer().name();
        String domain = d.mailbox().domainPart();
        return switch (k) {
            case STEPS_JA -> Instructions.sheet(d.settings(), d.device().name(), Locale.JAPANESE).getBytes(StandardCharsets.UTF_8);
            case STEPS_EN -> Instructions.sheet(d.settings(), d.device().name(), Locale.ENGLISH).getBytes(StandardCharsets.UTF_8);
            case MOBILECONFIG -> AppleProfile.generate(setup.settings(d.mailbox(), ClientKind.IPHONE), d.mailbox().id(), AppleProfile.Options.withoutPassword(org));
            case AUTODISCOVER -> AutodiscoverPox.generate(setup.settings(d.mailbox(), ClientKind.OUTLOOK_CLASSIC));
            case AUTOCONFIG -> ThunderbirdAutoconfig.generate(setup.engine().endpoints(), domain, org, setup.protocolOf(d.mailbox()).isPop());
            case HTACCESS -> WebBundle.build(setup, domain, org).get(WebBundle.HTACCESS);
            case AUTODISCOVER_PHP -> WebBundle.build(setup, domain, org).get(WebBundle.AUTODISCOVER_PHP);
        };
    }

    private void saveOne() {
        DeviceSetup d = panel.selected();
        Kind k = (Kind) kind.getSelectedItem();
        if (d == null || content.length == 0) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        String base = k == Kind.AUTOCONFIG || k == Kind.HTACCESS || k == Kind.AUTODISCOVER_PHP ? k.suffix
                : WebBundle.fileSafe(d.mailbox().address()) + k.suffix;
        chooser.setSelectedFile(new java.io.File(base));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        try {
            AtomicFiles.write(target, content);
            panel.status(LocalizedText.of("保存しました: " + target, "Saved: " + target));
        } catch (IOException e) {
            panel.status(LocalizedText.of("保存できません: " + e.getMessage(), "Cannot save: " + e.getMessage()));
        }
    }

    private void exportAll() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        exportTo(chooser.getSelectedFile().toPath());
    }

    /** Writes everything in the background; the status line says where it went. */
    void exportTo(Path dir) {
        var setup = panel.setup();
        saveAll.setEnabled(false);
        var handle = panel.api().tasks().submit(LocalizedText.of("メール設定ファイルの書き出し", "Exporting setup files"),
                ctx -> ProjectGenerator.generate(setup, dir, (done, total, what) -> {
                    ctx.progress(done, total, what);
                    return !ctx.isCancelled();
                }));
        handle.result().whenComplete((files, error) -> SwingUtilities.invokeLater(() -> {
            if (panel.scope().isDisposed()) {
                return;
            }
            saveAll.setEnabled(true);
            if (error != null) {
                String why = rootMessage(error);
                panel.status(LocalizedText.of("書き出せません: " + why, "Cannot export: " + why));
            } else {
                panel.status(LocalizedText.of(files.size() + " 件のファイルを書き出しました: " + dir, files.size() + " files written to " + dir));
            }
        }));
    }

    static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c instanceof java.util.concurrent.CancellationException ? "中止 / cancelled" : String.valueOf(c.getMessage());
    }

    List<Kind> kinds() {
        return List.of(Kind.values());
    }
}
