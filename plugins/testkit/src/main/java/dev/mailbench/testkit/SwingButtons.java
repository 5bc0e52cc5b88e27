package dev.mailbench.testkit;

import javax.swing.JButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractContainerFixture;

/** Button presses for panel tests. */
public final class SwingButtons {
    private SwingButtons() {
    }

    /**
     * Presses the enabled button {@code name} through Swing and waits until the EDT is idle: a robot click on
     * a window without a window manager is now and then lost on a loaded machine, and panel tests are about
     * what the button does, not about mouse delivery.
     */
    public static void press(AbstractContainerFixture<?, ?, ?> window, String name) {
        JButton button = window.button(name).requireEnabled().target();
        GuiActionRunner.execute(() -> button.doClick());
        window.robot().waitForIdle();
    }
}
