package dev.mailbench.host;

import dev.mailbench.host.cli.MailbenchCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only entry point: the {@code mailbench} command line (no sub-command opens the window). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(MailbenchCommand.run(args, out, err));
    }
}
