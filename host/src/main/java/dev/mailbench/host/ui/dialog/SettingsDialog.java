package dev.mailbench.host.ui.dialog;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.settings.AppSettings;
import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.Themes;
import dev.mailbench.host.ui.editor.LabelRenderer;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Frame;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * 設定: language, theme and folders. OK stores them in the user's settings and applies language and theme
 * at once (no restart).
 */
public final class SettingsDialog extends JDialog {
    private final Workbench workbench;
    private final JComboBox<String> language = new JComboBox<>(new String[] {"ja", "en"});
    private final JComboBox<String> theme = new JComboBox<>(new String[] {Themes.LIGHT, Themes.DARK});
    private final JTextField templateDir = new JTextField(28);
    private final JTextField projectDir = new JTextField(28);
    private final JTextField exportDir = new JTextField(28);

    public SettingsDialog(Frame owner, Workbench workbench) {
        super(owner, Texts.get("dialog.settings.title"), true);
        this.workbench = workbench;
        setName("settingsDialog");
        AppSettings settings = workbench.settings();

        language.setName("settings.language");
        // Each language is named in itself, so a consultant who cannot read the current one finds theirs.
        language.setRenderer(new LabelRenderer<String>(code -> "en".equals(code) ? "English" : "日本語"));
        language.setSelectedItem("en".equals(settings.language()) ? "en" : "ja");
        theme.setName("settings.theme");
        theme.setRenderer(new LabelRenderer<String>(t -> Texts.get("dialog.settings.theme." + t)));
        theme.setSelectedItem(Themes.normalize(settings.theme()));
        templateDir.setName("settings.userTemplateDir");
        projectDir.setName("settings.defaultProjectDir");
        exportDir.setName("settings.defaultExportDir");
        templateDir.setText(text(settings.userTemplateDir()));
        projectDir.setText(text(settings.defaultProjectDir()));
        exportDir.setText(text(settings.defaultExportDir()));
        for (JTextField f : new JTextField[] {templateDir, projectDir, exportDir}) {
            f.putClientProperty("JTextField.placeholderText", Texts.get("dialog.settings.folderHint"));
        }

        JPanel content = new JPanel(new MigLayout(Styles.PANEL_INSETS + ", fillx", "[right]12[grow,fill][]"));
        content.add(Styles.header("dialog.settings.title", null), "span, growx, wrap, gapbottom 12");
        content.add(Texts.label("dialog.settings.language"));
        content.add(language, "growx 0, wmin 180, wrap");
        content.add(Texts.label("dialog.settings.theme"));
        content.add(theme, "growx 0, wmin 180, wrap");
        folderRow(content, "dialog.settings.userTemplateDir", templateDir);
        folderRow(content, "dialog.settings.defaultProjectDir", projectDir);
        folderRow(content, "dialog.settings.defaultExportDir", exportDir);

        JButton ok = Texts.bind(new JButton(), "common.ok");
        ok.setName("settings.ok");
        ok.addActionListener(e -> apply());
        JButton cancel = Texts.bind(new JButton(), "common.cancel");
        cancel.setName("settings.cancel");
        cancel.addActionListener(e -> dispose());
        content.add(ok, "span, split 2, align right, gaptop 16, sg button");
        content.add(cancel, "sg button");
        getRootPane().setDefaultButton(ok);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    private void folderRow(JPanel panel, String key, JTextField field) {
        panel.add(Texts.label(key), "gaptop 6");
        panel.add(field, "gaptop 6");
        JButton browse = Texts.bind(new JButton(), "common.browse");
        browse.setName(field.getName() + ".browse");
        browse.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(field.getText().isBlank() ? null : field.getText());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                field.setText(chooser.getSelectedFile().getAbsolutePath());
            }
        });
        panel.add(browse, "gaptop 6, wrap");
    }

    private static String text(String path) {
        return path == null ? "" : path;
    }

    private static String path(JTextField field) {
        return field.getText().strip();
    }

    private void apply() {
        String lang = (String) language.getSelectedItem();
        String th = (String) theme.getSelectedItem();
        try {
            workbench.settingsStore().update(s -> s.withLanguage(lang).withTheme(th).withUserTemplateDir(path(templateDir))
                    .withDefaultProjectDir(path(projectDir)).withDefaultExportDir(path(exportDir)));
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(this, Texts.format("dialog.settings.saveFailed", e.getMessage()),
                    Texts.get("dialog.settings.title"), JOptionPane.ERROR_MESSAGE);
            return;
        }
        dispose();
        Themes.switchTo(th);
        workbench.locale().set(Locale.forLanguageTag(lang));
    }
}
