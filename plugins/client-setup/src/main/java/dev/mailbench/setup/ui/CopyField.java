package dev.mailbench.setup.ui;

import dev.mailbench.api.model.LocalizedText;
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
        copy = panel.i18n().bind(new JButton(), LocalizedText.of("コピー", "Copy"));
        copy.setName("setup.copy." + name);
        copy.addActionListener(e -> {
            String v = field.getText();
            try {
                Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(v), null);
            } catch (IllegalStateException | SecurityException ex) {
                panel.status(LocalizedText.of("クリップボードを使えません", "Clipboard unavailable"));
                return;
            }
            panel.status(LocalizedText.of("コピーしました: " + v, "Copied: " + v));
        });
    }
}
