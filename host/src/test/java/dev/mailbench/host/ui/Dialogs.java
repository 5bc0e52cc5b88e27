package dev.mailbench.host.ui;

import java.awt.Point;
import java.awt.Window;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Finding dialogs in UI tests once X has placed them. Without a window manager a new dialog may report a
 * provisional position until the server confirms it; a click computed before that lands beside the button.
 */
public final class Dialogs {
    private Dialogs() {
    }

    static DialogFixture settled(FrameFixture window, String name) {
        DialogFixture dialog = window.dialog(name);
        waitUntilPlaced(window, () -> dialog.target());
        return dialog;
    }

    /** The message box shown now. */
    static JOptionPaneFixture optionPane(FrameFixture window) {
        JOptionPaneFixture pane = window.optionPane(Timeout.timeout(5000));
        waitUntilPlaced(window, () -> SwingUtilities.getWindowAncestor(pane.target()));
        return pane;
    }

    /**
     * Presses a button of a modal dialog (or one that is being repainted constantly). Robot clicks on a just-opened modal dialog were lost now and then
     * on a loaded machine (X without a window manager); {@code doClick} runs the same action code.
     */
    public static void press(org.assertj.swing.fixture.AbstractButtonFixture<?, ?> button) {
        javax.swing.AbstractButton target = button.target();
        GuiActionRunner.execute(() -> target.doClick());
        button.robot().waitForIdle();
    }

    /**
     * Runs a menu command the way its menu item does, without opening the menu: a robot click on a menu bar now and
     * then never shows the pop-up under X without a window manager. Later, not now, on the EDT: the command may open
     * a modal dialog, which would block a synchronous call until it closes.
     */
    public static void choose(FrameFixture window, String menuItemName) {
        javax.swing.JMenuItem item = window.menuItem(menuItemName).requireEnabled().target();
        SwingUtilities.invokeLater(item::doClick);
        window.robot().waitForIdle();
    }

    /** Robot settings for a loaded machine: popups and windows may take seconds to appear. */
    static void patient(FrameFixture window) {
        window.robot().settings().timeoutToFindPopup(15_000);
        window.robot().settings().timeoutToBeVisible(15_000);
        // A new window is not active until something in it was clicked; menus then open on the first try.
        window.robot().click(((javax.swing.JFrame) window.target()).getJMenuBar());
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ESCAPE);
        window.focus();
        window.robot().waitForIdle();
    }

    /** Until the window reports the same on-screen position twice in a row. */
    private static void waitUntilPlaced(FrameFixture frame, Supplier<Window> window) {
        Pause.pause(new Condition("dialog placed") {
            private Point last;

            @Override
            public boolean test() {
                Point now = GuiActionRunner.execute(() -> {
                    Window w = window.get();
                    return w != null && w.isShowing() ? w.getLocationOnScreen() : null;
                });
                boolean stable = now != null && now.equals(last);
                last = now;
                return stable;
            }
        }, Timeout.timeout(5000));
        frame.robot().waitForIdle();
    }
}
