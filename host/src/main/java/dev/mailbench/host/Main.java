package dev.mailbench.host;

import dev.mailbench.host.cli.MailbenchCommand;
import dev.mailbench.host.ui.GuiCommandLine;
import dev.mailbench.host.ui.WorkbenchLauncher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only entry point: the {@code mailbench} command line (no sub-command opens the window). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.deferUntilFlush(); // printed at the window's first paint, or below for a command
        StartupTrace.mark("main");
        java.util.Optional<GuiCommandLine> window = GuiCommandLine.parse(args);
        if (window.isPresent()) {
            // Opening the window needs neither picocli nor the plugins' commands (see GuiCommandLine).
            System.exit(WorkbenchLauncher.launch(window.get()));
        }
        StartupTrace.flush();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(MailbenchCommand.run(args, out, err));
    }
}
