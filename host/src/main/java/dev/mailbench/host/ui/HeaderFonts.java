package dev.mailbench.host.ui;

import com.formdev.flatlaf.util.SystemInfo;
import java.awt.Font;
import java.util.List;

/**
 * The font look-ups of FlatLaf's header styles (h1 to h3, every editor's title), asked by the launching thread while
 * the event thread sets up the look and feel and builds the window, so that the event thread finds them answered.
 *
 * <p>The headers ask for a semibold family. On Linux FlatLaf names three, and most desktops have none of them: Java
 * then reads every installed font file before it gives up, some 30 ms of the event thread at the first title on the
 * way to the first paint (bench/startup.sh). Java's font manager is thread-safe and keeps what it read; Windows and
 * macOS have their semibold family at hand and are left alone.
 */
final class HeaderFonts {
    /** FlatLaf's {@code [linux]semibold.font} (FlatLaf.properties; HeaderFontsTest keeps the two the same). */
    static final List<String> LINUX_SEMIBOLD_FAMILIES = List.of("Lato Semibold", "Ubuntu Medium", "Montserrat SemiBold");

    private HeaderFonts() {
    }

    static void lookUpAhead() {
        if (SystemInfo.isLinux) {
            for (String family : LINUX_SEMIBOLD_FAMILIES) {
                new Font(family, Font.PLAIN, 12).getFamily(); // the look-up itself is the point
            }
        }
    }
}
