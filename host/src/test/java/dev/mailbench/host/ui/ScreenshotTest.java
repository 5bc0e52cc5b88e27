package dev.mailbench.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --screenshot}: the launcher paints the real window into a PNG and returns without interaction. */
class ScreenshotTest {
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
    void screenshotIsAWindowSizedPngWithContent() throws Exception {
        workbench = WorkbenchUiTestBase.create(temp.resolve("config"), WorkbenchUiTestBase.emptyPluginsDir(temp));
        Path png = temp.resolve("shots/main.png");
        int code = WorkbenchLauncher.launch(workbench,
                new GuiOptions(WorkbenchUiTestBase.samplePath(), png, "mailboxes", "light", "ja"));

        assertThat(code).isZero();
        assertThat(png).isRegularFile();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(distinctColours(image)).as("a painted window, not a blank image").isGreaterThan(10);
        assertThat(shareNotBackground(image)).as("share of pixels drawn on the background").isGreaterThan(0.03);
    }

    /**
     * The start straight from {@code main} (no picocli): the project read while the window is built is the one shown,
     * and it goes on the recent-files list only after the first paint.
     */
    @Test
    void windowStartedFromTheCommandLineShowsTheProjectAndRemembersItAfterThePaint() throws Exception {
        Path png = temp.resolve("shots/start.png");
        Path config = temp.resolve("config");
        GuiCommandLine commandLine = GuiCommandLine.parse(new String[] {WorkbenchUiTestBase.samplePath().toString(),
                "--screenshot", png.toString(), "--lang", "ja", "--config-dir", config.toString(),
                "--plugins-dir", WorkbenchUiTestBase.emptyPluginsDir(temp).toString()}).orElseThrow();

        assertThat(WorkbenchLauncher.launch(commandLine)).isZero();
        assertThat(png).isRegularFile();
        BufferedImage start = ImageIO.read(png.toFile());
        assertThat(distinctColours(start)).as("a painted route page, not a blank image").isGreaterThan(10);
        assertThat(shareNotBackground(start)).as("share of pixels drawn on the background").isGreaterThan(0.03);
        dev.mailbench.host.settings.SettingsStore settings = null;
        for (int i = 0; i < 100; i++) { // written by a thread of its own after the paint
            settings = new dev.mailbench.host.settings.SettingsStore(config);
            if (!settings.get().recentProjects().isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(settings.get().recentProjects())
                .containsExactly(WorkbenchUiTestBase.samplePath().toAbsolutePath().normalize().toString());
    }

    /**
     * Pixels that differ from the image's most common colour: text, lines and fills drawn on the background. Counts
     * what was painted whether the text is antialiased or not (a JVM whose toolkit started before the launcher set
     * the antialiasing property paints text in a few colours only).
     */
    private static double shareNotBackground(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int background = java.util.Collections.max(counts.values());
        int all = image.getWidth() * image.getHeight();
        return (all - background) / (double) all;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
