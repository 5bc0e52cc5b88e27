package dev.mailbench.host.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;

/** FlatLaf light and dark, set up before the first window and switchable while running. */
public final class Themes {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private Themes() {
    }

    public static String normalize(String theme) {
        return DARK.equalsIgnoreCase(theme) ? DARK : LIGHT;
    }

    /** Before any window exists. */
    public static void setup(String theme) {
        // Nothing is put into UIManager before FlatLaf is set: the first UIManager.put would set up the default
        // Metal look and feel first, a quarter of the look and feel's start-up time spent for nothing.
        if (DARK.equals(normalize(theme))) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        tune();
    }

    /** On the EDT, with windows showing: no restart needed. */
    public static void switchTo(String theme) {
        boolean dark = DARK.equals(normalize(theme));
        if (FlatLaf.isLafDark() == dark) {
            return;
        }
        try {
            UIManager.setLookAndFeel(dark ? new FlatDarkLaf() : new FlatLightLaf());
        } catch (UnsupportedLookAndFeelException e) {
            throw new IllegalStateException(e);
        }
        tune();
        // No cross-fade (FlatAnimatedLafChange): its overlay swallows clicks for a moment, and an instant
        // switch is just as clear.
        FlatLaf.updateUI();
    }

    private static void tune() {
        UIManager.put("TabbedPane.showTabSeparators", true);
        UIManager.put("ScrollBar.showButtons", false);
        UIManager.put("Component.arc", 6);
        UIManager.put("TextComponent.arc", 6);
        UIManager.put("Table.showHorizontalLines", true);
        UIManager.put("Tree.selectionArc", 6);
        UIManager.put("TabbedPane.tabHeight", 34);
    }
}
