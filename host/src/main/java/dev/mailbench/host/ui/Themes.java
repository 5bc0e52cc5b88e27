package dev.mailbench.host.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.util.SystemInfo;
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
        boldHeadersOnLinux();
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
        boldHeadersOnLinux();
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

    /**
     * Headers (h1 to h3, every editor's title) and the "semibold" style in bold on Linux. FlatLaf asks there for one of
     * three semibold families that most desktops lack, and falls back to the plain font: a title no heavier than its
     * text, and Java reads every installed font file before it gives up, some 20 ms of the window's start
     * (bench/startup-profile.md). Windows and macOS keep their semibold family, which they have at hand.
     */
    private static void boldHeadersOnLinux() {
        if (SystemInfo.isLinux && !LINUX_DEFAULTS.equals(FlatLaf.getGlobalExtraDefaults())) {
            FlatLaf.setGlobalExtraDefaults(LINUX_DEFAULTS);
        }
    }

    private static final java.util.Map<String, String> LINUX_DEFAULTS = java.util.Map.of("semibold.font", "bold");

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
