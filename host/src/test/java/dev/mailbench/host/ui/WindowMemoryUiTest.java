package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.settings.WindowPlacement;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real window remembers its size and place on this screen, and opens there again. */
class WindowMemoryUiTest {
    @TempDir
    Path temp;

    private Workbench workbench;

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void theWindowComesBackWhereItWasClosed() throws Exception {
        workbench = WorkbenchUiTestBase.create(temp.resolve("config"), WorkbenchUiTestBase.emptyPluginsDir(temp));
        WindowPlacer.Screen screen = GuiActionRunner.execute(() -> WindowPlacer.Screen.of(GraphicsEnvironment
                .getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration()));

        WorkbenchFrame[] shown = new WorkbenchFrame[1];
        Rectangle first = GuiActionRunner.execute(() -> {
            WorkbenchFrame frame = new WorkbenchFrame(workbench);
            frame.placer().placeOnOpen(true);
            Rectangle opened = frame.getBounds();
            frame.setVisible(true);
            shown[0] = frame;
            return opened;
        });
        assertThat(screen.usable().contains(first)).as("opened inside %s: %s", screen.usable(), first).isTrue();
        // Without a window manager, X confirms the first placement later; a move made before that is undone by it.
        Rectangle moved = new Rectangle(60, 40, 1000, 640);
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("window moved and confirmed") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    if (!shown[0].getBounds().equals(moved)) {
                        shown[0].setBounds(moved);
                        return false;
                    }
                    return true;
                });
            }
        }, org.assertj.swing.timing.Timeout.timeout(10_000));
        org.assertj.swing.timing.Pause.pause(300);
        assertThat(GuiActionRunner.execute(() -> shown[0].getBounds())).isEqualTo(moved);
        GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                .filter(f -> f instanceof WorkbenchFrame && f.isDisplayable()).forEach(java.awt.Frame::dispose));

        Map<String, WindowPlacement> saved = new SettingsStore(temp.resolve("config")).get().windows();
        assertThat(saved).containsEntry(screen.key(), new WindowPlacement(60, 40, 1000, 640, false));

        Rectangle second = GuiActionRunner.execute(() -> {
            WorkbenchFrame frame = new WorkbenchFrame(workbench);
            frame.placer().placeOnOpen(true);
            Rectangle bounds = frame.getBounds();
            frame.dispose();
            return bounds;
        });
        assertThat(second).isEqualTo(new Rectangle(60, 40, 1000, 640));
    }
}
