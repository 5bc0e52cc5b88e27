package dev.mailbench.host.ui.dialog;

import dev.mailbench.host.ui.Styles;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** バージョン情報 and キーボードショートカット: small message boxes. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    public static void showAbout(Component parent) {
        JLabel text = new JLabel(Texts.format("dialog.about.text", version(), System.getProperty("java.version"),
                System.getProperty("os.name")));
        text.setName("about.text");
        JOptionPane.showMessageDialog(parent, text, Texts.get("dialog.about.title"), JOptionPane.INFORMATION_MESSAGE);
    }

    public static void showShortcuts(Component parent) {
        String ctrl = System.getProperty("os.name", "").startsWith("Mac") ? "⌘" : "Ctrl";
        String[][] rows = {
                {"shortcut.new", ctrl + "+N"},
                {"shortcut.open", ctrl + "+O"},
                {"shortcut.save", ctrl + "+S"},
                {"shortcut.saveAs", ctrl + "+Shift+S"},
                {"shortcut.undo", ctrl + "+Z"},
                {"shortcut.redo", ctrl + "+Y"},
                {"shortcut.commit", "Enter / Tab"},
        };
        JPanel panel = new JPanel(new MigLayout("insets 8, gapy 6", "[]32[]"));
        panel.setName("shortcuts");
        for (String[] row : rows) {
            panel.add(new JLabel(Texts.get(row[0])));
            panel.add(Styles.styleClass(new JLabel(row[1]), "monospaced"), "wrap");
        }
        JOptionPane.showMessageDialog(parent, panel, Texts.get("dialog.shortcuts.title"), JOptionPane.PLAIN_MESSAGE);
    }
}
