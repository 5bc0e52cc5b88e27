package dev.mailbench.setup.ui;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import javax.swing.JButton;
import javax.swing.JTextField;

/** A read-only value with a copy button, so a consultant never retypes a server name. */
final class CopyField {
    final JTextField field = new JTextField();
    final JButton copy;

    CopyField(SetupPanel panel, String name) {
        field.setEditable(false);
        field.setName("setup.value." + name);
        copy = new JButton(panel.t("コピー", "Copy"));
        copy.setName("setup.copy." + name);
        copy.addActionListener(e -> {
            String v = field.getText();
            try {
                Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(v), null);
            } catch (IllegalStateException | SecurityException ex) {
                panel.status(panel.t("クリップボードを使えません", "Clipboard unavailable"));
                return;
            }
            panel.status(panel.t("コピーしました: ", "Copied: ") + v);
        });
    }
}
