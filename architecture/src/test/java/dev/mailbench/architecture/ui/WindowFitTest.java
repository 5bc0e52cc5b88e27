package dev.mailbench.architecture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.ui.Themes;
import dev.mailbench.host.ui.WindowPlacer;
import dev.mailbench.host.ui.WorkbenchFrame;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window as a customer watches it on a small laptop, a common laptop and a desktop screen: the workbench with
 * the plugins the build assembled ({@code dist/plugins}) on the bundled sample, every tab (and every tab inside a
 * tab) in Japanese and, after the language switch, in English. Nothing may be shown cut: no label, button or column
 * header narrower than its text, no table cell cut without a tooltip, nothing beyond its parent or the screen; and
 * after the switch to English no button, column header or tab title left in Japanese.
 * Screenshots of each tab land in {@code target/screenshots/fit}.
 */
class WindowFitTest {
    private static final Path PLUGINS = Path.of(System.getProperty("mailbench.dist", "../dist")).resolve("plugins");
    static final Path SHOTS = Path.of("target", "screenshots", "fit");

    @TempDir
    Path config;

    private Workbench workbench;
    private FrameFixture window;
    private Robot robot;

    @BeforeAll
    static void setUp() {
        FailOnThreadViolationRepaintManager.install();
        // As the launcher starts the window: anti-aliased text is measured as it is drawn.
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        if (workbench != null) {
            workbench.close();
        }
        Texts.setLocale(Locale.JAPANESE);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1366, 768", "1920, 1080"})
    void nothingIsCutOnAnyTabInEitherLanguage(int width, int height) throws Exception {
        assertThat(PLUGINS).as("built by the plugin modules' package phase").isDirectory();
        workbench = Workbench.create(config, PLUGINS);
        Rectangle screen = new Rectangle(0, 0, width, height);
        WorkbenchFrame frame = GuiActionRunner.execute(() -> {
            workbench.locale().set(Locale.JAPANESE);
            Texts.setLocale(Locale.JAPANESE);
            Themes.setup(Themes.LIGHT);
            WorkbenchFrame f = new WorkbenchFrame(workbench);
            f.files().setAskAboutRecovery(false);
            f.files().openSample();
            f.pack();
            f.placer().placeOn(WindowPlacer.Screen.ofSize(width, height), null);
            return f;
        });
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(() -> frame.setVisible(true));
        robot.waitForIdle();

        List<String> findings = new ArrayList<>();
        findings.addAll(walkTabs(frame, screen, width + "x" + height + " ja"));
        GuiActionRunner.execute(() -> workbench.locale().set(Locale.ENGLISH));
        robot.waitForIdle();
        findings.addAll(walkTabs(frame, screen, width + "x" + height + " en"));

        assertThat(findings).as("text shown cut or components outside the window at %dx%d", width, height).isEmpty();
    }

    /** Opens every tab of the window and every tab inside it, and lists what each shows cut. */
    private List<String> walkTabs(WorkbenchFrame frame, Rectangle screen, String where) throws IOException {
        List<String> findings = new ArrayList<>(GuiActionRunner.execute(() -> CutText.outside(frame, screen, where)));
        List<String> ids = GuiActionRunner.execute(() -> {
            List<String> all = new ArrayList<>();
            for (String id : frame.tabIds()) {
                frame.resolveTabId(id).ifPresent(all::add);
            }
            return all;
        });
        for (String id : ids) {
            GuiActionRunner.execute(() -> frame.openTab(id));
            settle(frame);
            String tab = GuiActionRunner.execute(frame::selectedTabId).replaceFirst("^plugin:[^:]*:", "");
            findings.addAll(walkInnerTabs(frame, frame.getRootPane(), where + " " + tab, tab, where));
        }
        return findings;
    }

    private List<String> walkInnerTabs(WorkbenchFrame frame, Container root, String where, String shot, String size)
            throws IOException {
        List<String> findings = new ArrayList<>(GuiActionRunner.execute(() -> CutText.in(root, where)));
        if (where.contains(" en ")) {
            findings.addAll(GuiActionRunner.execute(() -> CutText.japaneseIn(root, where)));
        }
        screenshot(frame, SHOTS.resolve(size.replace(' ', '-') + "-" + shot + ".png"));
        List<JTabbedPane> inner = GuiActionRunner.execute(() -> innerTabbedPanes(frame.selectedContent()));
        for (JTabbedPane pane : inner) {
            int count = GuiActionRunner.execute(pane::getTabCount);
            for (int i = 1; i < count; i++) {
                int index = i;
                String title = GuiActionRunner.execute(() -> {
                    pane.setSelectedIndex(index);
                    return pane.getName() != null ? pane.getName() + "." + index : "tab" + index;
                });
                settle(frame);
                findings.addAll(GuiActionRunner.execute(() -> CutText.in(root, where + " > " + title)));
                if (where.contains(" en ")) {
                    findings.addAll(GuiActionRunner.execute(() -> CutText.japaneseIn(root, where + " > " + title)));
                }
                screenshot(frame, SHOTS.resolve(size.replace(' ', '-') + "-" + shot + "-" + index + ".png"));
            }
            GuiActionRunner.execute(() -> pane.setSelectedIndex(0));
        }
        return findings;
    }

    private static List<JTabbedPane> innerTabbedPanes(Component c) {
        List<JTabbedPane> found = new ArrayList<>();
        if (c instanceof JTabbedPane pane && pane.isShowing()) {
            found.add(pane);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                found.addAll(innerTabbedPanes(child));
            }
        }
        return found;
    }

    /** Lets background work a panel starts when opened (an offline check, a plan) finish and be laid out. */
    private void settle(WorkbenchFrame frame) {
        robot.waitForIdle();
        for (int i = 0; i < 100 && !workbench.tasks().running().isEmpty(); i++) {
            Pause.pause(100);
        }
        robot.waitForIdle();
        GuiActionRunner.execute(() -> frame.getRootPane().validate());
        robot.waitForIdle();
    }

    static void screenshot(Component component, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage img = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            component.paint(img.getGraphics());
            return img;
        });
        ImageIO.write(image, "png", png.toFile());
    }
}
