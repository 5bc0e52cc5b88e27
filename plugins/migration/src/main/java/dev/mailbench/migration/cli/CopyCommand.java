package dev.mailbench.migration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the copy command is built. */
@Command(name = "copy", mixinStandardHelpOptions = true, description = "未実装 / not built yet")
final class CopyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("migrate copy: 未実装 / not built yet");
        return 1;
    }
}
