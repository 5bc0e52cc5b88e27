package dev.mailbench.host.ui;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.ui.editor.OverviewEditor;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench window of a UI test, set up in one place: a workbench on a temporary config folder (never the
 * user's) and a chosen plugins folder, its window in Japanese and the light theme at 1280x800 on a project,
 * ready for robot input; closed after each test. Also what UI tests share without a window: the sample
 * project, workbenches, screenshots.
 */
public abstract class WorkbenchUiTestBase {
    /** Where UI tests leave screenshots of what they saw ({@code host/target/screenshots}). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    protected Path temp;

    protected Workbench workbench;
    protected WorkbenchFrame frame;
    protected FrameFixture window;

    @BeforeAll
    static void installRepaintManager() {
        FailOnThreadViolationRepaintManager.install();
    }

    /** The window on the bundled sample, without plugins. */
    protected void open() throws IOException {
        open(emptyPluginsDir(temp), null, false);
    }

    /**
     * The window on {@code file} (the bundled sample when null) with the plugins of {@code pluginsDir}, showing
     * the overview.
     *
     * @param askAboutRecovery whether opening a file with unsaved edits of a crashed run asks to restore them
     */
    protected void open(Path pluginsDir, Path file, boolean askAboutRecovery) throws IOException {
        workbench = create(temp.resolve("config"), pluginsDir);
        WorkbenchFrame shown = GuiActionRunner.execute(() -> {
            Texts.setLocale(Locale.JAPANESE);
            Themes.setup(Themes.LIGHT);
            WorkbenchFrame f = new WorkbenchFrame(workbench);
            f.files().setAskAboutRecovery(askAboutRecovery);
            if (file == null) {
                f.files().openSample();
            } else if (!f.files().openFile(file)) {
                throw new IllegalStateException("could not open " + file);
            }
            f.openTab(OverviewEditor.ID);
            return f;
        });
        window = new FrameFixture(shown);
        window.show(new Dimension(1280, 800));
        Dialogs.patient(window);
        frame = shown;
    }

    /** Closes the window and its workbench: after each test, and in a test that opens the window again. */
    @AfterEach
    protected void closeWindow() {
        if (window != null) {
            window.cleanUp();
            window = null;
        }
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
    }

    /** Saves what the window shows now as {@code target/screenshots/<name>}. */
    protected void screenshot(String name) throws IOException {
        screenshot(frame.getRootPane(), SCREENSHOTS.resolve(name));
    }

    /** Saves what {@code component} (a window, dialog or panel) shows now as a PNG file. */
    public static void screenshot(Component component, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage img = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            component.paint(img.getGraphics());
            return img;
        });
        ImageIO.write(image, "png", png.toFile());
    }

    /** The sample project in the source tree (tests run with {@code host/} as working directory). */
    static Path samplePath() {
        Path sample = Path.of("..", "samples", "sample-shoji.mailbench.json").toAbsolutePath().normalize();
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("sample project not found at " + sample);
        }
        return sample;
    }

    static Path emptyPluginsDir(Path temp) throws IOException {
        return Files.createDirectories(temp.resolve("no-plugins"));
    }

    /** A workbench with its plugins started, on a config folder of the test's own. */
    static Workbench create(Path configDir, Path pluginsDir) throws IOException {
        Files.createDirectories(configDir);
        return Workbench.create(configDir, pluginsDir);
    }
}
