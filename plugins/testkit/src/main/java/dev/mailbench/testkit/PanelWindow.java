package dev.mailbench.testkit;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * A plugin panel in a real window for AssertJ Swing tests, built the way the host builds it (through the
 * plugin's {@link dev.mailbench.api.PanelContribution} or a factory, with a panel scope), plus the set-up
 * every panel test needs: FlatLaf, the EDT-violation check, screenshots under {@code target/screenshots},
 * a language switch as the host's menu does it, and closing the panel as the host does when its tab closes.
 */
public final class PanelWindow implements AutoCloseable {
    private final FakeWorkbenchApi api;
    private final JComponent panel;
    private final FrameFixture window;

    private PanelWindow(FakeWorkbenchApi api, JComponent panel, FrameFixture window) {
        this.api = api;
        this.panel = panel;
        this.window = window;
    }

    /** FlatLaf and the EDT-violation check; call once per test class (in {@code @BeforeAll}). */
    public static void setUpSwing() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    /** Opens the plugin's first registered panel in a {@code width}x{@code height} window. */
    public static PanelWindow open(FakeWorkbenchApi api, int width, int height) {
        return open(api, width, height, null);
    }

    /**
     * Opens a panel built by {@code factory} (for panels a test builds directly), or the plugin's first registered
     * panel when {@code factory} is null.
     */
    public static PanelWindow open(FakeWorkbenchApi api, int width, int height, dev.mailbench.api.PanelFactory factory) {
        JComponent[] built = new JComponent[1];
        JFrame frame = GuiActionRunner.execute(() -> {
            built[0] = factory == null ? api.openPanel()
                    : api.openPanel(new dev.mailbench.api.PanelContribution("test", dev.mailbench.api.model.LocalizedText.of("テスト", "Test"),
                    null, null, 0, factory));
            JFrame f = new JFrame("MailBench");
            f.setContentPane(built[0]);
            f.setSize(width, height);
            return f;
        });
        FrameFixture fixture = new FrameFixture(frame);
        fixture.show(new java.awt.Dimension(width, height));
        return new PanelWindow(api, built[0], fixture);
    }

    public FrameFixture window() {
        return window;
    }

    public JComponent panel() {
        return panel;
    }

    /** Switches the language as the host's menu does (relabel, then the panel's locale listeners). */
    public void switchLanguage(Locale locale) {
        GuiActionRunner.execute(() -> api.setLocale(locale));
        window.robot().waitForIdle();
    }

    /** Saves what the window shows as {@code target/screenshots/<name>} (PNG). */
    public void screenshot(String name) {
        screenshot(window, name);
    }

    /** Saves what {@code window} shows as {@code target/screenshots/<name>} (PNG). */
    public static void screenshot(FrameFixture window, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            BufferedImage image = GuiActionRunner.execute(() -> {
                var root = ((JFrame) window.target()).getRootPane();
                BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
                root.paint(img.getGraphics());
                return img;
            });
            ImageIO.write(image, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disposes the panel as the host does when its tab closes, then the window. */
    @Override
    public void close() {
        GuiActionRunner.execute(() -> api.closePanel(panel));
        window.cleanUp();
    }
}
