package dev.mailbench.host.ui;

import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.settings.WindowPlacement;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;

/**
 * Puts the main window inside the part of a screen windows may use (the screen without task bar, dock or menu
 * bar), at the size and place it had when it last closed on that screen, and remembers them when it closes.
 * A laptop at 1366x768 and the same laptop on a large monitor each keep their own placement.
 */
public final class WindowPlacer {
    /** The size the window asks for on a screen with room for it. */
    static final Dimension PREFERRED = new Dimension(1280, 800);
    /** Below this the panels stop making sense; smaller screens get the whole usable area instead. */
    static final Dimension MINIMUM = new Dimension(900, 560);
    /** How much of a remembered window must still be on screen to be found again by the mouse (title bar). */
    private static final int GRIP = 120;

    /** A screen as the placer sees it: a stable key (its bounds) and the area windows may use. */
    public record Screen(String key, Rectangle usable) {
        public static Screen of(GraphicsConfiguration configuration) {
            Rectangle bounds = configuration.getBounds();
            Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
            Rectangle usable = new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                    bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
            return new Screen(keyOf(bounds), usable);
        }

        /** A screen of {@code width} x {@code height} at the origin with nothing taken away (tests, Xvfb). */
        public static Screen ofSize(int width, int height) {
            Rectangle bounds = new Rectangle(0, 0, width, height);
            return new Screen(keyOf(bounds), bounds);
        }

        static String keyOf(Rectangle bounds) {
            return bounds.width + "x" + bounds.height + "+" + bounds.x + "+" + bounds.y;
        }
    }

    private final JFrame frame;
    private final SettingsStore settings;
    private Rectangle normalBounds;
    private boolean remember;

    public WindowPlacer(JFrame frame, SettingsStore settings) {
        this.frame = frame;
        this.settings = settings;
        // A maximized window reports the screen's bounds; what it should come back to is the last normal ones.
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                keepNormalBounds();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                keepNormalBounds();
            }
        });
    }

    /**
     * Places the window on the screen it was last closed on (when still connected, else the default screen) at
     * the remembered size and place, fitted into that screen's usable area.
     *
     * @param rememberOnClose whether {@link #remember()} records the placement (not for unattended screenshots)
     */
    public void placeOnOpen(boolean rememberOnClose) {
        this.remember = rememberOnClose;
        List<Screen> screens = connectedScreens();
        Map<String, WindowPlacement> saved = settings.get().windows();
        Screen screen = rememberOnClose ? lastUsed(screens, saved) : screens.get(0);
        placeOn(screen, rememberOnClose ? saved.get(screen.key()) : null);
    }

    /** Places the window on {@code screen}: at {@code saved} fitted into it, or at the preferred size centred. */
    public void placeOn(Screen screen, WindowPlacement saved) {
        frame.setMinimumSize(minimumFor(screen.usable()));
        Rectangle bounds = boundsFor(screen.usable(), saved);
        frame.setExtendedState(Frame.NORMAL);
        frame.setBounds(bounds);
        normalBounds = bounds;
        if (saved != null && saved.maximized()) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    /** Records where the window is now for the screen it is on (when asked to at opening). */
    public void remember() {
        if (!remember || normalBounds == null || frame.getGraphicsConfiguration() == null) {
            return;
        }
        // The move/resize events may still be queued (a busy machine, no window manager): read the bounds now.
        keepNormalBounds();
        Screen screen = Screen.of(frame.getGraphicsConfiguration());
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle b = normalBounds;
        try {
            settings.update(s -> s.withWindow(screen.key(), new WindowPlacement(b.x, b.y, b.width, b.height, maximized)));
        } catch (RuntimeException e) {
            // The placement is a convenience; a read-only config folder must not stop the window from closing.
            org.slf4j.LoggerFactory.getLogger(WindowPlacer.class).warn("Cannot remember the window's placement", e);
        }
    }

    private void keepNormalBounds() {
        if (frame.getExtendedState() == Frame.NORMAL && frame.isShowing()) {
            normalBounds = frame.getBounds();
        }
    }

    /** The bounds on a screen: {@code saved} moved and shrunk into {@code usable}, else the preferred size centred. */
    static Rectangle boundsFor(Rectangle usable, WindowPlacement saved) {
        Dimension minimum = minimumFor(usable);
        if (saved == null) {
            int width = Math.min(PREFERRED.width, usable.width);
            int height = Math.min(PREFERRED.height, usable.height);
            return new Rectangle(usable.x + (usable.width - width) / 2, usable.y + (usable.height - height) / 2,
                    width, height);
        }
        int width = clamp(saved.width(), minimum.width, usable.width);
        int height = clamp(saved.height(), minimum.height, usable.height);
        int x = clamp(saved.x(), usable.x, usable.x + usable.width - width);
        int y = clamp(saved.y(), usable.y, usable.y + usable.height - height);
        return new Rectangle(x, y, width, height);
    }

    static Dimension minimumFor(Rectangle usable) {
        return new Dimension(Math.min(MINIMUM.width, usable.width), Math.min(MINIMUM.height, usable.height));
    }

    /** The connected screen most recently closed on, else the default screen. */
    static Screen lastUsed(List<Screen> screens, Map<String, WindowPlacement> saved) {
        List<String> mostRecentFirst = new ArrayList<>(saved.keySet());
        java.util.Collections.reverse(mostRecentFirst);
        for (String key : mostRecentFirst) {
            for (Screen screen : screens) {
                if (screen.key().equals(key) && grips(screen.usable(), saved.get(key))) {
                    return screen;
                }
            }
        }
        return screens.get(0);
    }

    private static boolean grips(Rectangle usable, WindowPlacement placement) {
        Rectangle window = new Rectangle(placement.x(), placement.y(), placement.width(), placement.height());
        Rectangle visible = usable.intersection(window);
        return visible.width >= Math.min(GRIP, window.width) && visible.height > 0;
    }

    /** The screens, the default one first. */
    private static List<Screen> connectedScreens() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice primary = environment.getDefaultScreenDevice();
        List<Screen> screens = new ArrayList<>();
        screens.add(Screen.of(primary.getDefaultConfiguration()));
        for (GraphicsDevice device : environment.getScreenDevices()) {
            if (device != primary) {
                screens.add(Screen.of(device.getDefaultConfiguration()));
            }
        }
        return screens;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
