package dev.mailbench.host.ui.dialog;

import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Window;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.WindowConstants;

/**
 * The getting-started guide for a first visit, opened inside the app (no browser on a customer's desk is assumed).
 * Its steps are the route the start page and the tabs follow.
 */
public final class GettingStartedDialog {
    private GettingStartedDialog() {
    }

    /** The guide's HTML in the UI language. */
    public static String html() {
        String name = "/dev/mailbench/host/ui/help/getting-started_" + (Texts.isEnglish() ? "en" : "ja") + ".html";
        try (InputStream in = GettingStartedDialog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JDialog show(Window owner) {
        JEditorPane text = new JEditorPane("text/html", html());
        text.setName("gettingStarted.text");
        text.setEditable(false);
        text.setCaretPosition(0);
        JDialog dialog = new JDialog(owner, Texts.get("menu.help.gettingStarted"));
        dialog.setName("gettingStarted");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.add(new JScrollPane(text));
        dialog.setSize(640, 560);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }
}
