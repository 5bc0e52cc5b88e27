package dev.mailbench.migration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the verify command is built. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "未実装 / not built yet")
final class VerifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("migrate verify: 未実装 / not built yet");
        return 1;
    }
}
