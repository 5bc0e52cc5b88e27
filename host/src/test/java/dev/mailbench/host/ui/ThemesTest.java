package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.SystemInfo;
import java.awt.Font;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

/** The headers' fonts in both themes: larger than the text, and bold on Linux, where no semibold family is asked for. */
class ThemesTest {
    @Test
    void headersAreLargerThanTheTextAndBoldOnLinux() throws Exception {
        try {
            check();
        } finally {
            SwingUtilities.invokeAndWait(() -> Themes.setup(Themes.LIGHT)); // the other tests' theme
        }
    }

    private static void check() throws Exception {
        for (String theme : new String[] {Themes.DARK, Themes.LIGHT}) {
            SwingUtilities.invokeAndWait(() -> Themes.setup(theme));
            Font text = UIManager.getFont("Label.font");
            Font h1 = UIManager.getFont("h1.font");
            Font h2 = UIManager.getFont("h2.font");
            Font h3 = UIManager.getFont("h3.font");
            assertThat(h1.getSize()).as(theme).isEqualTo(text.getSize() + 12);
            assertThat(h2.getSize()).as(theme).isEqualTo(text.getSize() + 6);
            assertThat(h3.getSize()).as(theme).isEqualTo(text.getSize() + 3);
            if (SystemInfo.isLinux) {
                assertThat(h1.isBold() && h2.isBold() && h3.isBold()).as(theme).isTrue();
                assertThat(h2.getFamily()).as(theme).isEqualTo(text.getFamily());
            }
        }
    }
}
