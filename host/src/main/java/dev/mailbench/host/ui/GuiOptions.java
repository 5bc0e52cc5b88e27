package dev.mailbench.host.ui;

import java.nio.file.Path;

/**
 * What the command line asks of the GUI. All fields may be null (= not given).
 *
 * @param project    a project file to open at start
 * @param screenshot render the window to this PNG and exit (for documentation and tests)
 * @param tab        id of the panel/tab to show first
 * @param theme      {@code light} or {@code dark} (overrides the setting for this run)
 * @param language   {@code ja} or {@code en} (overrides the setting for this run)
 */
public record GuiOptions(Path project, Path screenshot, String tab, String theme, String language) {
    public static GuiOptions none() {
        return new GuiOptions(null, null, null, null, null);
    }
}
