package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 20: Swing's own dialogs speak the UI language, not the operating system's. */
class SwingDialogLanguageTest {
    @AfterEach
    void backToJapanese() {
        GuiActionRunner.execute(() -> Texts.setLocale(Locale.JAPANESE));
    }

    private static List<String> texts(Container root) {
        List<String> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && b.getText() != null) {
                out.add(b.getText());
            }
            if (c instanceof JLabel l && l.getText() != null) {
                out.add(l.getText());
            }
            if (c instanceof Container inner) {
                out.addAll(texts(inner));
            }
        }
        return out;
    }

    @Test
    void theFileChooserAndMessageButtonsFollowTheUiLanguage() {
        List<String> japanese = GuiActionRunner.execute(() -> {
            Texts.setLocale(Locale.JAPANESE);
            return texts(new JFileChooser());
        });
        assertThat(japanese).anySatisfy(t -> assertThat(t).contains("ファイル名"))
                .noneSatisfy(t -> assertThat(t).isIn("Cancel", "File Name:", "Save In:", "Look In:"));
        String yes = GuiActionRunner.execute(() -> javax.swing.UIManager.getString("OptionPane.yesButtonText",
                new JOptionPane().getLocale()));
        assertThat(yes).isNotEqualTo("Yes");

        List<String> english = GuiActionRunner.execute(() -> {
            Texts.setLocale(Locale.ENGLISH);
            return texts(new JFileChooser());
        });
        assertThat(english).anySatisfy(t -> assertThat(t).contains("File Name"));
    }
}
