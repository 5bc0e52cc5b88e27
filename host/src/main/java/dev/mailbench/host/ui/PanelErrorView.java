package dev.mailbench.host.ui;

import dev.mailbench.host.ui.i18n.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/** Shown in a plugin's tab instead of the panel its factory failed to build. */
public final class PanelErrorView extends JPanel {
    public PanelErrorView(String pluginId, String panelId, Throwable error) {
        super(new MigLayout(Styles.PANEL_INSETS + ", fill, wrap 1", "[grow,fill]", "[][][][]8[grow,fill]"));
        setName("pluginPanelError");
        JLabel title = Styles.styleClass(Texts.label("plugin.panel.failed"), "h2");
        Styles.style(title, Styles.ERROR_FOREGROUND);
        add(title);
        add(new JLabel(Texts.format("plugin.panel.failedDetail", pluginId, panelId)), "gaptop 4");
        JLabel message = new JLabel(error.getClass().getSimpleName() + ": " + error.getMessage());
        message.setName("pluginPanelError.message");
        Styles.styleClass(message, "semibold");
        add(message, "gaptop 12");
        add(Styles.section("plugin.panel.details"), "gaptop 12");
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        JTextArea details = new JTextArea(trace.toString());
        details.setName("pluginPanelError.details");
        details.setEditable(false);
        Styles.styleClass(details, "monospaced");
        details.setCaretPosition(0);
        add(new JScrollPane(details));
    }
}
