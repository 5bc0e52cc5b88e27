package dev.mailbench.host.ui;

import dev.mailbench.host.Workbench;

/**
 * STUB owned by the UI engineer (branch {@code ui}), who replaces this file: it exists so that the command
 * line compiles before the UI is merged.
 *
 * <p>Contract: {@link #launch} sets up the look and feel, shows the workbench window for {@code wb} and
 * BLOCKS until the window has closed (or the screenshot was written), then returns the process exit code.
 * {@code Main} closes the workbench and exits with that code afterwards.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static int launch(Workbench wb, GuiOptions options) {
        System.err.println("MailBench: the window is not built yet (UI stub). Try: mailbench --help");
        return 1;
    }
}
