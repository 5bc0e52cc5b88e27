package dev.mailbench.host.ui;

import dev.mailbench.host.Workbench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Workbenches for UI tests: a temporary config folder (never the user's) and a chosen plugins folder. */
final class TestWorkbenches {
    private TestWorkbenches() {
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

    static Workbench create(Path configDir, Path pluginsDir) throws IOException {
        Files.createDirectories(configDir);
        return Workbench.create(configDir, pluginsDir);
    }

    static void close(Workbench workbench) {
        if (workbench != null) {
            workbench.close();
        }
    }

    /**
     * A workbench window in Japanese and the light theme, on {@code file} (or the bundled sample when null),
     * showing the overview, shown at 1280x800 and made ready for robot input.
     */
    static org.assertj.swing.fixture.FrameFixture showFrame(Workbench workbench, Path file, boolean askAboutRecovery) {
        WorkbenchFrame frame = org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            dev.mailbench.host.ui.i18n.Texts.setLocale(java.util.Locale.JAPANESE);
            Themes.setup(Themes.LIGHT);
            WorkbenchFrame f = new WorkbenchFrame(workbench);
            f.files().setAskAboutRecovery(askAboutRecovery);
            if (file == null) {
                f.files().openSample();
            } else if (!f.files().openFile(file)) {
                throw new IllegalStateException("could not open " + file);
            }
            f.openTab(dev.mailbench.host.ui.editor.OverviewEditor.ID);
            return f;
        });
        org.assertj.swing.fixture.FrameFixture window = new org.assertj.swing.fixture.FrameFixture(frame);
        window.show(new java.awt.Dimension(1280, 800));
        Dialogs.patient(window);
        return window;
    }
}
