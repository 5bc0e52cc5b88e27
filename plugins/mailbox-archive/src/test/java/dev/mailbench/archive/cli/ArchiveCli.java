package dev.mailbench.archive.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code mailbench archive ...} as a script would: the password piped on standard input, the output kept. */
final class ArchiveCli {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    int run(String password, List<String> args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new ArchiveCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    /** Gives the test JVM its standard input back (call after each test). */
    void restoreStdin() {
        System.setIn(stdin);
    }
}
