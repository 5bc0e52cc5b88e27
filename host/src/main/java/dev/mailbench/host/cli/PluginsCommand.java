package dev.mailbench.host.cli;

import dev.mailbench.host.plugins.PluginStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mailbench plugins ...}. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "プラグイン / plugins",
        subcommands = PluginsCommand.ListPlugins.class)
final class PluginsCommand {
    @ParentCommand
    MailbenchCommand root;

    /** {@code mailbench plugins list}: id, version, state and (for failed ones) the first line of the error. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "プラグインの一覧 / lists the plugins")
    static final class ListPlugins implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        PluginsCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var host = parent.root.workbench().plugins();
            out.println("plugins: " + host.pluginsDir() + " (" + host.mode().toString().toLowerCase() + ")");
            if (host.plugins().isEmpty()) {
                out.println("（プラグインはありません / no plugins）");
            }
            for (PluginStatus p : host.plugins()) {
                String error = p.error().isEmpty() ? "" : "\t" + p.error().lines().findFirst().orElse("");
                out.println(p.id() + "\t" + p.version() + "\t" + p.state() + error);
            }
            return ExitCodes.OK;
        }
    }
}
