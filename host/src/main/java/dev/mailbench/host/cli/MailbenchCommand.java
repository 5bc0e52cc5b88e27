package dev.mailbench.host.cli;

import dev.mailbench.api.InvalidProjectException;
import dev.mailbench.host.Workbench;
import dev.mailbench.host.plugins.CommandEntry;
import dev.mailbench.host.ui.GuiOptions;
import dev.mailbench.host.ui.WorkbenchLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench}: with no sub-command opens the workbench window; sub-commands run headless.
 *
 * <p>Exit codes: 0 OK; 1 the project has validation errors; 2 a file cannot be read (parse error, missing,
 * newer format); 64 bad command-line usage; 70 an internal error.
 */
@Command(name = "mailbench", mixinStandardHelpOptions = true, versionProvider = MailbenchCommand.Version.class,
        description = {"MailBench: 独自ドメインメールの設定・引き継ぎ作業台 / workbench for custom-domain mail.",
                "サブコマンドなしでウィンドウを開きます / Without a sub-command, opens the window."},
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
        subcommands = {ProjectCommand.class, PluginsCommand.class, dev.mailbench.host.handover.cli.HandoverExportCommand.class, dev.mailbench.host.handover.cli.ImportChecklistCommand.class})
public final class MailbenchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(MailbenchCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "開くプロジェクトファイル / project file to open")
    Path project;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "ウィンドウを PNG に保存して終了 / save the window as PNG and exit")
    Path screenshot;

    @Option(names = "--tab", paramLabel = "ID", description = "最初に表示するタブ / tab to show first")
    String tab;

    @Option(names = "--theme", paramLabel = "light|dark", description = "light または dark")
    String theme;

    @Option(names = "--lang", paramLabel = "ja|en", description = "表示言語 / UI language")
    String language;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "設定フォルダー / config folder")
    Path configDir;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "プラグインフォルダー / plugins folder")
    Path pluginsDir;

    private final Function<MailbenchCommand, Workbench> factory;
    private Workbench workbench;

    MailbenchCommand(Function<MailbenchCommand, Workbench> factory) {
        this.factory = factory;
    }

    /** The workbench, built on first use from the root options. */
    public synchronized Workbench workbench() {
        if (workbench == null) {
            workbench = factory.apply(this);
        }
        return workbench;
    }

    @Override
    public Integer call() {
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--theme は light か dark / --theme must be light or dark");
        }
        if (language != null && !language.equals("ja") && !language.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang は ja か en / --lang must be ja or en");
        }
        return WorkbenchLauncher.launch(workbench(), new GuiOptions(project, screenshot, tab, theme, language));
    }

    /**
     * Runs {@code mailbench} with {@code args}; returns the exit code. The workbench (and so the plugins, whose
     * commands become sub-commands) is built first from the root options {@code --config-dir} and
     * {@code --plugins-dir}, and closed at the end.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        RootOptions root = RootOptions.scan(args);
        Workbench wb = null;
        try {
            Workbench[] holder = new Workbench[1];
            MailbenchCommand command = new MailbenchCommand(c -> {
                if (holder[0] == null) {
                    holder[0] = Workbench.createFor(root.configDir(), root.pluginsDir(), root.command());
                }
                return holder[0];
            });
            CommandLine cli = new CommandLine(command);
            dev.mailbench.host.StartupTrace.mark("picocli");
            if (root.needsPlugins()) {
                wb = command.workbench();
                // A host command (export, import-checklist, ...) runs without the plugins' commands: picocli reads
                // every one of them by reflection, which cost a 300-mailbox export an eighth of its main thread.
                boolean hostCommand = root.command() != null && !root.command().equals("help")
                        && cli.getSubcommands().containsKey(root.command());
                for (CommandEntry entry : hostCommand ? List.<CommandEntry>of() : named(wb.plugins().commands(), root.command())) {
                    try {
                        cli.addSubcommand(entry.command());
                    } catch (RuntimeException e) {
                        LOG.error("Plugin {} registered a command picocli cannot use", entry.pluginId(), e);
                        err.println("プラグイン " + entry.pluginId() + " のコマンドを追加できません / cannot add a command of plugin "
                                + entry.pluginId() + ": " + e.getMessage());
                    }
                }
            }
            // Tab ids such as "dns" or "design" are also command names; they must still work as --tab values.
            cli.setAllowSubcommandsAsOptionParameters(true);
            cli.setOut(out).setErr(err)
                    .setParameterExceptionHandler(new UsageErrors())
                    .setExecutionExceptionHandler(new ErrorHandler())
                    .setExitCodeExceptionMapper(ExitCodes::forException);
            int code = cli.execute(args);
            wb = holder[0];
            return code;
        } finally {
            if (wb != null) {
                wb.close();
            }
            out.flush();
            err.flush();
        }
    }

    /**
     * The plugin command the command line names, alone: picocli reads every command it is given by reflection, and
     * the plugins a command uses are started with it (`dns` starts the server panel, whose `panel` commands cost a
     * DNS check's start-up about 15-30 ms of the main thread). Every command when none is named by its first word
     * (help, a typo picocli suggests a fix for).
     */
    static List<CommandEntry> named(List<CommandEntry> commands, String first) {
        List<CommandEntry> named = commands.stream().filter(e -> {
            Command c = e.command().getClass().getAnnotation(Command.class);
            return c != null && c.name().equals(first);
        }).toList();
        return named.isEmpty() ? commands : named;
    }

    /**
     * Prints the message of a known failure instead of a stack trace. A plugin's command given an invalid project
     * ends here ({@code CliApi.loadProject} throws), and is refused as the host's own commands refuse one.
     */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            if (ex instanceof InvalidProjectException invalid) {
                if (ProjectReport.wantsJson(cmd)) {
                    cmd.getOut().println(ProjectReport.refusalJson(invalid, ProjectReport.languageOf(cmd)));
                    cmd.getOut().flush();
                }
                return ProjectReport.refuse(invalid, ProjectReport.languageOf(cmd), cmd.getErr());
            }
            cmd.getErr().println(ex.getMessage());
            if (ExitCodes.forException(ex) == ExitCodes.INTERNAL) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.forException(ex);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MailbenchCommand.class.getPackage().getImplementationVersion();
            return new String[] {"MailBench " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }

    /**
     * The root options that decide how the workbench is built, read before picocli parses (the plugins'
     * sub-commands must be known by then). Help and version need no plugins.
     */
    record RootOptions(Path configDir, Path pluginsDir, boolean needsPlugins, String command) {
        RootOptions(Path configDir, Path pluginsDir, boolean needsPlugins) {
            this(configDir, pluginsDir, needsPlugins, null);
        }

        static RootOptions scan(String[] args) {
            Path config = null;
            Path plugins = null;
            String command = null;
            boolean helpOnly = false;
            boolean firstPositionalSeen = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--")) {
                    break;
                }
                if (!firstPositionalSeen && !a.startsWith("-")) {
                    firstPositionalSeen = true;
                    command = a;
                    // Project file commands need neither plugins nor settings: fast, and no side effects.
                    helpOnly |= a.equals("project");
                }
                if (a.equals("--config-dir") && i + 1 < args.length) {
                    config = Path.of(args[++i]);
                } else if (a.startsWith("--config-dir=")) {
                    config = Path.of(a.substring("--config-dir=".length()));
                } else if (a.equals("--plugins-dir") && i + 1 < args.length) {
                    plugins = Path.of(args[++i]);
                } else if (a.startsWith("--plugins-dir=")) {
                    plugins = Path.of(a.substring("--plugins-dir=".length()));
                } else if (i == 0 && (a.equals("-V") || a.equals("--version"))) {
                    helpOnly = true;
                }
            }
            return new RootOptions(config, plugins, !helpOnly, command);
        }
    }
}
