package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.settings.SettingsStore;
import dev.mailbench.host.settings.WindowPlacement;
import dev.mailbench.host.ui.WindowPlacer.Screen;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window opens: inside the usable screen, at the size and place it last had on that screen. */
class WindowPlacerTest {
    @TempDir
    Path temp;

    @Test
    void aFirstStartFitsTheUsableAreaOfSmallLaptopScreens() {
        // 1366x768 with a 40 px task bar at the bottom: the window must not reach under it.
        Rectangle laptop = new Rectangle(0, 0, 1366, 728);
        assertThat(WindowPlacer.boundsFor(laptop, null)).isEqualTo(new Rectangle(43, 0, 1280, 728));
        assertThat(WindowPlacer.boundsFor(new Rectangle(0, 0, 1280, 720), null)).isEqualTo(new Rectangle(0, 0, 1280, 720));
        assertThat(WindowPlacer.boundsFor(new Rectangle(0, 0, 1024, 768), null)).isEqualTo(new Rectangle(0, 0, 1024, 768));
        assertThat(WindowPlacer.boundsFor(new Rectangle(0, 0, 1920, 1040), null)).isEqualTo(new Rectangle(320, 120, 1280, 800));
        // A menu bar at the top (macOS) moves the usable area down.
        assertThat(WindowPlacer.boundsFor(new Rectangle(0, 25, 1440, 875), null).y).isEqualTo(62);
    }

    @Test
    void aRememberedPlacementIsMovedAndShrunkIntoTheScreen() {
        Rectangle usable = new Rectangle(0, 0, 1366, 728);
        assertThat(WindowPlacer.boundsFor(usable, new WindowPlacement(100, 50, 1000, 600, false)))
                .isEqualTo(new Rectangle(100, 50, 1000, 600));
        // Remembered on a larger monitor at the same key would not happen; a stale one still ends up on screen.
        assertThat(WindowPlacer.boundsFor(usable, new WindowPlacement(900, 500, 1600, 900, false)))
                .isEqualTo(new Rectangle(0, 0, 1366, 728));
        assertThat(WindowPlacer.boundsFor(usable, new WindowPlacement(-300, -40, 1000, 600, false)))
                .isEqualTo(new Rectangle(0, 0, 1000, 600));
        // Never smaller than the panels need, unless the screen is smaller still.
        assertThat(WindowPlacer.boundsFor(usable, new WindowPlacement(0, 0, 200, 100, false)).getSize())
                .isEqualTo(WindowPlacer.MINIMUM);
        assertThat(WindowPlacer.minimumFor(new Rectangle(0, 0, 800, 500))).isEqualTo(new java.awt.Dimension(800, 500));
    }

    @Test
    void theWindowOpensOnTheScreenItLastClosedOnWhenThatScreenIsConnected() {
        Screen laptop = Screen.ofSize(1366, 768);
        Screen monitor = new Screen(Screen.keyOf(new Rectangle(1366, 0, 1920, 1080)), new Rectangle(1366, 0, 1920, 1040));
        Map<String, WindowPlacement> saved = new LinkedHashMap<>();
        saved.put(laptop.key(), new WindowPlacement(0, 0, 1366, 768, true));
        saved.put(monitor.key(), new WindowPlacement(1500, 100, 1400, 900, false));
        assertThat(WindowPlacer.lastUsed(List.of(laptop, monitor), saved)).isEqualTo(monitor);
        assertThat(WindowPlacer.lastUsed(List.of(laptop), saved)).isEqualTo(laptop);
        assertThat(WindowPlacer.lastUsed(List.of(laptop, monitor), Map.of())).isEqualTo(laptop);
    }

    @Test
    void placementsAreKeptPerScreenInTheSettingsMostRecentLast() {
        SettingsStore store = new SettingsStore(temp);
        store.update(s -> s.withWindow("1366x768+0+0", new WindowPlacement(10, 20, 1000, 700, false)));
        store.update(s -> s.withWindow("1920x1080+0+0", new WindowPlacement(30, 40, 1500, 900, true)));
        store.update(s -> s.withWindow("1366x768+0+0", new WindowPlacement(11, 21, 1001, 701, false)));

        Map<String, WindowPlacement> again = new SettingsStore(temp).get().windows();
        assertThat(again.keySet()).containsExactly("1920x1080+0+0", "1366x768+0+0");
        assertThat(again.get("1366x768+0+0")).isEqualTo(new WindowPlacement(11, 21, 1001, 701, false));
        assertThat(again.get("1920x1080+0+0").maximized()).isTrue();
    }
}
