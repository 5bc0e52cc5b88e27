package dev.mailbench.migration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the plan command is built. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "未実装 / not built yet")
final class PlanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("migrate plan: 未実装 / not built yet");
        return 1;
    }
}
