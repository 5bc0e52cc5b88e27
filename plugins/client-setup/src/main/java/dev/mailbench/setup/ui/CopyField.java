package dev.mailbench.setup.ui;

import dev.mailbench.api.model.LocalizedText;
import java.awt.Insets;
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
        // a narrow button leaves the value its room on a 1024 wide screen; FlatLaf's 72 px minimum would not
        copy.putClientProperty("JComponent.minimumWidth", 0);
        copy.setMargin(new Insets(2, 8, 2, 8));
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
