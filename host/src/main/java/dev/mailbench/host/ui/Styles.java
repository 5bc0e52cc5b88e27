package dev.mailbench.host.ui;

import dev.mailbench.host.ui.i18n.Texts;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import net.miginfocom.swing.MigLayout;

/**
 * The few visual conventions every panel shares, expressed as FlatLaf styles so they follow a theme
 * switch (colours are looked up by UI key, fonts are derived by FlatLaf's typography classes).
 */
public final class Styles {
    /** Outer padding of editors and dialogs. */
    public static final String PANEL_INSETS = "insets 16 20 16 20";
    public static final String ERROR_FOREGROUND = "foreground: $Component.error.focusedBorderColor";
    public static final String WARNING_FOREGROUND = "foreground: darken($Component.warning.focusedBorderColor,12%)";
    public static final String MUTED_FOREGROUND = "foreground: $Label.disabledForeground";

    private Styles() {
    }

    public static <C extends JComponent> C styleClass(C component, String styleClass) {
        component.putClientProperty("FlatLaf.styleClass", styleClass);
        return component;
    }

    public static <C extends JComponent> C style(C component, String style) {
        component.putClientProperty("FlatLaf.style", style);
        return component;
    }

    public static JLabel muted(JLabel label) {
        return style(label, MUTED_FOREGROUND);
    }

    /** The title and one-line explanation at the top of every editor and dialog. */
    public static JPanel header(String titleKey, String hintKey) {
        JPanel header = new JPanel(new MigLayout("insets 0, gap 0, fillx, wrap 1", "[grow,fill]"));
        header.setOpaque(false);
        JLabel title = styleClass(Texts.label(titleKey), "h2");
        title.setName("header.title");
        header.add(title);
        if (hintKey != null) {
            JLabel hint = muted(Texts.label(hintKey));
            hint.setName("header.hint");
            header.add(hint, "gaptop 4");
        }
        return header;
    }

    /** A section caption with a rule, used instead of titled borders. */
    public static JComponent section(String key) {
        JPanel section = new JPanel(new MigLayout("insets 0, gap 8, fillx", "[][grow,fill]"));
        section.setOpaque(false);
        section.add(styleClass(Texts.label(key), "h4"));
        section.add(new JSeparator(), "growx, aligny center");
        return section;
    }

    public static void pad(JComponent component, int top, int left, int bottom, int right) {
        component.setBorder(BorderFactory.createEmptyBorder(top, left, bottom, right));
    }
}
