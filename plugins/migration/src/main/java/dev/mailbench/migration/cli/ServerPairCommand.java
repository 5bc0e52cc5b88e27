package dev.mailbench.migration.cli;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ServerCommandRun;
import dev.mailbench.migration.copy.cli.CopyEndpoints;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on both servers ({@code migrate copy}, {@code migrate verify}): the shared options, the
 * passwords read once and wiped after the run, exit 2 for bad input and 3 when a server cannot be reached.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "終了コード / Exit codes:%n")
abstract class ServerPairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CopyEndpoints endpoints = new CopyEndpoints();

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ServerCommandRun.run(err, endpoints::accounts, accounts -> {
            int exit = run(accounts[0], accounts[1], out, err);
            out.flush();
            return exit;
        });
    }

    /** The command's work on the opened accounts; returns the exit code. */
    abstract int run(ImapAccount source, ImapAccount destination, PrintWriter out, PrintWriter err) throws Exception;
}
