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
        assertThat(distinctColours(image)).as("a painted window, not a blank image").isGreaterThan(50);
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
        assertThat(distinctColours(ImageIO.read(png.toFile()))).as("a painted route page, not a blank image").isGreaterThan(20);
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
